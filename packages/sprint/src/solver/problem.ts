/**
 * The solver's view of the input: people as signatures in a seeded order, the group capacities, which groups are
 * online ones, the together/apart sets, and the women rule that must hold.
 */
import { shuffle } from '../prng.ts'
import type { SolverOptions, SolverPerson } from '../solver.ts'
import { signature, trait, WOMAN } from './traits.ts'

/** A participant as the solver sees them. Index in `Problem.members` is the person's solver index. */
export interface Member {
  readonly id: string
  /** Position in the caller's list: groups list their members in input order. */
  readonly input: number
  readonly sig: number
  /** Indexes into `Problem.sets`. */
  readonly sets: readonly number[]
}

/** A together or apart request, reduced to distinct solver indexes (two or more). */
export interface PersonSet {
  readonly together: boolean
  readonly ids: readonly string[]
  readonly members: readonly number[]
}

export interface Problem {
  readonly members: readonly Member[]
  readonly groups: number
  /** Size each group must end with; they differ by at most one. */
  readonly caps: readonly number[]
  /** Separate mode: which groups are meant for online people. `null` in spread mode. */
  readonly onlineGroup: readonly boolean[] | null
  readonly sets: readonly PersonSet[]
  /** Consented women in the whole cohort. */
  readonly women: number
  /** Hard rule: every group has at least this many women (0, 1 or 2). */
  readonly womenFloor: number
}

/** `null` when the requested size cannot give a whole number of groups from 1 to n. */
export function groupCount(n: number, size: SolverOptions['size']): number | null {
  if ('groupCount' in size) {
    const g = size.groupCount
    return Number.isInteger(g) && g >= 1 && g <= n ? g : null
  }
  const t = size.targetSize
  return Number.isFinite(t) && t > 0 ? Math.min(n, Math.max(1, Math.round(n / t))) : null
}

/**
 * People are sorted by id first, so the result depends on the seed and never on the order the caller listed them
 * in; the seeded shuffle then decides who is placed first and so which of several equally good groupings comes out.
 */
export function buildProblem(
  people: readonly SolverPerson[],
  options: SolverOptions,
  groups: number,
  random: () => number,
): Problem {
  const sorted = people
    .map((person, input) => ({ person, input }))
    .sort((a, b) => (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0))
  const order = shuffle(sorted, random)
  const sets = personSets(
    order.map(({ person }) => person.id),
    options,
  )
  const setsOf: number[][] = order.map(() => [])
  for (const [k, set] of sets.entries()) for (const i of set.members) setsOf[i]?.push(k)
  const members = order.map(
    ({ person, input }, i): Member => ({ id: person.id, input, sig: signature(person), sets: setsOf[i] ?? [] }),
  )
  const women = members.reduce((sum, m) => sum + trait(m.sig, WOMAN), 0)
  const online = order.filter(({ person }) => person.presence === 'online').length
  return {
    members,
    groups,
    ...layout(members.length, groups, options.online === 'separate' ? online : null),
    sets,
    women,
    womenFloor: women >= 2 * groups ? 2 : women >= groups ? 1 : 0,
  }
}

/** Together lists first, then apart lists; duplicates dropped; a set of one person constrains nothing. */
function personSets(ids: readonly string[], options: SolverOptions): PersonSet[] {
  const index = new Map(ids.map((id, i) => [id, i]))
  const lists = [
    ...(options.together ?? []).map((list) => ({ together: true, list })),
    ...(options.apart ?? []).map((list) => ({ together: false, list })),
  ]
  return lists.flatMap(({ together, list }) => {
    const unique = [...new Set(list)]
    const members = unique.flatMap((id) => index.get(id) ?? [])
    return members.length < 2 ? [] : [{ together, ids: unique, members }]
  })
}

/**
 * Group capacities (sizes differ by at most one, smaller groups first) and, in separate mode, which groups are
 * online ones. Separate mode picks k online groups (1 ≤ k < g when there are both kinds of people), and how many
 * of them get the one extra seat, so that their total capacity is as close as possible to the number of online
 * people; ties go to the k closest to online/average size. Online groups come last. Any leftover mismatch means
 * room people in an online group (or the reverse) and is reported as 'online-spread'.
 */
function layout(n: number, g: number, online: number | null): Pick<Problem, 'caps' | 'onlineGroup'> {
  const base = Math.floor(n / g)
  const extra = n % g
  const sizes = (count: number, big: number) =>
    Array.from({ length: count }, (_, i) => base + (i >= count - big ? 1 : 0))
  if (online === null) return { caps: sizes(g, extra), onlineGroup: null }
  // Only one kind of participant (or one group): nothing to choose.
  let best = online === n ? { k: g, big: extra, miss: 0, off: 0 } : { k: 0, big: 0, miss: 0, off: 0 }
  if (online > 0 && online < n && g > 1) {
    best = { k: 0, big: 0, miss: Number.POSITIVE_INFINITY, off: 0 }
    for (let k = 1; k < g; k++) {
      const big = Math.min(Math.max(online - k * base, Math.max(0, extra - (g - k))), Math.min(k, extra))
      const miss = Math.abs(k * base + big - online)
      const off = Math.abs(k - (online * g) / n)
      if (miss < best.miss || (miss === best.miss && off < best.off)) best = { k, big, miss, off }
    }
  }
  return {
    caps: [...sizes(g - best.k, extra - best.big), ...sizes(best.k, best.big)],
    onlineGroup: Array.from({ length: g }, (_, gi) => gi >= g - best.k),
  }
}
