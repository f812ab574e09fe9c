import { formGroups, type SolverPerson } from '@blockgov/sprint'
import { afterAll, describe, expect, it } from 'vitest'
import { GroupSolver } from './group-solver.ts'

const people: SolverPerson[] = Array.from({ length: 40 }, (_, i) => ({
  id: `p${i}`,
  gender: i % 3 === 0 ? 'woman' : undefined,
  presence: i % 5 === 0 ? 'online' : 'room',
  facilitatorVolunteer: i % 7 === 0,
  rapporteurVolunteer: i % 11 === 0,
}))

describe('GroupSolver (worker thread)', () => {
  const solver = new GroupSolver()
  afterAll(() => solver.close())

  it('gives the same groups as the solver run inline, for concurrent requests', async () => {
    const options = { size: { groupCount: 5 }, online: 'spread', together: [], apart: [], seed: 42 } as const
    const other = { ...options, seed: 7 }
    const [a, b] = await Promise.all([solver.solve({ people, options }), solver.solve({ people, options: other })])
    expect(a).toEqual(formGroups(people, options))
    expect(b).toEqual(formGroups(people, other))
  })

  it('starts again after being closed', async () => {
    await solver.close()
    const options = { size: { targetSize: 8 }, online: 'spread', together: [], apart: [], seed: 1 } as const
    const result = await solver.solve({ people, options })
    expect(result.ok && result.groups.length).toBe(5)
  })
})
