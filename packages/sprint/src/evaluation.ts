/**
 * Evaluation of ideas: weighted criteria scores (with disagreement and a privacy-safe stakeholder breakdown) and
 * dot voting. Pure: inputs are the reducer's current scores and votes.
 *
 * Preconditions checked at command level, not here: criterion weights are > 0, score values are integers 0..5,
 * dots are positive integers. The reducer keeps only the latest score per (rater, idea, criterion) and the latest
 * dots per (voter, idea); should duplicates reach these functions anyway, the last one in array order counts.
 */
import { type StakeholderGroup, stakeholderGroups } from './people.ts'

/** A criterion ideas are scored against; `weight` > 0. */
export interface Criterion {
  readonly id: string
  readonly label: string
  readonly weight: number
}

/**
 * Default criteria of the IGF design sprint template, equally weighted.
 *
 * @example
 * evaluateIdeas(ideaIds, defaultCriteria, scores, stakeholderOf)
 */
export const defaultCriteria: readonly Criterion[] = [
  { id: 'feasible', label: 'Feasible by next IGF', weight: 1 },
  { id: 'useful-coalition', label: 'Useful to the coalition', weight: 1 },
  { id: 'useful-igf', label: 'Useful to the wider IGF community', weight: 1 },
]

/** One rater's score of one idea on one criterion; `value` is an integer 0..5. */
export interface Score {
  readonly raterId: string
  readonly ideaId: string
  readonly criterionId: string
  readonly value: number
}

/**
 * Spread (population standard deviation of raters' weighted scores) at which an idea is flagged for discussion.
 * With two raters the spread is half their difference, so 1.25 means they are at least 2.5 points apart on the
 * 0..5 scale: one finds the idea weak, the other strong. That gap is worth talking through before ranking.
 *
 * @example
 * result.spread !== null && result.spread >= DISAGREEMENT_THRESHOLD // same as result.highDisagreement
 */
export const DISAGREEMENT_THRESHOLD = 1.25

/**
 * Smallest number of raters a stakeholder group needs before its mean is shown. With one rater the group mean
 * *is* that person's score, and workshop groups are small enough for the person to be known.
 *
 * @example
 * result.byStakeholder.every((s) => s.raters >= MIN_BREAKDOWN_RATERS) // true
 */
export const MIN_BREAKDOWN_RATERS = 2

/** Mean score of one stakeholder group for one idea. */
export interface StakeholderMean {
  readonly stakeholder: StakeholderGroup
  readonly raters: number
  readonly weightedMean: number
}

/** Mean and number of scores of one criterion for one idea; `mean` is null without scores. */
export interface CriterionMean {
  readonly criterionId: string
  readonly mean: number | null
  readonly count: number
}

/** Evaluation of one idea; see {@link evaluateIdeas}. */
export interface IdeaResult {
  readonly ideaId: string
  /** Distinct raters who scored the idea on at least one criterion. */
  readonly raters: number
  /** sum(weight_c × mean_c) / sum(weight_c) over criteria with at least one score; null when unscored. */
  readonly weightedMean: number | null
  /** In the order of the criteria given. */
  readonly perCriterion: readonly CriterionMean[]
  /** Population standard deviation of the weighted scores of raters who scored every criterion; null if < 2. */
  readonly spread: number | null
  /** `spread >= DISAGREEMENT_THRESHOLD`. */
  readonly highDisagreement: boolean
  /** Means per consented stakeholder group, in `stakeholderGroups` order, small groups suppressed. */
  readonly byStakeholder: readonly StakeholderMean[]
}

/**
 * Evaluates ideas against weighted criteria. Scores for unknown ideas or criteria are ignored; duplicate idea ids
 * are evaluated once. Results are sorted by `weightedMean` descending, unscored ideas last, ties in input order.
 *
 * `stakeholderOf` returns a rater's stakeholder group only if they consented to its use. A group is shown only
 * with at least {@link MIN_BREAKDOWN_RATERS} raters; and if the raters left out of the breakdown would be a
 * single person, the smallest shown group is suppressed too, since the overall mean minus the shown groups
 * would otherwise reveal that person's score.
 *
 * @example
 * const scores = [{ raterId: 'ana', ideaId: 'i1', criterionId: 'feasible', value: 4 }]
 * evaluateIdeas(['i1'], defaultCriteria, scores, () => undefined)[0]?.weightedMean // 4
 */
export function evaluateIdeas(
  ideaIds: readonly string[],
  criteria: readonly Criterion[],
  scores: readonly Score[],
  stakeholderOf: (raterId: string) => StakeholderGroup | undefined,
): readonly IdeaResult[] {
  const ideas = unique(ideaIds)
  const criterionIds = new Set(criteria.map((c) => c.id))
  // idea -> rater -> criterion -> value; Map.set keeps the last duplicate, as documented.
  const byIdea = new Map<string, Map<string, Map<string, number>>>(ideas.map((id) => [id, new Map()]))
  for (const s of scores) {
    const raters = byIdea.get(s.ideaId)
    if (raters === undefined || !criterionIds.has(s.criterionId)) continue
    const own = raters.get(s.raterId) ?? new Map<string, number>()
    own.set(s.criterionId, s.value)
    raters.set(s.raterId, own)
  }
  const results = ideas.map((ideaId) => evaluateIdea(ideaId, criteria, byIdea.get(ideaId) ?? new Map(), stakeholderOf))
  return sortDescending(results, (r) => r.weightedMean)
}

type RaterScores = ReadonlyMap<string, ReadonlyMap<string, number>>

function evaluateIdea(
  ideaId: string,
  criteria: readonly Criterion[],
  raters: RaterScores,
  stakeholderOf: (raterId: string) => StakeholderGroup | undefined,
): IdeaResult {
  const perCriterion = criterionMeans(criteria, raters)
  const spread = populationStdDev(
    [...raters.values()].flatMap((own) => {
      const score = ownWeightedScore(criteria, own)
      return score === null ? [] : [score]
    }),
  )
  return {
    ideaId,
    raters: raters.size,
    weightedMean: weightedMean(criteria, perCriterion),
    perCriterion,
    spread,
    highDisagreement: spread !== null && spread >= DISAGREEMENT_THRESHOLD,
    byStakeholder: stakeholderBreakdown(criteria, raters, stakeholderOf),
  }
}

function criterionMeans(criteria: readonly Criterion[], raters: RaterScores): CriterionMean[] {
  return criteria.map((c) => {
    let sum = 0
    let count = 0
    for (const own of raters.values()) {
      const value = own.get(c.id)
      if (value === undefined) continue
      sum += value
      count++
    }
    return { criterionId: c.id, mean: count === 0 ? null : sum / count, count }
  })
}

/** Null when no criterion with a positive total weight has a score: never divides by zero. */
function weightedMean(criteria: readonly Criterion[], means: readonly CriterionMean[]): number | null {
  let weighted = 0
  let weights = 0
  criteria.forEach((c, i) => {
    const mean = means[i]?.mean
    if (mean === null || mean === undefined) return
    weighted += c.weight * mean
    weights += c.weight
  })
  return weights > 0 ? weighted / weights : null
}

/** A rater's own weighted score, only when they scored every criterion (a partial score would skew the spread). */
function ownWeightedScore(criteria: readonly Criterion[], own: ReadonlyMap<string, number>): number | null {
  if (criteria.length === 0 || criteria.some((c) => !own.has(c.id))) return null
  return weightedMean(
    criteria,
    criteria.map((c) => ({ criterionId: c.id, mean: own.get(c.id) ?? null, count: 1 })),
  )
}

function populationStdDev(values: readonly number[]): number | null {
  if (values.length < 2) return null
  // Summing in sorted order makes the float result independent of the order scores arrived in.
  const xs = [...values].sort((a, b) => a - b)
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length)
}

function stakeholderBreakdown(
  criteria: readonly Criterion[],
  raters: RaterScores,
  stakeholderOf: (raterId: string) => StakeholderGroup | undefined,
): StakeholderMean[] {
  const members = new Map<StakeholderGroup, Map<string, ReadonlyMap<string, number>>>()
  for (const [raterId, own] of raters) {
    const group = stakeholderOf(raterId)
    if (group === undefined) continue
    const inGroup = members.get(group) ?? new Map()
    inGroup.set(raterId, own)
    members.set(group, inGroup)
  }
  const shown: StakeholderMean[] = []
  for (const stakeholder of stakeholderGroups) {
    const inGroup = members.get(stakeholder)
    if (inGroup === undefined || inGroup.size < MIN_BREAKDOWN_RATERS) continue
    const mean = weightedMean(criteria, criterionMeans(criteria, inGroup))
    if (mean !== null) shown.push({ stakeholder, raters: inGroup.size, weightedMean: mean })
  }
  // Complementary suppression: a lone rater left out of the shown groups could be recovered by differencing.
  let leftOut = raters.size - shown.reduce((n, s) => n + s.raters, 0)
  while (leftOut > 0 && leftOut < MIN_BREAKDOWN_RATERS && shown.length > 0) {
    const smallest = shown.reduce((a, b) => (b.raters <= a.raters ? b : a))
    shown.splice(shown.indexOf(smallest), 1)
    leftOut += smallest.raters
  }
  return shown
}

/** Votes placed by participants, `dots` a positive integer per (voter, idea). */
export interface DotVote {
  readonly voterId: string
  readonly ideaId: string
  readonly dots: number
}

/** Dots and distinct voters of one idea. */
export interface DotTally {
  readonly ideaId: string
  readonly dots: number
  readonly voters: number
}

/**
 * Totals dot votes per idea, including ideas without dots. Votes for unknown ideas are ignored; the last vote per
 * (voter, idea) counts. Sorted by dots descending, ties in input order.
 *
 * @example
 * tallyDots(['a', 'b'], [{ voterId: 'v', ideaId: 'b', dots: 2 }])
 * // [{ ideaId: 'b', dots: 2, voters: 1 }, { ideaId: 'a', dots: 0, voters: 0 }]
 */
export function tallyDots(ideaIds: readonly string[], votes: readonly DotVote[]): readonly DotTally[] {
  const ideas = unique(ideaIds)
  const byIdea = new Map<string, Map<string, number>>(ideas.map((id) => [id, new Map()]))
  for (const v of votes) byIdea.get(v.ideaId)?.set(v.voterId, v.dots)
  const tallies = ideas.map((ideaId) => {
    const voters = byIdea.get(ideaId) ?? new Map<string, number>()
    return { ideaId, dots: [...voters.values()].reduce((a, b) => a + b, 0), voters: voters.size }
  })
  return sortDescending(tallies, (t) => t.dots)
}

/** Whether a voter stays within their dot budget. */
export type DotCheck = { ok: true } | { ok: false; code: 'DOTS_EXCEEDED'; used: number; allowed: number }

/**
 * Checks that `voterId` has placed at most `allowed` dots in `votes` (last vote per idea counts). A command
 * handler passes the current votes with the new one appended, so moving dots on an idea replaces them.
 *
 * @example
 * checkDotBudget([{ voterId: 'v', ideaId: 'a', dots: 4 }], 'v', 3) // { ok: false, code: 'DOTS_EXCEEDED', used: 4, allowed: 3 }
 */
export function checkDotBudget(votes: readonly DotVote[], voterId: string, allowed: number): DotCheck {
  const perIdea = new Map<string, number>()
  for (const v of votes) if (v.voterId === voterId) perIdea.set(v.ideaId, v.dots)
  const used = [...perIdea.values()].reduce((a, b) => a + b, 0)
  return used > allowed ? { ok: false, code: 'DOTS_EXCEEDED', used, allowed } : { ok: true }
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)]
}

/** Stable sort, highest key first, null keys last (Array.prototype.sort is stable since ES2019). */
function sortDescending<T>(items: readonly T[], key: (item: T) => number | null): T[] {
  return [...items].sort((a, b) => {
    const ka = key(a)
    const kb = key(b)
    if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1
    return kb - ka
  })
}
