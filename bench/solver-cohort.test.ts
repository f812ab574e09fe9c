import { formGroups } from '@blockgov/sprint'
import { describe, expect, it } from 'vitest'
import { checkHardRules, makeCohort, naiveGroups, type Person, softCost } from './solver-cohort.ts'
import { summarise } from './sprint-fanout/stats.ts'

describe('bench helpers', () => {
  it('makes a deterministic cohort with disjoint together/apart sets', () => {
    const a = makeCohort(200, 1)
    expect(makeCohort(200, 1)).toEqual(a)
    const ids = [...a.together, ...a.apart].flat()
    expect(new Set(ids).size).toBe(ids.length)
    expect(a.people.filter((p) => p.gender === 'woman').length).toBeGreaterThan(40)
  })

  it('baseline chunks are balanced and the checker accepts the solver and rejects a broken grouping', () => {
    const { people, together, apart } = makeCohort(120, 2)
    const chunks = naiveGroups(people, 7, 3)
    expect(chunks.map((c) => c.length).sort()).toEqual([17, 17, 17, 17, 17, 17, 18])
    const solved = formGroups(people, { size: { groupCount: 6 }, online: 'spread', together, apart, seed: 1 })
    if (!solved.ok) throw new Error(solved.reason)
    expect(checkHardRules(people, solved.groups, 6)).toEqual({ ok: true })
    const lopsided = [
      { members: people.slice(0, 100).map((p) => p.id) },
      { members: people.slice(100).map((p) => p.id) },
    ]
    expect(checkHardRules(people, lopsided, 2).ok).toBe(false)
  })

  it('recomputes the solver objective from groups, and the solver beats shuffle-and-chunk on it', () => {
    const person = (id: string, traits: Partial<Person>): Person => ({
      id,
      presence: 'room',
      facilitatorVolunteer: false,
      rapporteurVolunteer: false,
      ...traits,
    })
    const people = [
      person('a', { gender: 'woman', presence: 'online', facilitatorVolunteer: true }),
      person('b', { gender: 'man', stakeholder: 'government', rapporteurVolunteer: true }),
      person('c', { gender: 'woman' }),
      person('d', { gender: 'man' }),
    ]
    // Group 1: 1 woman (1, +10 alone), 1 online (1), 1 government (1), both roles: 13. Group 2: 1 woman (1, +10),
    // nobody online (+40), no facilitator (+30), no rapporteur (+20): 101. The together and apart pairs are each
    // split: -60 × 2 and +60 × 2.
    const groups = [{ members: ['a', 'b'] }, { members: ['c', 'd'] }]
    expect(softCost(people, groups, { together: [['a', 'c']], apart: [['b', 'd']] })).toBe(114)

    const cohort = makeCohort(300, 4)
    const solved = formGroups(cohort.people, { size: { groupCount: 15 }, online: 'spread', ...cohort, seed: 2 })
    if (!solved.ok) throw new Error(solved.reason)
    const naive = naiveGroups(cohort.people, 15, 2).map((members) => ({ members }))
    expect(softCost(cohort.people, solved.groups, cohort)).toBeLessThan(softCost(cohort.people, naive, cohort))
  })

  it('summarises latencies by rank', () => {
    const s = summarise(Array.from({ length: 100 }, (_, i) => i + 1))
    expect(s).toEqual({ p50: 51, p99: 100, max: 100, count: 100 })
    expect(summarise([]).count).toBe(0)
  })
})
