import { mulberry32 } from './prng.ts'

/**
 * Design rotation between break-out groups: after a sprint each group moves on to iterate on another group's
 * design. Pure: the seed only breaks ties, so replaying the same inputs gives the same rotation.
 */

/**
 * `assignment[g]` is the index of the design (the original group's board) that group `g` works on in that round.
 * Round 0 is the identity (each group on its own design) and is never stored.
 */
export type Assignment = readonly number[]

/** Outcome of {@link nextRotation}: the rotation and how many (group, design) pairs it repeats, or why none exists. */
export type RotationResult =
  | { readonly ok: true; readonly assignment: Assignment; readonly repeats: number }
  | { readonly ok: false; readonly code: 'ROTATION_TOO_FEW_GROUPS'; readonly reason: string }

/**
 * Next rotation for `groupCount` groups, given the earlier rotations (without the identity round 0).
 *
 * The result is a derangement (no group gets its own design) and a permutation (no design is taken by two
 * groups), with the fewest (group, design) pairs that already occurred in `previous`; `repeats` counts them.
 * Among equally good rotations a cyclic shift `g -> (g + k) mod n` with the smallest `k` wins, because "take the
 * design of the group to your right" is what facilitators expect; only when no shift is as good does `seed`
 * pick among the optimal rotations. Entries of `previous` outside `0..groupCount-1` are ignored.
 *
 * @example
 * nextRotation(3, [], 7) // { ok: true, assignment: [1, 2, 0], repeats: 0 }
 * nextRotation(3, [[1, 2, 0]], 7) // { ok: true, assignment: [2, 0, 1], repeats: 0 }
 * nextRotation(1, [], 7) // { ok: false, code: 'ROTATION_TOO_FEW_GROUPS', reason: '…' }
 */
export function nextRotation(groupCount: number, previous: readonly Assignment[], seed: number): RotationResult {
  if (!Number.isInteger(groupCount) || groupCount < 2) {
    return {
      ok: false,
      code: 'ROTATION_TOO_FEW_GROUPS',
      reason: `Rotation needs at least 2 groups so that none keeps its own design; got ${groupCount}.`,
    }
  }
  const seen = seenPairs(groupCount, previous)
  const optimal = minimalRepeatDerangement(groupCount, seen, seed)
  const fewest = countRepeats(optimal, seen)
  for (let k = 1; k < groupCount; k++) {
    const shift = cyclicShift(groupCount, k)
    if (countRepeats(shift, seen) === fewest) return { ok: true, assignment: shift, repeats: fewest }
  }
  return { ok: true, assignment: optimal, repeats: fewest }
}

function seenPairs(n: number, previous: readonly Assignment[]): readonly ReadonlySet<number>[] {
  const seen = Array.from({ length: n }, () => new Set<number>())
  for (const round of previous) {
    round.forEach((design, group) => {
      if (Number.isInteger(design) && design >= 0 && design < n) seen[group]?.add(design)
    })
  }
  return seen
}

function countRepeats(assignment: Assignment, seen: readonly ReadonlySet<number>[]): number {
  let repeats = 0
  assignment.forEach((design, group) => {
    if (seen[group]?.has(design)) repeats++
  })
  return repeats
}

function cyclicShift(n: number, k: number): Assignment {
  return Array.from({ length: n }, (_, g) => (g + k) % n)
}

/**
 * An exact minimum via the assignment problem rather than a heuristic search, so `repeats` is optimal for any
 * group count in O(n³). Cost per pair: 1 if it repeats, plus seeded noise below 1/(n+1) to break ties; the noise
 * of a whole assignment stays below 1, so it can never outweigh one repeat. Keeping a group on its own design
 * costs more than any derangement (at most n repeats + noise), and a derangement exists for n ≥ 2.
 */
function minimalRepeatDerangement(n: number, seen: readonly ReadonlySet<number>[], seed: number): Assignment {
  const random = mulberry32(seed)
  const forbidden = n + 2
  const cost = Array.from({ length: n }, (_, g) =>
    Array.from({ length: n }, (_, d) => (g === d ? forbidden : (seen[g]?.has(d) ? 1 : 0) + random() / (n + 1))),
  )
  return solveAssignment(cost)
}

/**
 * Hungarian algorithm (Kuhn–Munkres with potentials, 1-indexed with a dummy column 0) for a square cost matrix;
 * returns, for each row, the column of a minimum-cost perfect matching.
 */
function solveAssignment(cost: readonly (readonly number[])[]): Assignment {
  const n = cost.length
  const u = new Array<number>(n + 1).fill(0)
  const v = new Array<number>(n + 1).fill(0)
  const rowOf = new Array<number>(n + 1).fill(0) // rowOf[j]: row matched to column j (0 = none)
  const way = new Array<number>(n + 1).fill(0)
  for (let i = 1; i <= n; i++) {
    rowOf[0] = i
    let j0 = 0
    const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY)
    const used = new Array<boolean>(n + 1).fill(false)
    do {
      used[j0] = true
      const i0 = at(rowOf, j0)
      let delta = Number.POSITIVE_INFINITY
      let j1 = 0
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue
        const reduced = at(at(cost, i0 - 1), j - 1) - at(u, i0) - at(v, j)
        if (reduced < at(minv, j)) {
          minv[j] = reduced
          way[j] = j0
        }
        if (at(minv, j) < delta) {
          delta = at(minv, j)
          j1 = j
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          const row = at(rowOf, j)
          u[row] = at(u, row) + delta
          v[j] = at(v, j) - delta
        } else {
          minv[j] = at(minv, j) - delta
        }
      }
      j0 = j1
    } while (at(rowOf, j0) !== 0)
    do {
      const j1 = at(way, j0)
      rowOf[j0] = at(rowOf, j1)
      j0 = j1
    } while (j0 !== 0)
  }
  const assignment = new Array<number>(n).fill(0)
  for (let j = 1; j <= n; j++) assignment[at(rowOf, j) - 1] = j - 1
  return assignment
}

/** Checked index: an out-of-range read here is a bug in the algorithm, not an expected outcome. */
function at<T>(xs: readonly T[], i: number): T {
  const x = xs[i]
  if (x === undefined) throw new RangeError(`rotation: index ${i} out of range ${xs.length}`)
  return x
}
