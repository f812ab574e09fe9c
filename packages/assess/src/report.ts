import {
  cannotAssess,
  type GateOutcome,
  type GateStep,
  principleSet,
  ratingScale,
  type StakeholderGroupId,
  stakeholderGroups,
  walkGate,
} from '@blockgov/content'
import { type Aggregation, aggregate, type PanelComposition, panelComposition, type ScoreEntry } from './aggregate.ts'

/** Everything a report is built from; the server reads it from storage, tests write it by hand. */
export interface ReportInput {
  readonly version: number
  readonly publishedAt: string
  readonly initiative: {
    readonly name: string
    readonly body: string
    readonly jurisdiction: string
    readonly stage: string
    readonly description: string
    readonly links: readonly string[]
  }
  readonly gateAnswers: Readonly<Record<string, boolean>>
  readonly threshold: number
  readonly evaluators: readonly {
    readonly id: string
    readonly label: string
    readonly group: StakeholderGroupId | null
    readonly conflicts: string
    readonly minorityStatement: string | null
  }[]
  readonly scores: readonly (ScoreEntry & { readonly rationale: string; readonly evidence: readonly string[] })[]
  readonly findings: string
  readonly recommendations: string
  readonly comments: readonly { readonly text: string; readonly at: string }[]
  readonly changelog: readonly { readonly version: number; readonly at: string; readonly text: string }[]
  readonly illustrative: boolean
}

/** The published report: the input plus everything derived from it (gate path, aggregation, findings). */
export interface AssessReport {
  readonly input: ReportInput
  readonly principleSetVersion: string
  readonly gate: { readonly steps: readonly GateStep[]; readonly outcome: GateOutcome | null }
  readonly aggregation: Aggregation
  readonly panel: PanelComposition
  /** Findings derived from the scores: information not public, disagreements, low medians. */
  readonly derivedFindings: readonly string[]
}

/** The display label of a stakeholder group. */
export function groupLabel(group: StakeholderGroupId): string {
  return stakeholderGroups.find((g) => g.id === group)?.label ?? group
}

/** The title of a principle of the current set. */
export function principleTitle(id: string): string {
  return principleSet.principles.find((p) => p.id === id)?.title ?? id
}

/** A number as reports print it: "—" when missing, at most two decimals. */
export function formatStat(value: number | null): string {
  return value === null ? '—' : String(Math.round(value * 100) / 100)
}

const LOW_MEDIAN = 1

function deriveFindings(aggregation: Aggregation): string[] {
  const findings: string[] = []
  for (const p of aggregation.principles) {
    const title = principleTitle(p.principleId)
    if (p.transparencyFinding) {
      findings.push(
        `Transparency: for “${title}”, ${p.overall.cannotAssess} of ${p.overall.n} answers were “${cannotAssess.label}”.`,
      )
    }
    if (p.disagreement !== null) {
      const { low, high, gap } = p.disagreement
      findings.push(
        `Disagreement on “${title}”: ${groupLabel(high.group)} (median ${formatStat(high.median)}) and ${groupLabel(low.group)} (median ${formatStat(low.median)}) are ${formatStat(gap)} points apart.`,
      )
    }
    if (p.overall.median !== null && p.overall.median <= LOW_MEDIAN) {
      findings.push(`Low rating: the panel’s median for “${title}” is ${formatStat(p.overall.median)} of 4.`)
    }
  }
  return findings
}

/**
 * Builds the report: follows the gate answers, aggregates the scores against the current principle set, labels
 * the panel (multistakeholder or not, against `threshold`) and derives findings. Pure.
 */
export function buildReport(input: ReportInput): AssessReport {
  const walk = walkGate(input.gateAnswers)
  const panel = input.evaluators.map((e) => ({ id: e.id, group: e.group }))
  const principleIds = principleSet.principles.map((p) => p.id)
  const aggregation = aggregate(principleIds, panel, input.scores)
  return {
    input,
    principleSetVersion: principleSet.version,
    gate: { steps: walk.steps, outcome: walk.done ? walk.outcome : null },
    aggregation,
    panel: panelComposition(panel, input.scores, input.threshold),
    derivedFindings: deriveFindings(aggregation),
  }
}

/** How a rating is written in reports. */
export function ratingText(rating: ScoreEntry['rating']): string {
  if (rating === 'cannot-assess') return cannotAssess.label
  return `${rating} (${ratingScale[rating].label})`
}
