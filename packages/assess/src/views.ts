import type { StakeholderGroupId } from '@blockgov/content'
import {
  assessComments,
  type assessEvaluations,
  assessEvaluators,
  assessReports,
  assessScores,
  type Db,
} from '@blockgov/db'
import { asc, eq, inArray } from 'drizzle-orm'
import type { EvaluationStatus } from './lifecycle.ts'
import type { Rating } from './rating.ts'
import type { ReportInput } from './report.ts'

/** The initiative as the organiser registers it. */
export interface InitiativeInput {
  readonly name: string
  readonly body: string
  readonly jurisdiction: string
  readonly stage: 'idea' | 'pilot' | 'production' | 'retired'
  readonly description: string
  readonly links: readonly string[]
}

/** The initiative as stored and shown. */
export interface InitiativeView extends Omit<InitiativeInput, 'links'> {
  readonly links: string[]
}

/** A stored evaluation row. */
export type EvaluationRow = typeof assessEvaluations.$inferSelect
export type EvaluatorRow = typeof assessEvaluators.$inferSelect
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/** An evaluator as the organiser and the report see them: never the token. */
export interface EvaluatorView {
  readonly id: string
  readonly label: string
  readonly group: StakeholderGroupId | null
  readonly conflicts: string
  readonly declared: boolean
  readonly minorityStatement: string | null
  readonly scored: number
}

/** One evaluation with its panel, as its organiser sees it. */
export interface EvaluationView {
  readonly id: string
  readonly status: EvaluationStatus
  readonly initiative: InitiativeView
  readonly gateAnswers: Record<string, boolean>
  readonly threshold: number
  readonly principleSetVersion: string
  readonly findings: string
  readonly recommendations: string
  readonly illustrative: boolean
  readonly evaluators: EvaluatorView[]
  readonly publishedVersions: number[]
}

/** A stored score, as its evaluator sees it. */
export interface StoredScore {
  readonly principleId: string
  readonly rating: Rating
  readonly rationale: string
  readonly evidence: string[]
}

/** A stored rating ('0'–'4' or 'cannot-assess') as a Rating. */
export function toRating(stored: string): Rating {
  return stored === 'cannot-assess' ? 'cannot-assess' : (Number(stored) as 0 | 1 | 2 | 3 | 4)
}

function initiativeOf(row: EvaluationRow): InitiativeView {
  return {
    name: row.name,
    body: row.body,
    jurisdiction: row.jurisdiction,
    stage: row.stage as InitiativeView['stage'],
    description: row.description,
    links: row.links,
  }
}

/** The evaluation with its panel (labels, declarations, how many scores each gave) and published versions. */
export async function readView(db: Db | Tx, row: EvaluationRow): Promise<EvaluationView> {
  const evaluators = await db
    .select()
    .from(assessEvaluators)
    .where(eq(assessEvaluators.evaluationId, row.id))
    .orderBy(asc(assessEvaluators.createdAt), asc(assessEvaluators.id))
  const ids = evaluators.map((e) => e.id)
  const scores =
    ids.length === 0
      ? []
      : await db
          .select({ evaluatorId: assessScores.evaluatorId })
          .from(assessScores)
          .where(inArray(assessScores.evaluatorId, ids))
  const versions = await db
    .select({ version: assessReports.version })
    .from(assessReports)
    .where(eq(assessReports.evaluationId, row.id))
    .orderBy(asc(assessReports.version))
  return {
    id: row.id,
    status: row.status as EvaluationStatus,
    initiative: initiativeOf(row),
    gateAnswers: row.gateAnswers,
    threshold: row.threshold,
    principleSetVersion: row.principleSetVersion,
    findings: row.findings,
    recommendations: row.recommendations,
    illustrative: row.illustrative,
    evaluators: evaluators.map((e) => ({
      id: e.id,
      label: e.label,
      group: e.stakeholderGroup as StakeholderGroupId | null,
      conflicts: e.conflicts,
      declared: e.declaredAt !== null,
      minorityStatement: e.minorityStatement,
      scored: scores.filter((s) => s.evaluatorId === e.id).length,
    })),
    publishedVersions: versions.map((v) => v.version),
  }
}

/** Everything a report is built from, read from storage as it is now. */
export async function readReportInput(
  db: Db | Tx,
  row: EvaluationRow,
  version: number,
  publishedAt: Date,
  changelog: ReportInput['changelog'],
): Promise<ReportInput> {
  const view = await readView(db, row)
  const ids = view.evaluators.map((e) => e.id)
  const scores =
    ids.length === 0 ? [] : await db.select().from(assessScores).where(inArray(assessScores.evaluatorId, ids))
  const comments = await db
    .select()
    .from(assessComments)
    .where(eq(assessComments.evaluationId, row.id))
    .orderBy(asc(assessComments.createdAt))
  return {
    version,
    publishedAt: publishedAt.toISOString(),
    initiative: view.initiative,
    gateAnswers: view.gateAnswers,
    threshold: view.threshold,
    evaluators: view.evaluators.map((e) => ({
      id: e.id,
      label: e.label,
      group: e.group,
      conflicts: e.conflicts,
      minorityStatement: e.minorityStatement,
    })),
    scores: scores.map((s) => ({
      evaluatorId: s.evaluatorId,
      principleId: s.principleId,
      rating: toRating(s.rating),
      rationale: s.rationale,
      evidence: s.evidence,
    })),
    findings: view.findings,
    recommendations: view.recommendations,
    comments: comments.map((c) => ({ text: c.text, at: c.createdAt.toISOString() })),
    changelog,
    illustrative: view.illustrative,
  }
}
