import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Assignment, nextRotation } from './rotation.ts'

function rotate(
  groupCount: number,
  previous: readonly Assignment[],
  seed = 1,
): { assignment: Assignment; repeats: number } {
  const result = nextRotation(groupCount, previous, seed)
  if (!result.ok) throw new Error(`unexpected ${result.code}`)
  return { assignment: result.assignment, repeats: result.repeats }
}

/** Runs `rounds` rotations in a row, each one fed the history so far. */
function history(groupCount: number, rounds: number, seed = 1): Assignment[] {
  const done: Assignment[] = []
  for (let r = 0; r < rounds; r++) done.push(rotate(groupCount, done, seed + r).assignment)
  return done
}

function isPermutation(a: Assignment, n: number): boolean {
  return a.length === n && [...a].sort((x, y) => x - y).every((d, i) => d === i)
}

function repeatsOf(a: Assignment, previous: readonly Assignment[]): number {
  return a.filter((d, g) => previous.some((round) => round[g] === d)).length
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]]
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  )
}

/** Brute force: the fewest repeats over every derangement of n. */
function bruteForceFewest(n: number, previous: readonly Assignment[]): number {
  return Math.min(
    ...permutations(n)
      .filter((p) => p.every((d, g) => d !== g))
      .map((p) => repeatsOf(p, previous)),
  )
}

/** A group count with a history of earlier rounds: either arbitrary permutations or a real chain of rotations. */
const scenario = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    previous: fc.oneof(
      fc.array(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), { maxLength: n + 2 }),
      fc.tuple(fc.integer({ min: 0, max: n + 2 }), fc.integer()).map(([rounds, seed]) => history(n, rounds, seed)),
    ),
    seed: fc.integer(),
  }),
)

describe('nextRotation', () => {
  it('starts five groups with the shift by one ("take the design of the group to your right")', () => {
    expect(nextRotation(5, [], 42)).toEqual({ ok: true, assignment: [1, 2, 3, 4, 0], repeats: 0 })
  })

  it('gives five groups a second rotation that repeats nothing', () => {
    const first = rotate(5, [])
    const second = rotate(5, [first.assignment])
    expect(second).toEqual({ assignment: [2, 3, 4, 0, 1], repeats: 0 })
  })

  it('runs out of fresh designs after n − 1 rotations and reports the repeats of the n-th', () => {
    const rounds = history(5, 4)
    expect(rounds.map((a) => repeatsOf(a, []))).toEqual([0, 0, 0, 0])
    // Every group has now seen all four other designs, so any derangement repeats for all five groups.
    const fifth = rotate(5, rounds)
    expect(fifth.repeats).toBe(5)
    expect(fifth.assignment).toEqual([1, 2, 3, 4, 0])
  })

  it('swaps two groups, and then has to repeat the swap', () => {
    expect(nextRotation(2, [], 0)).toEqual({ ok: true, assignment: [1, 0], repeats: 0 })
    expect(nextRotation(2, [[1, 0]], 0)).toEqual({ ok: true, assignment: [1, 0], repeats: 2 })
  })

  it('leaves the cyclic shifts when every shift repeats but another rotation does not', () => {
    // After [1,3,0,2]: shift 1 repeats 0→1, shift 2 repeats 1→3 and 2→0, shift 3 repeats 3→2. Of the nine
    // derangements of 4 only [3,2,1,0] and [2,0,3,1] share no pair with it; the seed picks one of them.
    const previous: Assignment[] = [[1, 3, 0, 2]]
    for (const seed of [0, 1, 2, 3]) {
      const { assignment, repeats } = rotate(4, previous, seed)
      expect(repeats).toBe(0)
      expect([
        [3, 2, 1, 0],
        [2, 0, 3, 1],
      ]).toContainEqual(assignment)
    }
  })

  it('ignores history entries outside the groups', () => {
    expect(nextRotation(3, [[7, -1, 2.5, 1]], 0)).toEqual({ ok: true, assignment: [1, 2, 0], repeats: 0 })
  })

  it.each([1, 0, -3, 2.5, Number.NaN])('returns ROTATION_TOO_FEW_GROUPS for %s groups', (groupCount) => {
    const result = nextRotation(groupCount, [], 0)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.code).toBe('ROTATION_TOO_FEW_GROUPS')
  })

  describe('properties (n in 2..12, up to n + 2 earlier rounds)', () => {
    it('is always a permutation and a derangement, and counts its repeats correctly', () => {
      fc.assert(
        fc.property(scenario, ({ n, previous, seed }) => {
          const { assignment, repeats } = rotate(n, previous, seed)
          expect(isPermutation(assignment, n)).toBe(true)
          expect(assignment.every((d, g) => d !== g)).toBe(true)
          expect(repeats).toBe(repeatsOf(assignment, previous))
        }),
      )
    })

    it('has the fewest repeats, as brute force over all derangements confirms for n ≤ 6', () => {
      fc.assert(
        fc.property(
          scenario.filter(({ n }) => n <= 6),
          ({ n, previous, seed }) => {
            expect(rotate(n, previous, seed).repeats).toBe(bruteForceFewest(n, previous))
          },
        ),
      )
    })

    it('prefers the shift by one whenever it has the fewest repeats', () => {
      fc.assert(
        fc.property(scenario, ({ n, previous, seed }) => {
          const shiftByOne = Array.from({ length: n }, (_, g) => (g + 1) % n)
          const { assignment, repeats } = rotate(n, previous, seed)
          if (repeatsOf(shiftByOne, previous) === repeats) expect(assignment).toEqual(shiftByOne)
        }),
      )
    })

    it('is deterministic for a seed', () => {
      fc.assert(
        fc.property(scenario, ({ n, previous, seed }) => {
          expect(nextRotation(n, previous, seed)).toEqual(nextRotation(n, previous, seed))
        }),
      )
    })
  })
})
