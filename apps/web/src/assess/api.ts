import { apiRequest } from '../api/request.ts'

export type Rating = 0 | 1 | 2 | 3 | 4 | 'cannot-assess'
export type Status = 'draft' | 'panel-open' | 'panel-closed' | 'comment' | 'published'
export type Action = 'open-panel' | 'close-panel' | 'open-comment' | 'publish' | 'revise'
export type Stage = 'idea' | 'pilot' | 'production' | 'retired'

export interface Initiative {
  readonly name: string
  readonly body: string
  readonly jurisdiction: string
  readonly stage: Stage
  readonly description: string
  readonly links: readonly string[]
}

export interface Evaluator {
  readonly id: string
  readonly label: string
  readonly group: string | null
  readonly conflicts: string
  readonly declared: boolean
  readonly minorityStatement: string | null
  readonly scored: number
}

export interface Evaluation {
  readonly id: string
  readonly status: Status
  readonly initiative: Initiative
  readonly gateAnswers: Readonly<Record<string, boolean>>
  readonly threshold: number
  readonly principleSetVersion: string
  readonly findings: string
  readonly recommendations: string
  readonly illustrative: boolean
  readonly evaluators: readonly Evaluator[]
  readonly publishedVersions: readonly number[]
}

export interface Spread {
  readonly n: number
  readonly rated: number
  readonly cannotAssess: number
  readonly median: number | null
  readonly q1: number | null
  readonly q3: number | null
  readonly iqr: number | null
  readonly min: number | null
  readonly max: number | null
}

export interface Aggregation {
  readonly gate: {
    readonly steps: readonly { questionId: string; answer: boolean }[]
    readonly outcomeId: string | null
  }
  readonly panel: {
    readonly groups: readonly string[]
    readonly evaluators: number
    readonly threshold: number
    readonly multistakeholder: boolean
  }
  readonly principles: readonly {
    readonly principleId: string
    readonly overall: Spread
    readonly byGroup: readonly { group: string; spread: Spread }[]
    readonly disagreement: {
      readonly low: { group: string; median: number }
      readonly high: { group: string; median: number }
      readonly gap: number
    } | null
    readonly transparencyFinding: boolean
  }[]
  readonly byGroup: readonly { group: string; spread: Spread }[]
  readonly overall: Spread
  readonly derivedFindings: readonly string[]
}

export interface StoredScore {
  readonly principleId: string
  readonly rating: Rating
  readonly rationale: string
  readonly evidence: readonly string[]
}

export interface EvaluatorSelf {
  readonly evaluation: Omit<Evaluation, 'evaluators'>
  readonly me: Evaluator
  readonly scores: readonly StoredScore[]
}

/** A published report's frozen input (the JSON format of the report route). */
export interface ReportInput {
  readonly version: number
  readonly publishedAt: string
  readonly initiative: Initiative
  readonly gateAnswers: Readonly<Record<string, boolean>>
  readonly threshold: number
  readonly evaluators: readonly Omit<Evaluator, 'declared' | 'scored'>[]
  readonly scores: readonly (StoredScore & { evaluatorId: string })[]
  readonly findings: string
  readonly recommendations: string
  readonly comments: readonly { text: string; at: string }[]
  readonly changelog: readonly { version: number; at: string; text: string }[]
  readonly illustrative: boolean
}

const base = '/api/assess'
const evaluationPath = (id: string) => `${base}/evaluations/${encodeURIComponent(id)}`

/** The Assess API, as the web app uses it. */
export const assessApi = {
  published: () =>
    apiRequest<
      { id: string; name: string; body: string; jurisdiction: string; illustrative: boolean; version: number }[]
    >('GET', `${base}/reports`),
  mine: () => apiRequest<{ id: string; name: string; status: Status }[]>('GET', `${base}/evaluations`),
  create: (initiative: Initiative, threshold: number) =>
    apiRequest<{ id: string }>('POST', `${base}/evaluations`, { initiative, threshold }),
  loadExamples: () => apiRequest<{ ids: string[]; created: number }>('POST', `${base}/examples`),
  get: (id: string) => apiRequest<Evaluation>('GET', evaluationPath(id)),
  setGate: (id: string, gateAnswers: Record<string, boolean>) =>
    apiRequest<{ ok: true }>('PATCH', evaluationPath(id), { gateAnswers }),
  act: (id: string, action: Action, changelog = '') =>
    apiRequest<{ status: Status; version: number | null }>('POST', `${evaluationPath(id)}/actions`, {
      action,
      changelog,
    }),
  conclusions: (id: string, findings: string, recommendations: string) =>
    apiRequest<{ ok: true }>('PUT', `${evaluationPath(id)}/conclusions`, { findings, recommendations }),
  invite: (id: string, label: string) =>
    apiRequest<{ evaluatorId: string; token: string; path: string }>('POST', `${evaluationPath(id)}/invites`, {
      label,
    }),
  aggregation: (id: string) => apiRequest<Aggregation>('GET', `${evaluationPath(id)}/aggregation`),
  publicSummary: (id: string) =>
    apiRequest<{
      id: string
      status: Status
      initiative: Initiative
      illustrative: boolean
      publishedVersions: number[]
    }>('GET', `${evaluationPath(id)}/public`),
  comment: (id: string, text: string) => apiRequest<{ ok: true }>('POST', `${evaluationPath(id)}/comments`, { text }),
  report: (id: string, version: number) =>
    apiRequest<ReportInput>('GET', `${evaluationPath(id)}/reports/${version}?format=json`),
  reportAggregation: (id: string, version: number) =>
    apiRequest<Aggregation>('GET', `${evaluationPath(id)}/reports/${version}/aggregation`),
  me: (token: string) => apiRequest<EvaluatorSelf>('GET', `${base}/me`, undefined, token),
  meAggregation: (token: string) => apiRequest<Aggregation>('GET', `${base}/me/aggregation`, undefined, token),
  declare: (token: string, group: string, conflicts: string) =>
    apiRequest<{ ok: true }>('PUT', `${base}/me/declaration`, { group, conflicts }, token),
  score: (token: string, principleId: string, rating: Rating, rationale: string, evidence: readonly string[]) =>
    apiRequest<{ ok: true }>(
      'PUT',
      `${base}/me/scores/${encodeURIComponent(principleId)}`,
      { rating, rationale, evidence },
      token,
    ),
  minority: (token: string, text: string | null) =>
    apiRequest<{ ok: true }>('PUT', `${base}/me/minority-statement`, { text }, token),
}

/** Where a published report's standalone HTML and PDF live. */
export function reportFileUrl(id: string, version: number, format: 'html' | 'pdf'): string {
  return `${evaluationPath(id)}/reports/${version}?format=${format}`
}
