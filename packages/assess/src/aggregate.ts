import type { StakeholderGroupId } from '@blockgov/content'
import { CANNOT_ASSESS, numericRatings, type Rating } from './rating.ts'

/**
 * How a set of ratings is spread. `median`, quartiles, `min` and `max` are null when nobody could rate
 * (every answer was "cannot assess", or there were none). `n` counts every answer, `rated` the numeric ones.
 */
export interface Spread {
  readonly n: number
  readonly rated: number
  readonly cannotAssess: number
  readonly median: number | null
  readonly q1: number | null
  readonly q3: number | null
  /** Interquartile range, q3 − q1: how far apart the middle half of the ratings are. */
  readonly iqr: number | null
  readonly min: number | null
  readonly max: number | null
}

/**
 * Quantile `p` of sorted values by linear interpolation between closest ranks (Hyndman & Fan type 7, the
 * default of R and of spreadsheet QUARTILE), so small panels get quartiles that move smoothly.
 */
function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  const low = sorted[lower] ?? 0
  const high = sorted[upper] ?? low
  return low + (high - low) * (position - lower)
}

/**
 * Median, quartiles, range and counts of `ratings`. "Cannot assess" is counted but excluded from the
 * statistics: it says the information is not public, not that the initiative scored low.
 *
 * @example
 * summarise([1, 2, 4, 'cannot-assess']).median // 2
 */
export function summarise(ratings: readonly Rating[]): Spread {
  const values = numericRatings(ratings).sort((a, b) => a - b)
  const cannotAssess = ratings.filter((r) => r === CANNOT_ASSESS).length
  if (values.length === 0) {
    return {
      n: ratings.length,
      rated: 0,
      cannotAssess,
      median: null,
      q1: null,
      q3: null,
      iqr: null,
      min: null,
      max: null,
    }
  }
  const q1 = quantile(values, 0.25)
  const q3 = quantile(values, 0.75)
  return {
    n: ratings.length,
    rated: values.length,
    cannotAssess,
    median: quantile(values, 0.5),
    q1,
    q3,
    iqr: q3 - q1,
    min: values[0] ?? null,
    max: values.at(-1) ?? null,
  }
}

/** An evaluator as aggregation sees them: their declared group (null until declared). */
export interface PanelMember {
  readonly id: string
  readonly group: StakeholderGroupId | null
}

/** One score: who gave which rating to which principle. */
export interface ScoreEntry {
  readonly evaluatorId: string
  readonly principleId: string
  readonly rating: Rating
}

/**
 * Two stakeholder groups whose medians for a principle are at least `DISAGREEMENT_GAP` apart: the lowest and
 * the highest group median.
 */
export interface Disagreement {
  readonly low: { readonly group: StakeholderGroupId; readonly median: number }
  readonly high: { readonly group: StakeholderGroupId; readonly median: number }
  readonly gap: number
}

/**
 * The disagreement rule: groups disagree on a principle when their medians differ by 2 or more points, i.e.
 * half the 0–4 scale (for example "weak" against "largely met"). A one-point difference is ordinary spread
 * between adjacent anchors. Only groups with at least one numeric rating take part in the comparison.
 */
export const DISAGREEMENT_GAP = 2

export interface GroupSpread {
  readonly group: StakeholderGroupId
  readonly spread: Spread
}

export interface PrincipleAggregate {
  readonly principleId: string
  readonly overall: Spread
  /** Per declared group, in the order groups first appear in the panel. */
  readonly byGroup: readonly GroupSpread[]
  readonly disagreement: Disagreement | null
  /** At least one evaluator answered "cannot assess — information not public". */
  readonly transparencyFinding: boolean
}

export interface Aggregation {
  readonly principles: readonly PrincipleAggregate[]
  /** Every rating of every principle by that group. */
  readonly byGroup: readonly GroupSpread[]
  /** Every rating of every principle by everyone. */
  readonly overall: Spread
}

function groupsInOrder(panel: readonly PanelMember[]): StakeholderGroupId[] {
  const groups: StakeholderGroupId[] = []
  for (const member of panel) if (member.group !== null && !groups.includes(member.group)) groups.push(member.group)
  return groups
}

function disagreementOf(byGroup: readonly GroupSpread[]): Disagreement | null {
  let low: { group: StakeholderGroupId; median: number } | null = null
  let high: { group: StakeholderGroupId; median: number } | null = null
  for (const { group, spread } of byGroup) {
    if (spread.median === null) continue
    if (low === null || spread.median < low.median) low = { group, median: spread.median }
    if (high === null || spread.median > high.median) high = { group, median: spread.median }
  }
  if (low === null || high === null) return null
  const gap = high.median - low.median
  return gap >= DISAGREEMENT_GAP ? { low, high, gap } : null
}

/**
 * Aggregates scores per principle (overall and per stakeholder group, with disagreements), per group across
 * principles, and overall. Scores from evaluators not in `panel`, or for principles not in `principleIds`,
 * are ignored: callers validate them on the way in.
 */
export function aggregate(
  principleIds: readonly string[],
  panel: readonly PanelMember[],
  scores: readonly ScoreEntry[],
): Aggregation {
  const groupOf = new Map(panel.map((m) => [m.id, m.group]))
  const known = scores.filter((s) => groupOf.has(s.evaluatorId) && principleIds.includes(s.principleId))
  const groups = groupsInOrder(panel)
  const ofGroup = (entries: readonly ScoreEntry[], group: StakeholderGroupId) =>
    entries.filter((s) => groupOf.get(s.evaluatorId) === group).map((s) => s.rating)

  const principles = principleIds.map((principleId): PrincipleAggregate => {
    const entries = known.filter((s) => s.principleId === principleId)
    const byGroup = groups.map((group) => ({ group, spread: summarise(ofGroup(entries, group)) }))
    const overall = summarise(entries.map((s) => s.rating))
    return {
      principleId,
      overall,
      byGroup,
      disagreement: disagreementOf(byGroup),
      transparencyFinding: overall.cannotAssess > 0,
    }
  })
  return {
    principles,
    byGroup: groups.map((group) => ({ group, spread: summarise(ofGroup(known, group)) })),
    overall: summarise(known.map((s) => s.rating)),
  }
}

/** Who took part, and whether the evaluation may be called multistakeholder. */
export interface PanelComposition {
  /** Distinct declared groups of evaluators who gave at least one score. */
  readonly groups: readonly StakeholderGroupId[]
  readonly evaluators: number
  readonly threshold: number
  readonly multistakeholder: boolean
}

/**
 * The multistakeholder label: an evaluation is multistakeholder iff evaluators from at least `threshold`
 * distinct stakeholder groups took part, where taking part means giving at least one score. Invited evaluators
 * who never scored do not count, so the label cannot be earned by invitations alone.
 *
 * @example
 * panelComposition([{ id: 'a', group: 'government' }], [{ evaluatorId: 'a', principleId: 'p', rating: 2 }], 3).multistakeholder // false
 */
export function panelComposition(
  panel: readonly PanelMember[],
  scores: readonly ScoreEntry[],
  threshold: number,
): PanelComposition {
  const scored = new Set(scores.map((s) => s.evaluatorId))
  const active = panel.filter((m) => m.group !== null && scored.has(m.id))
  const groups = groupsInOrder(active)
  return { groups, evaluators: active.length, threshold, multistakeholder: groups.length >= threshold }
}
