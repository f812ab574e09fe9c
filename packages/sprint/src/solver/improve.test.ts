import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { genders, stakeholderGroups } from '../people.ts'
import { mulberry32 } from '../prng.ts'
import type { SolverOptions, SolverPerson } from '../solver.ts'
import { Grouping } from './grouping.ts'
import { improve, repairSets } from './improve.ts'
import { placeAll } from './place.ts'
import { buildProblem } from './problem.ts'

function solve(people: readonly SolverPerson[], options: SolverOptions, groups: number) {
  const random = mulberry32(options.seed)
  const grouping = new Grouping(buildProblem(people, options, groups, random))
  placeAll(grouping, random)
  repairSets(grouping)
  return { grouping, search: improve(grouping, Number.POSITIVE_INFINITY) }
}

/** The best single swap by brute force over every pair of people in different groups (0 when none helps). */
function bestSwapByBruteForce(grouping: Grouping): number {
  const n = grouping.problem.members.length
  const before = grouping.totalCost()
  let best = 0
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const [a, b] = [grouping.groupOf[i] ?? -1, grouping.groupOf[j] ?? -1]
      if (a === b) continue
      grouping.swap(i, j)
      const allowed = grouping.womenAllowed(grouping.women(a)) && grouping.womenAllowed(grouping.women(b))
      best = allowed ? Math.min(best, grouping.totalCost() - before) : best
      grouping.swap(i, j)
    }
  }
  return best
}

const cohortArb = fc
  .array(
    fc.record({
      gender: fc.option(fc.constantFrom(...genders, 'woman' as const), { nil: undefined }),
      stakeholder: fc.option(fc.constantFrom(...stakeholderGroups), { nil: undefined }),
      presence: fc.constantFrom('room' as const, 'online' as const),
      facilitatorVolunteer: fc.boolean(),
      rapporteurVolunteer: fc.boolean(),
    }),
    { minLength: 2, maxLength: 36 },
  )
  .chain((raw) => {
    const people: SolverPerson[] = raw.map((p, i) => ({ id: `p${i}`, ...p }))
    const ids = people.map((p) => p.id)
    const sets = fc.array(fc.subarray(ids, { minLength: 2, maxLength: Math.min(4, ids.length) }), { maxLength: 3 })
    return fc.record({
      people: fc.constant(people),
      groups: fc.integer({ min: 2, max: Math.max(2, Math.floor(ids.length / 2)) }),
      online: fc.constantFrom('spread' as const, 'separate' as const),
      together: sets,
      apart: sets,
      seed: fc.integer(),
    })
  })

describe('improve', () => {
  it('ends where no single swap lowers the cost, so skipping screened-out pairs and look-alikes loses nothing', () => {
    fc.assert(
      fc.property(cohortArb, ({ people, groups, ...rest }) => {
        const options: SolverOptions = { size: { groupCount: groups }, ...rest }
        const { grouping, search } = solve(people, options, groups)
        expect(search.stoppedEarly).toBe(false)
        expect(bestSwapByBruteForce(grouping)).toBe(0)
      }),
      { numRuns: 150 },
    )
  })

  it('moves a keep-together pair as a block when no single swap can help', () => {
    // Separate mode, 8 people, 5 online: one online group of 4 (group 1). Nobody differs in anything but presence.
    const person = (id: string, online: boolean): SolverPerson => ({
      id,
      presence: online ? 'online' : 'room',
      facilitatorVolunteer: false,
      rapporteurVolunteer: false,
    })
    const online = ['o1', 'o2', 'o3', 'o4', 'o5'].map((id) => person(id, true))
    const room = ['r1', 'r2', 'r3'].map((id) => person(id, false))
    const options: SolverOptions = { size: { groupCount: 2 }, online: 'separate', together: [['o1', 'r1']], seed: 1 }
    const problem = buildProblem([...online, ...room], options, 2, mulberry32(1))
    expect(problem.onlineGroup).toEqual([false, true])
    const grouping = new Grouping(problem)
    const index = (id: string) => problem.members.findIndex((m) => m.id === id)
    // The pair sits in the online group with a room person; two online people are left in the room group. Any
    // single swap either splits the pair (+120) or mixes more (+80), so only moving the pair together helps.
    for (const id of ['o1', 'r1', 'o2', 'o3']) grouping.place(index(id), 1)
    for (const id of ['o4', 'o5', 'r2', 'r3']) grouping.place(index(id), 0)
    expect(bestSwapByBruteForce(grouping)).toBe(0)
    const before = grouping.totalCost()

    const search = improve(grouping, Number.POSITIVE_INFINITY)

    expect(grouping.totalCost()).toBe(before - 80)
    expect([grouping.groupOf[index('o1')], grouping.groupOf[index('r1')]]).toEqual([0, 0])
    expect(search).toMatchObject({ swaps: 2, stoppedEarly: false })
  })

  it('stops when the work bound is spent, and says so', () => {
    const people = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      stakeholder: stakeholderGroups[i % 3],
      presence: 'room' as const,
      facilitatorVolunteer: i % 4 === 0,
      rapporteurVolunteer: false,
    }))
    const random = mulberry32(3)
    const signatureOf = (i: number) => grouping.problem.members[i]?.sig ?? 0
    const grouping = new Grouping(
      buildProblem(people, { size: { groupCount: 4 }, online: 'spread', seed: 3 }, 4, random),
    )
    // People sorted by stakeholder group and dealt in blocks of ten: groups as uniform as they can be, so the
    // search has plenty to do.
    const byStake = [...grouping.problem.members.keys()].sort((i, j) => signatureOf(i) - signatureOf(j))
    for (const [rank, i] of byStake.entries()) grouping.place(i, Math.floor(rank / 10))
    expect(improve(grouping, 3)).toMatchObject({ stoppedEarly: true })
    expect(improve(grouping, Number.POSITIVE_INFINITY)).toMatchObject({ stoppedEarly: false })
  })
})
