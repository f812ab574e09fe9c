/** Synthetic workshop cohorts for the solver benchmark, the naive baseline, and the hard-rule check. */
import { type formGroups, type Gender, mulberry32, shuffle, stakeholderGroups } from '@blockgov/sprint'

export type Person = Parameters<typeof formGroups>[0][number]
type Group = { readonly members: readonly string[] }

/** The product's own seeded generator and shuffle, so the baseline draws exactly as the solver does. */
export { mulberry32, shuffle }

export interface Cohort {
  readonly people: readonly Person[]
  readonly together: string[][]
  readonly apart: string[][]
}

/**
 * n people: ~38% consented women, ~45% men, rest undisclosed/other; ~80% consented stakeholder group; ~8% online;
 * ~12% facilitator and ~12% rapporteur volunteers; 20 together sets of 2–4 and 20 apart sets of 3–6 (the command
 * schema's maximum of 20 lists each), all drawn from disjoint people.
 */
export function makeCohort(n: number, seed: number): Cohort {
  const random = mulberry32(seed)
  const people: Person[] = []
  for (let i = 0; i < n; i++) {
    const r = random()
    const gender: Gender | undefined = r < 0.38 ? 'woman' : r < 0.83 ? 'man' : r < 0.86 ? 'non-binary' : undefined
    const stakeholder = random() < 0.8 ? stakeholderGroups[Math.floor(random() * stakeholderGroups.length)] : undefined
    people.push({
      id: `p${String(i).padStart(6, '0')}`,
      ...(gender === undefined ? {} : { gender }),
      ...(stakeholder === undefined ? {} : { stakeholder }),
      presence: random() < 0.08 ? 'online' : 'room',
      facilitatorVolunteer: random() < 0.12,
      rapporteurVolunteer: random() < 0.12,
    })
  }
  const pool = shuffle(
    people.map((p) => p.id),
    random,
  )
  let next = 0
  const take = (k: number) => {
    const ids = pool.slice(next, next + k)
    next += k
    return ids
  }
  const sets = Math.min(20, Math.floor(n / 20))
  const together = Array.from({ length: sets }, () => take(2 + Math.floor(random() * 3)))
  const apart = Array.from({ length: sets }, () => take(3 + Math.floor(random() * 4)))
  return { people, together, apart }
}

/** The baseline: seeded shuffle, then deal into g consecutive chunks. No constraints at all. */
export function naiveGroups(people: readonly Person[], g: number, seed: number): string[][] {
  const ids = shuffle(
    people.map((p) => p.id),
    mulberry32(seed),
  )
  const groups: string[][] = []
  const base = Math.floor(ids.length / g)
  const extra = ids.length % g
  let at = 0
  for (let i = 0; i < g; i++) {
    const size = base + (i < extra ? 1 : 0)
    groups.push(ids.slice(at, at + size))
    at += size
  }
  return groups
}

/**
 * The solver's objective for `online: 'spread'`, recomputed from the groups alone, so that runs of different
 * solver versions can be compared (lower is better; keep-together sets make it negative). It mirrors the weights
 * in packages/sprint/src/solver/grouping.ts: per group, women² + Σ stakeholder² + online², plus 40 with nobody
 * online, 30 with no facilitator volunteer, 20 with no rapporteur volunteer other than the facilitator, 10 for a
 * lone woman when women ≥ groups; per together (apart) set, -60 (+60) × members² in each group.
 */
export function softCost(
  people: readonly Person[],
  groups: readonly Group[],
  sets: { readonly together: readonly (readonly string[])[]; readonly apart: readonly (readonly string[])[] },
): number {
  const byId = new Map(people.map((p) => [p.id, p]))
  const groupOf = new Map(groups.flatMap((group, gi) => group.members.map((id) => [id, gi] as const)))
  const womenInAll = people.filter((p) => p.gender === 'woman').length
  let cost = 0
  for (const group of groups) {
    const members = group.members.flatMap((id) => byId.get(id) ?? [])
    const count = (test: (p: Person) => boolean) => members.filter(test).length
    const women = count((p) => p.gender === 'woman')
    const online = count((p) => p.presence === 'online')
    const fac = count((p) => p.facilitatorVolunteer)
    const volunteers = count((p) => p.facilitatorVolunteer || p.rapporteurVolunteer)
    cost += women * women + online * online
    for (const s of stakeholderGroups) cost += count((p) => p.stakeholder === s) ** 2
    if (online === 0) cost += 40
    if (women === 1 && womenInAll >= groups.length) cost += 10
    if (fac === 0) cost += 30
    if (count((p) => p.rapporteurVolunteer) === 0 || (fac > 0 && volunteers < 2)) cost += 20
  }
  for (const [lists, weight] of [
    [sets.together, -60],
    [sets.apart, 60],
  ] as const) {
    for (const list of lists) {
      const perGroup = new Map<number, number>()
      for (const id of new Set(list))
        perGroup.set(groupOf.get(id) ?? -1, (perGroup.get(groupOf.get(id) ?? -1) ?? 0) + 1)
      if (new Set(list).size >= 2) for (const c of perGroup.values()) cost += weight * c * c
    }
  }
  return cost
}

/** The solver's hard rules, checked independently of the solver. */
export function checkHardRules(
  people: readonly Person[],
  groups: readonly Group[],
  g: number,
): { ok: true } | { ok: false; problem: string } {
  if (groups.length !== g) return { ok: false, problem: `${groups.length} groups instead of ${g}` }
  const seen = new Set<string>()
  for (const group of groups) for (const id of group.members) seen.add(id)
  const placed = groups.reduce((sum, group) => sum + group.members.length, 0)
  if (placed !== people.length || seen.size !== people.length) {
    return { ok: false, problem: `${placed} placements / ${seen.size} distinct for ${people.length} people` }
  }
  const sizes = groups.map((group) => group.members.length)
  if (Math.max(...sizes) - Math.min(...sizes) > 1) {
    return { ok: false, problem: `sizes ${Math.min(...sizes)}..${Math.max(...sizes)}` }
  }
  const women = new Set(people.filter((p) => p.gender === 'woman').map((p) => p.id))
  const floor = women.size >= 2 * g ? 2 : women.size >= g ? 1 : 0
  const least = Math.min(...groups.map((group) => group.members.filter((id) => women.has(id)).length))
  if (least < floor) return { ok: false, problem: `a group has ${least} women, floor is ${floor}` }
  return { ok: true }
}
