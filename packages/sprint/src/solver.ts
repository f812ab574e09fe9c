/**
 * Pure break-out group formation for a workshop: no clock, no I/O, no `Math.random`.
 *
 * Hard rules (always hold): everyone is in exactly one group; group sizes differ by at most one; at least one
 * woman per group when enough participants shared that they are women (two per group when there are at least
 * twice as many women as groups). Everything else is a soft rule: optimised, and reported in `unmet` when missed.
 *
 * How: people are sorted by id (so input order does not matter) and shuffled with the seed; women are dealt out
 * first so the hard rule holds by construction, then everyone else is placed greedily where they lower a weighted
 * cost the most; finally pairwise swaps that keep the hard rules and strictly lower the cost are applied until
 * none is left (bounded number of passes).
 */
import { type Gender, type Presence, type StakeholderGroup, stakeholderGroups } from './people.ts'
import { mulberry32, shuffle } from './prng.ts'

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
   * Most swap attempts the general local search may make (default 400,000). Lower values trade polish of soft
   * rules for speed; hard rules and "keep together" repairs do not depend on it.
   */
  readonly searchBudget?: number
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

// Weights order the soft rules: explicit organiser requests first, then the online channel, roles, lone women,
// and finally evenness (stakeholders, women, online people), which only breaks ties between the others.
const W = { together: 60, apart: 60, online: 40, facilitator: 30, rapporteur: 20, loneWoman: 10, spread: 1 }
const MAX_PASSES = 30
/**
 * Most swap attempts the local search may make. Pairwise search is quadratic: without a bound, 10,000 people
 * took minutes (bench/group-solver.ts). Hard rules hold after placement, so the bound only limits how far soft
 * goals are polished; workshops up to several hundred people never reach it.
 */
const MAX_SWAP_ATTEMPTS = 400_000
const NONE: readonly number[] = []
const EMPTY = { size: 0, women: 0, online: 0, fac: 0, rap: 0, both: 0 }

/** A person in solver terms: `stake` indexes stakeholderGroups (-1: not shared), `sets` indexes Problem.sets. */
type Member = Readonly<{ id: string; input: number; woman: boolean; online: boolean; fac: boolean; rap: boolean }> &
  Readonly<{ stake: number; sets: number[]; sig: number }>
type PersonSet = Readonly<{ together: boolean; ids: readonly string[] }>
interface Problem {
  readonly members: readonly Member[]
  readonly groups: number
  readonly caps: readonly number[]
  /** Separate mode: which groups are meant for online people. `null` in spread mode. */
  readonly onlineGroup: readonly boolean[] | null
  readonly sets: readonly PersonSet[]
  readonly women: number
  readonly womenFloor: number
}
/** Running counts for one group; `stake` is per stakeholder group, `both` counts people volunteering for both roles. */
type Tally = typeof EMPTY & { readonly stake: number[] }
interface State {
  readonly groupOf: number[]
  readonly tallies: readonly Tally[]
  readonly setCount: readonly number[][]
}

const v = (xs: readonly number[] | undefined, i: number): number => xs?.[i] ?? 0
const plural = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`

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
  // Sorting by id first makes the result depend on the seed only, never on the order the caller listed people in.
  const sorted = people
    .map((person, input) => ({ person, input }))
    .sort((a, b) => (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0))
  const members = shuffle(sorted, random).map(({ person: p, input }): Member => {
    const stake = p.stakeholder === undefined ? -1 : stakeholderGroups.indexOf(p.stakeholder)
    const [woman, online] = [p.gender === 'woman', p.presence === 'online']
    const [fac, rap] = [p.facilitatorVolunteer, p.rapporteurVolunteer]
    const sig = Number(woman) + 2 * Number(online) + 4 * Number(fac) + 8 * Number(rap) + 16 * (stake + 1)
    return { id: p.id, input, woman, online, fac, rap, stake, sets: [], sig }
  })
  const sets = personSets(members, options)
  const women = members.filter((m) => m.woman).length
  const onlineCount = members.filter((m) => m.online).length
  const problem: Problem = {
    members,
    groups: g,
    ...layout(n, g, options.online === 'separate' ? onlineCount : null),
    sets,
    women,
    womenFloor: women >= 2 * g ? 2 : women >= g ? 1 : 0,
  }
  const state: State = {
    groupOf: members.map(() => -1),
    tallies: problem.caps.map(() => ({ ...EMPTY, stake: stakeholderGroups.map(() => 0) })),
    setCount: sets.map(() => problem.caps.map(() => 0)),
  }
  placeAll(problem, state, random)
  gatherTogetherSets(problem, state)
  improve(problem, state, options.searchBudget ?? MAX_SWAP_ATTEMPTS)
  const groups = problem.caps.map((_, gi) => formGroup(members.filter((_, i) => state.groupOf[i] === gi)))
  return { ok: true, groups, unmet: report(problem, state, groups) }
}

function groupCount(n: number, size: SolverOptions['size']): number | null {
  if ('groupCount' in size) {
    const g = size.groupCount
    return Number.isInteger(g) && g >= 1 && g <= n ? g : null
  }
  const t = size.targetSize
  return Number.isFinite(t) && t > 0 ? Math.min(n, Math.max(1, Math.round(n / t))) : null
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

function personSets(members: Member[], options: SolverOptions): PersonSet[] {
  const index = new Map(members.map((m, i) => [m.id, i]))
  const lists = [
    ...(options.together ?? []).map((ids) => ({ together: true, ids })),
    ...(options.apart ?? []).map((ids) => ({ together: false, ids })),
  ]
  const sets: PersonSet[] = []
  for (const { together, ids } of lists) {
    const unique = [...new Set(ids)]
    if (unique.length < 2) continue // a set of one person constrains nothing
    const indexes = unique.map((id) => index.get(id) ?? -1)
    for (const i of indexes) members[i]?.sets.push(sets.length)
    sets.push({ together, ids: unique })
  }
  return sets
}

/** Adds (`d` = 1) or removes (`d` = -1) member `i` to or from group `gi`, keeping every tally in step. */
function apply(p: Problem, s: State, i: number, gi: number, d: 1 | -1): void {
  const m = p.members[i]
  const t = s.tallies[gi]
  if (!m || !t) return
  t.size += d
  t.women += m.woman ? d : 0
  t.online += m.online ? d : 0
  t.fac += m.fac ? d : 0
  t.rap += m.rap ? d : 0
  t.both += m.fac && m.rap ? d : 0
  if (m.stake >= 0) t.stake[m.stake] = v(t.stake, m.stake) + d
  for (const k of m.sets) {
    const row = s.setCount[k]
    if (row) row[gi] = v(row, gi) + d
  }
  s.groupOf[i] = d === 1 ? gi : -1
}

function groupCost(p: Problem, t: Tally, gi: number): number {
  let c = W.spread * t.women * t.women
  for (const k of t.stake) c += W.spread * k * k
  if (t.women === 1 && p.women >= p.groups) c += W.loneWoman
  if (p.onlineGroup === null) c += W.spread * t.online * t.online + (t.online === 0 ? W.online : 0)
  else c += W.online * (p.onlineGroup[gi] ? t.size - t.online : t.online)
  if (t.fac === 0) c += W.facilitator
  // A rapporteur must be a volunteer other than the facilitator: one person volunteering for both fills one role.
  if (t.rap === 0 || (t.fac > 0 && t.fac + t.rap - t.both < 2)) c += W.rapporteur
  return c
}

/**
 * Cost of groups `a` and `b` plus the given sets' share in them. Sets cost ∓c² per group: for a fixed set size
 * that is, up to a constant, the number of together-pairs split (or apart-pairs joined), and it stays meaningful
 * while groups are only partly filled.
 */
function around(p: Problem, s: State, a: number, b: number, sets: readonly number[]): number {
  let c = 0
  for (const k of sets) {
    const weight = p.sets[k]?.together ? -W.together : W.apart
    const [ca, cb] = [v(s.setCount[k], a), v(s.setCount[k], b)]
    c += weight * (a === b ? ca * ca : ca * ca + cb * cb)
  }
  const [ta, tb] = [s.tallies[a], s.tallies[b]]
  return c + (ta ? groupCost(p, ta, a) : 0) + (tb && a !== b ? groupCost(p, tb, b) : 0)
}

function womenOk(p: Problem, s: State, gi: number): boolean {
  const w = s.tallies[gi]?.women ?? 0
  return w >= p.womenFloor && (p.women >= p.groups || w <= 1)
}

/** Women go first, each into a group with the fewest women so far, which makes the women floor hold. */
function placeAll(p: Problem, s: State, random: () => number): void {
  const rank = (m: Member) => (m.woman ? 0 : m.sets.length > 0 ? 1 : m.online ? 2 : m.fac ? 3 : m.rap ? 4 : 5)
  const order = p.members.map((m, i) => ({ i, r: rank(m) })).sort((a, b) => a.r - b.r)
  const room = p.caps.slice()
  for (const { i } of order) {
    const m = p.members[i]
    if (!m) continue
    const open = s.tallies.flatMap((t, gi) => (v(room, gi) > 0 ? [{ t, gi }] : []))
    const fewest = Math.min(...open.map(({ t }) => t.women))
    const start = Math.floor(random() * open.length) // random tie-break: seeds differ, not just group 0 first
    let best = -1
    let bestDelta = Number.POSITIVE_INFINITY
    for (let k = 0; k < open.length; k++) {
      const { t, gi } = open[(start + k) % open.length] ?? { t: null, gi: -1 }
      if (!t || (m.woman && t.women !== fewest)) continue
      const before = around(p, s, gi, gi, m.sets)
      apply(p, s, i, gi, 1)
      const delta = around(p, s, gi, gi, m.sets) - before
      apply(p, s, i, gi, -1)
      if (delta < bestDelta) [best, bestDelta] = [gi, delta]
    }
    apply(p, s, i, best, 1)
    room[best] = v(room, best) - 1
  }
}

/**
 * Pairwise swaps until none helps: sizes never change, the women floor is checked, only strict improvements are
 * kept. After the first pass only pairs touching a group that changed can have become useful, so only those are
 * evaluated; the pass limit bounds the work on large inputs.
 */
function improve(p: Problem, s: State, budget: number): void {
  const n = p.members.length
  let dirty = p.caps.map(() => true)
  let attempts = 0
  for (let pass = 0; pass < MAX_PASSES && dirty.includes(true) && attempts < budget; pass++) {
    const now = dirty
    dirty = p.caps.map(() => false)
    for (let i = 0; i < n; i++) {
      const mi = p.members[i]
      for (let j = i + 1; j < n; j++) {
        const mj = p.members[j]
        const a = v(s.groupOf, i)
        const b = v(s.groupOf, j)
        if (!mi || !mj || a === b || !(now[a] || now[b])) continue
        const noSets = mi.sets.length === 0 && mj.sets.length === 0
        if (noSets && mi.sig === mj.sig) continue // swapping look-alikes changes nothing
        if (++attempts > budget) return
        const sets = noSets ? NONE : [...new Set([...mi.sets, ...mj.sets])]
        const before = around(p, s, a, b, sets)
        swap(p, s, i, j, a, b)
        if (around(p, s, a, b, sets) < before && womenOk(p, s, a) && womenOk(p, s, b)) {
          dirty[a] = true
          dirty[b] = true
        } else swap(p, s, i, j, b, a)
      }
    }
  }
}

/**
 * Targeted repair before the general search: for each "keep together" set split across groups, try to move each
 * stray member into the group holding most of the set, by the best cost-lowering swap with someone there. Only
 * that group's members are candidates, so this stays cheap when the general search's budget does not reach
 * every pair (large cohorts).
 */
function gatherTogetherSets(p: Problem, s: State): void {
  const memberIndex = new Map(p.members.map((m, i) => [m.id, i]))
  p.sets.forEach((set) => {
    if (!set.together) return
    const indexes = set.ids.map((id) => memberIndex.get(id) ?? -1).filter((i) => i >= 0)
    const counts = new Map<number, number>()
    for (const i of indexes) counts.set(v(s.groupOf, i), (counts.get(v(s.groupOf, i)) ?? 0) + 1)
    const target = [...counts].sort((x, y) => y[1] - x[1])[0]?.[0]
    if (target === undefined || counts.size < 2) return
    for (const i of indexes) {
      const from = v(s.groupOf, i)
      if (from === target) continue
      let best = -1
      let bestGain = 0
      for (let j = 0; j < p.members.length; j++) {
        if (v(s.groupOf, j) !== target || indexes.includes(j)) continue
        const sets = [...new Set([...(p.members[i]?.sets ?? []), ...(p.members[j]?.sets ?? [])])]
        const before = around(p, s, from, target, sets)
        swap(p, s, i, j, from, target)
        const gain = before - around(p, s, from, target, sets)
        const ok = womenOk(p, s, from) && womenOk(p, s, target)
        swap(p, s, i, j, target, from)
        if (ok && gain > bestGain) [best, bestGain] = [j, gain]
      }
      if (best >= 0) swap(p, s, i, best, from, target)
    }
  })
}

function swap(p: Problem, s: State, i: number, j: number, a: number, b: number): void {
  apply(p, s, i, a, -1)
  apply(p, s, j, b, -1)
  apply(p, s, i, b, 1)
  apply(p, s, j, a, 1)
}

/** Roles in shuffled order (seeded); a facilitator who did not also offer to report keeps the rapporteurs free. */
function formGroup(members: readonly Member[]): FormedGroup {
  const facilitator = members.find((m) => m.fac && !m.rap) ?? members.find((m) => m.fac)
  const rapporteur = members.find((m) => m.rap && m !== facilitator)
  return {
    members: [...members].sort((a, b) => a.input - b.input).map((m) => m.id),
    facilitator: facilitator?.id ?? null,
    rapporteur: rapporteur?.id ?? null,
  }
}

function report(p: Problem, s: State, formed: readonly FormedGroup[]): Unmet[] {
  const unmet: Unmet[] = []
  const g = p.groups
  const add = (constraint: UnmetConstraint, groups: number[], reason: string) => {
    if (groups.length > 0) unmet.push({ constraint, reason, groups })
  }
  const where = (test: (t: Tally, gi: number) => boolean) => s.tallies.flatMap((t, gi) => (test(t, gi) ? [gi] : []))
  const without = (role: 'facilitator' | 'rapporteur') => formed.flatMap((f, gi) => (f[role] === null ? [gi] : []))
  const count = (test: (m: Member) => boolean) => p.members.filter(test).length
  const only = (k: number, what: string) => `Only ${plural(k, 'participant')} ${what}, for ${plural(g, 'group')}`
  const later = 'other rules came first'

  const noWoman = where((t) => t.women === 0)
  const women = only(p.women, `shared that they are ${p.women === 1 ? 'a woman' : 'women'}`)
  add('woman-per-group', noWoman, p.women < g ? women : 'Some groups have no woman') // the second cannot happen
  // Checked only when every group can have two women (then it cannot happen either); with fewer women some
  // lone women are unavoidable, so they are minimised but not reported.
  const lone = p.women >= 2 * g ? where((t) => t.women === 1) : []
  add('no-lone-woman', lone, 'Some groups have exactly one woman')

  const onlineGroup = p.onlineGroup
  if (onlineGroup === null) {
    const online = count((m) => m.online)
    const noOnline = where((t) => t.online === 0)
    add('online-spread', noOnline, online < g ? only(online, 'take part online') : `No one online here: ${later}`)
  } else {
    const roomIn = where((t, gi) => onlineGroup[gi] === true && t.online < t.size)
    const onlineIn = where((t, gi) => onlineGroup[gi] !== true && t.online > 0)
    const parts = [
      ...(roomIn.length > 0 ? [`${plural(roomIn.length, 'online group')} also hold room participants`] : []),
      ...(onlineIn.length > 0 ? [`${plural(onlineIn.length, 'room group')} also hold online participants`] : []),
    ]
    const why = g === 1 ? 'there is only one group' : `sizes must stay balanced, and ${later}`
    const mixed = [...roomIn, ...onlineIn].sort((x, y) => x - y)
    add('online-spread', mixed, `${parts.join(' and ')}: ${why}`)
  }

  const facs = count((m) => m.fac)
  const raps = count((m) => m.rap)
  add('facilitator-per-group', without('facilitator'), facs < g ? only(facs, 'volunteered to facilitate') : later)
  const rapWhy = `${later}, or the only volunteer is the facilitator`
  add('rapporteur-per-group', without('rapporteur'), raps < g ? only(raps, 'volunteered as rapporteur') : rapWhy)

  const maxSize = Math.max(...p.caps)
  for (const [k, set] of p.sets.entries()) {
    const [row, names, size] = [s.setCount[k], set.ids.join(', '), set.ids.length]
    if (set.together) {
      const split = where((_, gi) => v(row, gi) > 0)
      const why = size > maxSize ? `${size} people do not fit in groups of at most ${maxSize}` : later
      if (split.length > 1) add('together', split, `${names} should be together but are split up: ${why}`)
    } else {
      const why = size > g ? `${size} people cannot be apart in ${plural(g, 'group')}` : later
      const shared = where((_, gi) => v(row, gi) > 1)
      add('apart', shared, `${names} should be apart but some share a group: ${why}`)
    }
  }

  // Simple on purpose: flag groups where everyone who shared a stakeholder group (at least two people) shared
  // the same one, while some other group is mixed. Evenness itself is optimised, not reported.
  const kinds = (t: Tally) => t.stake.filter((c) => c > 0).length
  const uniform = where((t) => kinds(t) === 1 && t.stake.reduce((a, b) => a + b, 0) >= 2)
  const mixed = where((t) => kinds(t) >= 2).length > 0
  const why = 'Everyone here who shared a stakeholder group shared the same one, while other groups are mixed'
  add('stakeholder-spread', mixed ? uniform : [], why)
  return unmet
}
