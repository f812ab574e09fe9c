import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Gender, genders, type StakeholderGroup, stakeholderGroups } from './people.ts'
import { formGroups, type SolveResult, type SolverOptions, type SolverPerson } from './solver.ts'

type Formed = Extract<SolveResult, { ok: true }>

function solved(result: SolveResult): Formed {
  if (!result.ok) throw new Error(`expected groups, got ${result.code}`)
  return result
}

/** Builds people p0..p(n-1); each trait is given as a predicate on the index. */
function crowd(
  n: number,
  traits: {
    woman?: (i: number) => boolean
    online?: (i: number) => boolean
    fac?: (i: number) => boolean
    rap?: (i: number) => boolean
    stakeholder?: (i: number) => StakeholderGroup | undefined
  } = {},
): SolverPerson[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    gender: traits.woman?.(i) ? 'woman' : i % 3 === 0 ? undefined : 'man',
    stakeholder: traits.stakeholder?.(i),
    presence: traits.online?.(i) ? 'online' : 'room',
    facilitatorVolunteer: traits.fac?.(i) ?? false,
    rapporteurVolunteer: traits.rap?.(i) ?? false,
  }))
}

function stats(people: readonly SolverPerson[], result: Formed) {
  const byId = new Map(people.map((p) => [p.id, p]))
  return result.groups.map((g) => {
    const members = g.members.flatMap((id) => byId.get(id) ?? [])
    return {
      size: members.length,
      women: members.filter((p) => p.gender === 'woman').length,
      online: members.filter((p) => p.presence === 'online').length,
      facVolunteers: members.filter((p) => p.facilitatorVolunteer).length,
    }
  })
}

const unmetOf = (result: Formed, constraint: string) => result.unmet.filter((u) => u.constraint === constraint)

// IGF 2019: 47 in the room and 4 online, 18 of them women, 5 groups; 7 facilitator and 6 rapporteur volunteers.
const igf = crowd(51, {
  woman: (i) => i % 3 === 1 || i === 0,
  online: (i) => i % 13 === 5,
  fac: (i) => i % 7 === 0,
  rap: (i) => i % 8 === 3,
  stakeholder: (i) => stakeholderGroups[i % 5],
})

describe('formGroups, IGF 2019 workshop', () => {
  const result = solved(formGroups(igf, { size: { groupCount: 5 }, online: 'spread', seed: 2019 }))
  const groups = stats(igf, result)

  it('uses the expected example data', () => {
    expect(igf.filter((p) => p.gender === 'woman')).toHaveLength(18)
    expect(igf.filter((p) => p.presence === 'online')).toHaveLength(4)
  })

  it('makes groups of 10, 10, 10, 10 and 11', () => {
    expect(groups.map((g) => g.size).sort((a, b) => a - b)).toEqual([10, 10, 10, 10, 11])
  })

  it('puts at least two women in every group, since 18 ≥ 2 × 5', () => {
    for (const g of groups) expect(g.women).toBeGreaterThanOrEqual(2)
    expect(unmetOf(result, 'woman-per-group')).toEqual([])
    expect(unmetOf(result, 'no-lone-woman')).toEqual([])
  })

  it('gives four groups one online person and reports the fifth, as there are only 4 online for 5 groups', () => {
    expect(groups.map((g) => g.online).sort()).toEqual([0, 1, 1, 1, 1])
    const [unmet] = unmetOf(result, 'online-spread')
    expect(unmet?.groups).toEqual([groups.findIndex((g) => g.online === 0)])
    expect(unmet?.reason).toBe('Only 4 participants take part online, for 5 groups')
  })

  it('spreads facilitator volunteers so that each group has one, and picks distinct rapporteurs', () => {
    for (const g of groups) expect(g.facVolunteers).toBeGreaterThanOrEqual(1)
    for (const g of result.groups) {
      expect(g.facilitator).not.toBeNull()
      expect(g.rapporteur).not.toBe(g.facilitator)
    }
  })

  it('puts an online person in every group once there are at least as many as groups', () => {
    const more = igf.map((p, i) => (i % 10 === 2 ? { ...p, presence: 'online' as const } : p))
    const again = solved(formGroups(more, { size: { targetSize: 10 }, online: 'spread', seed: 1 }))
    for (const g of stats(more, again)) expect(g.online).toBeGreaterThanOrEqual(1)
    expect(unmetOf(again, 'online-spread')).toEqual([])
  })
})

describe('formGroups, sizes and errors', () => {
  const options: SolverOptions = { size: { groupCount: 2 }, online: 'spread', seed: 1 }

  it('returns SOLVER_NO_PEOPLE for an empty list', () => {
    expect(formGroups([], options)).toMatchObject({ ok: false, code: 'SOLVER_NO_PEOPLE' })
  })

  it.each([0, -1, 2.5, 6, Number.NaN])('returns SOLVER_INVALID_SIZE for groupCount %s with 5 people', (groupCount) => {
    expect(formGroups(crowd(5), { ...options, size: { groupCount } })).toMatchObject({ code: 'SOLVER_INVALID_SIZE' })
  })

  it.each([0, -3, Number.POSITIVE_INFINITY])('returns SOLVER_INVALID_SIZE for targetSize %s', (targetSize) => {
    expect(formGroups(crowd(5), { ...options, size: { targetSize } })).toMatchObject({ code: 'SOLVER_INVALID_SIZE' })
  })

  it('derives the group count from targetSize, clamped to [1, n]', () => {
    const count = (targetSize: number) => solved(formGroups(igf, { ...options, size: { targetSize } })).groups.length
    expect([count(10), count(8), count(100), count(0.1)]).toEqual([5, 6, 1, 51])
  })

  it('lists members in input order', () => {
    const result = solved(formGroups(igf, { ...options, size: { groupCount: 3 } }))
    const position = new Map(igf.map((p, i) => [p.id, i]))
    for (const g of result.groups) {
      const order = g.members.map((id) => position.get(id) ?? -1)
      expect(order).toEqual([...order].sort((a, b) => a - b))
    }
  })

  it('returns SOLVER_UNKNOWN_PERSON for an id in together or apart that is not a participant', () => {
    const people = crowd(4)
    expect(formGroups(people, { ...options, together: [['p1', 'ghost']] })).toMatchObject({
      ok: false,
      code: 'SOLVER_UNKNOWN_PERSON',
    })
    expect(formGroups(people, { ...options, apart: [['ghost']] })).toMatchObject({ code: 'SOLVER_UNKNOWN_PERSON' })
  })
})

describe('formGroups, soft rules', () => {
  it('spreads too few women one per group and reports woman-per-group', () => {
    const people = crowd(25, { woman: (i) => i < 3 })
    const result = solved(formGroups(people, { size: { groupCount: 5 }, online: 'spread', seed: 3 }))
    const women = stats(people, result).map((g) => g.women)
    expect(women.sort()).toEqual([0, 0, 1, 1, 1])
    const [unmet] = unmetOf(result, 'woman-per-group')
    expect(unmet?.reason).toBe('Only 3 participants shared that they are women, for 5 groups')
    expect(unmet?.groups).toHaveLength(2)
  })

  it('gives the same groups for the same seed, and different groups for some other seed', () => {
    const run = (seed: number) => formGroups(igf, { size: { groupCount: 5 }, online: 'spread', seed })
    expect(run(7)).toEqual(run(7))
    expect([1, 2, 3, 4].some((seed) => JSON.stringify(run(seed)) !== JSON.stringify(run(7)))).toBe(true)
  })

  it("'separate' gives online people their own groups when sizes allow", () => {
    const people = crowd(51, { woman: (i) => i % 3 === 1, online: (i) => i < 20, fac: (i) => i % 5 === 0 })
    const result = solved(formGroups(people, { size: { groupCount: 5 }, online: 'separate', seed: 4 }))
    const groups = stats(people, result)
    expect(groups.map((g) => [g.size, g.online])).toEqual([
      [10, 0],
      [10, 0],
      [11, 0],
      [10, 10],
      [10, 10],
    ])
    expect(unmetOf(result, 'online-spread')).toEqual([])
  })

  it("'separate' keeps sizes balanced and reports online-spread when online people cannot fill a group", () => {
    const people = crowd(51, { woman: (i) => i % 3 === 1, online: (i) => i < 4 })
    const result = solved(formGroups(people, { size: { groupCount: 5 }, online: 'separate', seed: 4 }))
    const groups = stats(people, result)
    expect(groups.map((g) => g.size)).toEqual([10, 10, 10, 11, 10])
    expect(groups.map((g) => g.online)).toEqual([0, 0, 0, 0, 4])
    expect(unmetOf(result, 'online-spread')).toMatchObject([{ groups: [4] }])
  })

  it('keeps together-sets in one group and apart-sets in different groups', () => {
    const together = [['p1', 'p2', 'p3', 'p4']]
    const apart = [['p5', 'p6', 'p7']]
    for (const seed of [1, 2, 3]) {
      const result = solved(formGroups(igf, { size: { groupCount: 5 }, online: 'spread', together, apart, seed }))
      const groupOf = (id: string) => result.groups.findIndex((g) => g.members.includes(id))
      expect(new Set(together[0]?.map(groupOf)).size).toBe(1)
      expect(new Set(apart[0]?.map(groupOf)).size).toBe(3)
      expect(result.unmet.filter((u) => u.constraint === 'together' || u.constraint === 'apart')).toEqual([])
    }
  })

  it('reports together and apart requests that cannot be met', () => {
    const people = crowd(9, { woman: (i) => i < 3 })
    const together = [['p0', 'p1', 'p2', 'p3', 'p4']]
    const apart = [['p5', 'p6', 'p7', 'p8']]
    const result = solved(formGroups(people, { size: { groupCount: 3 }, online: 'spread', together, apart, seed: 1 }))
    expect(unmetOf(result, 'together')[0]?.reason).toContain('5 people do not fit in groups of at most 3')
    expect(unmetOf(result, 'apart')[0]?.reason).toContain('4 people cannot be apart in 3 groups')
  })

  it('suggests no rapporteur when the only volunteer is the facilitator, and no roles without volunteers', () => {
    const people = crowd(4, { fac: (i) => i === 0, rap: (i) => i === 0 })
    const result = solved(formGroups(people, { size: { groupCount: 2 }, online: 'spread', seed: 1 }))
    const withVolunteer = result.groups.findIndex((g) => g.members.includes('p0'))
    expect(result.groups[withVolunteer]).toMatchObject({ facilitator: 'p0', rapporteur: null })
    expect(result.groups[1 - withVolunteer]).toMatchObject({ facilitator: null, rapporteur: null })
    expect(unmetOf(result, 'facilitator-per-group')).toMatchObject([{ groups: [1 - withVolunteer] }])
    expect(unmetOf(result, 'rapporteur-per-group')).toMatchObject([{ groups: [0, 1] }])
  })

  it('spreads stakeholder groups evenly when nothing else competes', () => {
    const people = crowd(20, { woman: (i) => i < 10, stakeholder: (i) => stakeholderGroups[i % 4] })
    const result = solved(formGroups(people, { size: { groupCount: 5 }, online: 'spread', seed: 5 }))
    for (const g of result.groups) {
      const kinds = new Set(g.members.map((id) => people.find((p) => p.id === id)?.stakeholder))
      expect(kinds.size).toBe(4)
    }
    expect(unmetOf(result, 'stakeholder-spread')).toEqual([])
  })

  it('reports stakeholder-spread when a group ends up from one stakeholder group while another is mixed', () => {
    const people = crowd(4, { stakeholder: (i) => (i === 3 ? 'civil-society' : 'government') })
    const result = solved(formGroups(people, { size: { groupCount: 2 }, online: 'spread', seed: 1 }))
    const uniform = result.groups.findIndex((g) => !g.members.includes('p3'))
    expect(unmetOf(result, 'stakeholder-spread')).toMatchObject([{ groups: [uniform] }])
  })
})

const genderArb: fc.Arbitrary<Gender | undefined> = fc.oneof(
  { arbitrary: fc.constant('woman' as const), weight: 3 },
  { arbitrary: fc.constantFrom(...genders), weight: 2 },
  { arbitrary: fc.constant(undefined), weight: 1 },
)
const caseArb = fc
  .array(
    fc.record({
      gender: genderArb,
      stakeholder: fc.option(fc.constantFrom(...stakeholderGroups), { nil: undefined }),
      presence: fc.constantFrom('room' as const, 'online' as const),
      facilitatorVolunteer: fc.boolean(),
      rapporteurVolunteer: fc.boolean(),
    }),
    { minLength: 1, maxLength: 80 },
  )
  .chain((raw) => {
    const people: SolverPerson[] = raw.map((p, i) => ({ id: `p${i}`, ...p }))
    const ids = people.map((p) => p.id)
    const sets = fc.array(fc.subarray(ids, { maxLength: Math.min(4, ids.length) }), { maxLength: 2 })
    const options: fc.Arbitrary<SolverOptions> = fc.record({
      // Small counts often, so that the "enough women" branches are exercised as well as the scarce ones.
      size: fc.record({
        groupCount: fc.oneof(
          fc.integer({ min: 1, max: Math.ceil(ids.length / 4) }),
          fc.integer({ min: 1, max: ids.length }),
        ),
      }),
      online: fc.constantFrom('spread' as const, 'separate' as const),
      together: sets,
      apart: sets,
      seed: fc.integer(),
    })
    return fc.tuple(fc.constant(people), options)
  })

describe('formGroups properties', () => {
  const runs = { numRuns: 200 }
  const womenIn = (people: readonly SolverPerson[]) => people.filter((p) => p.gender === 'woman').length

  it('puts every person in exactly one group', () => {
    fc.assert(
      fc.property(caseArb, ([people, options]) => {
        const all = solved(formGroups(people, options)).groups.flatMap((g) => g.members)
        expect(all.sort()).toEqual(people.map((p) => p.id).sort())
      }),
      runs,
    )
  })

  it('makes the requested number of groups, with sizes that differ by at most one', () => {
    fc.assert(
      fc.property(caseArb, ([people, options]) => {
        const sizes = solved(formGroups(people, options)).groups.map((g) => g.members.length)
        expect(sizes).toHaveLength('groupCount' in options.size ? options.size.groupCount : -1)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      }),
      runs,
    )
  })

  it('puts a woman in every group when there are at least as many women as groups', () => {
    fc.assert(
      fc.property(caseArb, ([people, options]) => {
        const result = solved(formGroups(people, options))
        fc.pre(womenIn(people) >= result.groups.length)
        for (const g of stats(people, result)) expect(g.women).toBeGreaterThanOrEqual(1)
      }),
      runs,
    )
  })

  it('leaves no group with exactly one woman when there are at least twice as many women as groups', () => {
    fc.assert(
      fc.property(caseArb, ([people, options]) => {
        const result = solved(formGroups(people, options))
        fc.pre(womenIn(people) >= 2 * result.groups.length)
        for (const g of stats(people, result)) expect(g.women).not.toBe(1)
      }),
      runs,
    )
  })

  it('is deterministic for a seed and ignores input order', () => {
    const permuted = caseArb.chain(([people, options]) =>
      fc.tuple(fc.constant(people), fc.constant(options), fc.shuffledSubarray(people, { minLength: people.length })),
    )
    fc.assert(
      fc.property(permuted, ([people, options, shuffled]) => {
        const first = solved(formGroups(people, options))
        expect(formGroups(people, options)).toEqual(first)
        const canonical = (r: Formed) => r.groups.map((g) => ({ ...g, members: [...g.members].sort() }))
        expect(canonical(solved(formGroups(shuffled, options)))).toEqual(canonical(first))
      }),
      runs,
    )
  })

  it('keeps the hard rules whatever the search budget, including none', () => {
    const budgeted = caseArb.chain(([people, options]) =>
      fc.tuple(fc.constant(people), fc.constant(options), fc.nat({ max: 3_000 })),
    )
    fc.assert(
      fc.property(budgeted, ([people, options, searchBudget]) => {
        const result = solved(formGroups(people, { ...options, searchBudget }))
        const sizes = result.groups.map((g) => g.members.length)
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
        expect(result.groups.flatMap((g) => g.members).sort()).toEqual(people.map((p) => p.id).sort())
        const women = womenIn(people)
        const floor = women >= 2 * sizes.length ? 2 : women >= sizes.length ? 1 : 0
        for (const g of stats(people, result)) {
          expect(g.women).toBeGreaterThanOrEqual(floor)
          if (women < sizes.length) expect(g.women).toBeLessThanOrEqual(1)
        }
      }),
      runs,
    )
  })

  it('picks facilitator and rapporteur among the group members, volunteers only, and never the same person', () => {
    fc.assert(
      fc.property(caseArb, ([people, options]) => {
        const byId = new Map(people.map((p) => [p.id, p]))
        for (const g of solved(formGroups(people, options)).groups) {
          if (g.facilitator !== null) {
            expect(g.members).toContain(g.facilitator)
            expect(byId.get(g.facilitator)?.facilitatorVolunteer).toBe(true)
          }
          if (g.rapporteur !== null) {
            expect(g.members).toContain(g.rapporteur)
            expect(byId.get(g.rapporteur)?.rapporteurVolunteer).toBe(true)
            expect(g.rapporteur).not.toBe(g.facilitator)
          }
        }
      }),
      runs,
    )
  })
})

describe('formGroups, large cohorts', () => {
  const cohort = (n: number): SolverPerson[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      gender: i % 3 === 0 ? 'woman' : undefined,
      stakeholder: stakeholderGroups[i % stakeholderGroups.length],
      presence: i % 12 === 0 ? 'online' : 'room',
      facilitatorVolunteer: i % 9 === 0,
      rapporteurVolunteer: i % 9 === 4,
    }))

  it('converges on 2,000 people in 40 groups within the default work bound, meeting every soft rule', () => {
    const people = cohort(2_000)
    const together = Array.from({ length: 20 }, (_, k) => [`p${k * 7 + 1}`, `p${k * 7 + 2}`, `p${k * 7 + 3}`])
    const apart = Array.from({ length: 20 }, (_, k) => [`p${k * 5 + 500}`, `p${k * 5 + 501}`, `p${k * 5 + 502}`])
    const searches: { work: number; stoppedEarly: boolean }[] = []
    const result = solved(
      formGroups(people, {
        size: { groupCount: 40 },
        online: 'spread',
        together,
        apart,
        seed: 5,
        onSearchEnd: (search) => searches.push(search),
      }),
    )
    expect(searches).toHaveLength(1)
    expect(searches[0]?.stoppedEarly).toBe(false)
    expect(result.unmet).toEqual([])
  })

  it('reports through onSearchEnd when the work bound stopped the search, with the hard rules still held', () => {
    const people = cohort(600)
    const searches: { stoppedEarly: boolean }[] = []
    const options: SolverOptions = { size: { groupCount: 12 }, online: 'spread', seed: 2, searchBudget: 5 }
    const result = solved(formGroups(people, { ...options, onSearchEnd: (search) => searches.push(search) }))
    expect(searches).toMatchObject([{ stoppedEarly: true }])
    for (const g of stats(people, result)) expect(g.women).toBeGreaterThanOrEqual(2)
    expect(new Set(result.groups.map((g) => g.members.length))).toEqual(new Set([50]))
  })

  it('keeps "together" sets together even when the general search cannot try every pair', () => {
    const people = cohort(1_500)
    // Sets of three women: women are placed first and the women rule limits where each may go, so such sets are the
    // ones most at risk of being split.
    const together = Array.from({ length: 20 }, (_, k) => [`p${k * 3}`, `p${k * 3 + 600}`, `p${k * 3 + 1200}`])
    // No budget for the general search at all: only placement and the targeted repair run.
    const result = formGroups(people, {
      size: { groupCount: 30 },
      online: 'spread',
      together,
      seed: 11,
      searchBudget: 0,
    })
    if (!result.ok) throw new Error(result.code)
    expect(result.unmet.filter((u) => u.constraint === 'together')).toEqual([])
    const groupOf = new Map(result.groups.flatMap((g, gi) => g.members.map((m) => [m, gi] as const)))
    for (const set of together) expect(new Set(set.map((id) => groupOf.get(id))).size, set.join()).toBe(1)
  })
})
