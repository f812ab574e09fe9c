/**
 * Pure break-out group formation for a workshop: no clock, no I/O, no `Math.random`.
 *
 * Hard rules (always hold): everyone is in exactly one group; group sizes differ by at most one; at least one
 * woman per group when enough participants shared that they are women (two per group when there are at least
 * twice as many women as groups). Everything else is a soft rule: optimised, and reported in `unmet` when missed.
 *
 * How: people are sorted by id (so input order does not matter) and shuffled with the seed (`solver/problem.ts`).
 * Each is placed greedily where a weighted cost rises least, women first under a rule that keeps the women floor
 * reachable (`solver/place.ts`). Together/apart requests left unmet are repaired, then swaps between groups that
 * keep the hard rules and strictly lower the cost are made until none is left or a work bound is reached
 * (`solver/improve.ts`). The cost of a group depends only on its counts (`solver/grouping.ts`), which is what
 * makes the search cheap. Smaller cohorts are solved from several seeded orders and the cheapest result is kept.
 * Unmet soft rules and suggested roles: `solver/report.ts`.
 */
import type { Gender, Presence, StakeholderGroup } from './people.ts'
import { mulberry32 } from './prng.ts'
import { Grouping } from './solver/grouping.ts'
import { improve, repairSets, type SearchReport } from './solver/improve.ts'
import { placeAll } from './solver/place.ts'
import { buildProblem, groupCount } from './solver/problem.ts'
import { formedGroups, unmetRules } from './solver/report.ts'

/** One participant as the solver sees them. Gender and stakeholder are present only when consented. */
export interface SolverPerson {
  readonly id: string
  readonly gender?: Gender
  readonly stakeholder?: StakeholderGroup
  readonly presence: Presence
  readonly facilitatorVolunteer: boolean
  readonly rapporteurVolunteer: boolean
}

/** How many groups, how to treat online people, and the organiser's together/apart requests. */
export interface SolverOptions {
  /** `targetSize` gives `round(n / targetSize)` groups, clamped to [1, n]. */
  readonly size: { readonly groupCount: number } | { readonly targetSize: number }
  /**
   * 'spread': every group gets at least one online person when possible (each group has an online channel);
   * 'separate': online people form their own group(s), placed last, the remaining groups are room-only. Sizes stay
   * balanced, so the number of online groups (and which get the extra seat) is chosen to make their seats match
   * the online count as closely as possible; any difference is filled with room people (or the reverse) and
   * reported as 'online-spread'.
   */
  readonly online: 'spread' | 'separate'
  /** Each list: keep these ids in the same group. */
  readonly together?: readonly (readonly string[])[]
  /** Each list: no two of these ids in the same group. */
  readonly apart?: readonly (readonly string[])[]
  /** Same people, options and seed give the same groups; reduced to an unsigned 32-bit integer. */
  readonly seed: number
  /**
   * Most work the local search may do, counted as swaps evaluated plus pairs of groups screened, over all starts
   * (default 4,000,000, at most about a second; 10,000 people in 200 groups need about 100,000 with online
   * people spread and 2,200,000 with them separate). Lower values trade polish of soft rules for speed; hard
   * rules and the repair of together/apart requests do not depend on it.
   */
  readonly searchBudget?: number
  /**
   * Called once with what the local search did: `work` in `searchBudget` units, `swaps` made, and `stoppedEarly`
   * when the budget ran out while improving swaps may have been left (the groups still keep the hard rules, they
   * are only less polished). For benchmarks and logs; it does not change the result.
   */
  readonly onSearchEnd?: (search: {
    readonly work: number
    readonly swaps: number
    readonly stoppedEarly: boolean
  }) => void
}

/**
 * A soft rule that the returned groups do not meet. 'woman-per-group': fewer consented women than groups (they
 * are spread one per group). 'no-lone-woman': only checked when women ≥ 2 × groups, where two per group is
 * enforced, so never in practice; with fewer women lone women are unavoidable, minimised and not reported.
 * 'online-spread': a group with nobody online ('spread'), or a mixed group ('separate'). 'rapporteur-per-group'
 * also covers a group whose only volunteer is its facilitator. 'stakeholder-spread': a group whose members who
 * shared a stakeholder group (two or more) all shared the same one, while another group is mixed.
 */
export type UnmetConstraint =
  | 'woman-per-group'
  | 'no-lone-woman'
  | 'online-spread'
  | 'together'
  | 'apart'
  | 'facilitator-per-group'
  | 'rapporteur-per-group'
  | 'stakeholder-spread'

/** An unmet soft rule, in plain English, with the 0-based indexes of the groups concerned. */
export interface Unmet {
  readonly constraint: UnmetConstraint
  readonly reason: string
  readonly groups: readonly number[]
}

/** One group: member ids in input order, and suggested roles (volunteers only; `null` when there is none). */
export interface FormedGroup {
  readonly members: readonly string[]
  readonly facilitator: string | null
  readonly rapporteur: string | null
}

/** Groups plus the soft rules they miss, or an error code for input that cannot be grouped. */
export type SolveResult =
  | { readonly ok: true; readonly groups: readonly FormedGroup[]; readonly unmet: readonly Unmet[] }
  | {
      readonly ok: false
      readonly code: 'SOLVER_NO_PEOPLE' | 'SOLVER_INVALID_SIZE' | 'SOLVER_UNKNOWN_PERSON'
      readonly reason: string
    }

/**
 * Bounds the local search on very large inputs: a safety net for shapes such as thousands of groups of two, where
 * screening every pair of groups alone would take seconds. Workshop shapes converge well inside it.
 */
const DEFAULT_SEARCH_BUDGET = 4_000_000
/**
 * The search stops at a local optimum, which depends on the placement order, so smaller cohorts are solved from
 * several seeded orders and the cheapest result is kept. On the bench cohort of 50 people in 5 groups, 8 starts
 * never did worse than the previous solver over 200 seeds, while a single start did on a quarter of them. A start
 * takes time roughly in proportion to the cohort, so large ones get fewer: 8 up to 500 people, then 4,000 / n,
 * and one from 4,000 people (10,000 in 200 groups converges in one start, in 0.1–0.4 s on the bench machine).
 */
const MAX_STARTS = 8
const STARTS_PEOPLE = 4_000

/**
 * Splits `people` into balanced break-out groups and suggests a facilitator and a rapporteur for each.
 *
 * @example
 * const result = formGroups(people, { size: { targetSize: 10 }, online: 'spread', seed: 2019 })
 * if (result.ok) for (const u of result.unmet) console.log(u.constraint, u.reason, u.groups)
 */
export function formGroups(people: readonly SolverPerson[], options: SolverOptions): SolveResult {
  const n = people.length
  if (n === 0) return { ok: false, code: 'SOLVER_NO_PEOPLE', reason: 'There is nobody to put into groups' }
  const g = groupCount(n, options.size)
  if (g === null) {
    return { ok: false, code: 'SOLVER_INVALID_SIZE', reason: `The group count must be a whole number from 1 to ${n}` }
  }
  const known = new Set(people.map((p) => p.id))
  for (const id of [...(options.together ?? []), ...(options.apart ?? [])].flat()) {
    if (!known.has(id)) {
      return { ok: false, code: 'SOLVER_UNKNOWN_PERSON', reason: `"${id}" is in a together/apart list only` }
    }
  }
  const random = mulberry32(options.seed)
  const starts = Math.min(MAX_STARTS, Math.max(1, Math.floor(STARTS_PEOPLE / n)))
  const budget = options.searchBudget ?? DEFAULT_SEARCH_BUDGET
  let best = solveOnce(people, options, g, random, budget)
  let search = best.search
  // Further starts share what is left of the search budget; none begins once it is spent.
  for (let start = 1; start < starts && !search.stoppedEarly; start++) {
    const next = solveOnce(people, options, g, random, budget - search.work)
    const { work, swaps, stoppedEarly } = next.search
    search = { work: search.work + work, swaps: search.swaps + swaps, stoppedEarly }
    if (next.cost < best.cost) best = next
  }
  options.onSearchEnd?.(search)
  const groups = formedGroups(best.grouping)
  return { ok: true, groups, unmet: unmetRules(best.grouping, groups) }
}

/** One start: a fresh seeded order, greedy placement, set repair, local search. */
function solveOnce(
  people: readonly SolverPerson[],
  options: SolverOptions,
  g: number,
  random: () => number,
  budget: number,
): { grouping: Grouping; cost: number; search: SearchReport } {
  const grouping = new Grouping(buildProblem(people, options, g, random))
  placeAll(grouping, random)
  repairSets(grouping)
  const search = improve(grouping, Math.max(0, budget))
  return { grouping, cost: grouping.totalCost(), search }
}
