/**
 * Local search. Every change is a swap between two groups, so sizes never change; swaps are checked against the
 * women rule and kept only when they strictly lower the cost, so the search ends. A work bound stops it early on
 * very large inputs, and that is reported.
 *
 * What makes it fast: it works on group pairs rather than person pairs; it tries one person per signature per
 * group (`candidates.ts`); it skips group pairs whose counts show no swap can help (`screen.ts`); and after the
 * first pass only pairs with a group that changed are looked at again. When no single swap helps, keep-together
 * sets are tried as blocks (`#moveBlocks`), then the pair search resumes if one moved.
 */
import { bestSwap, Candidates, type Swap } from './candidates.ts'
import type { Grouping } from './grouping.ts'
import { mayImprove } from './screen.ts'

/** What the search did: `work` (swaps evaluated plus group pairs screened), swaps made, and whether the bound hit. */
export interface SearchReport {
  readonly work: number
  readonly swaps: number
  readonly stoppedEarly: boolean
}

export function improve(grouping: Grouping, budget: number): SearchReport {
  return new Search(grouping, budget).run()
}

/**
 * Targeted repair of together/apart requests, independent of the search's work bound: each member of a request
 * that is not met and who is on the wrong side of it (away from another member of a together set, or sharing a
 * group with another member of an apart set) takes the best improving swap with anyone in another group. The work
 * is bounded by the requests' sizes times the number of people.
 */
export function repairSets(grouping: Grouping): void {
  const { sets, groups } = grouping.problem
  const candidates = new Candidates(grouping)
  for (const [k, set] of sets.entries()) {
    for (const i of set.members) {
      const a = grouping.groupOf[i] ?? -1
      const misplaced = set.together ? grouping.setCount(k, a) < set.members.length : grouping.setCount(k, a) >= 2
      if (!misplaced) continue
      let best: Swap | null = null
      for (let b = 0; b < groups; b++) {
        if (b === a) continue
        const { swap } = bestSwap(grouping, [i], candidates.of(b))
        if (swap !== null && (best === null || swap.delta < best.delta)) best = swap
      }
      if (best !== null) candidates.swap(best.i, best.j)
    }
  }
}

class Search {
  readonly #grouping: Grouping
  readonly #candidates: Candidates
  readonly #budget: number
  #work = 0
  #swaps = 0
  /** Groups changed since the pairs they belong to were last searched. */
  #changed: Uint8Array

  constructor(grouping: Grouping, budget: number) {
    this.#grouping = grouping
    this.#candidates = new Candidates(grouping)
    this.#budget = budget
    this.#changed = new Uint8Array(grouping.problem.groups).fill(1)
  }

  run(): SearchReport {
    for (;;) {
      if (!this.#swapPairs()) return this.#report(true)
      const moved = this.#moveBlocks()
      if (moved === null) return this.#report(true)
      if (!moved) return this.#report(false)
    }
  }

  #report(stoppedEarly: boolean): SearchReport {
    return { work: this.#work, swaps: this.#swaps, stoppedEarly }
  }

  /** Counts `work`; false once the budget is spent. */
  #spend(work: number): boolean {
    this.#work += work
    return this.#work <= this.#budget
  }

  /** Best swaps between pairs of groups until none helps; false if the budget ran out first. */
  #swapPairs(): boolean {
    const g = this.#grouping.problem.groups
    while (this.#changed.includes(1)) {
      const before = this.#changed
      this.#changed = new Uint8Array(g)
      const changed = this.#changed
      for (let a = 0; a < g; a++) {
        for (let b = a + 1; b < g; b++) {
          if (!(before[a] || before[b] || changed[a] || changed[b])) continue
          if (!this.#spend(1)) return false
          if (!mayImprove(this.#grouping, this.#candidates, a, b)) continue
          for (;;) {
            const { swap, tried } = bestSwap(this.#grouping, this.#candidates.of(a), this.#candidates.of(b))
            if (!this.#spend(tried)) return false
            if (swap === null) break
            this.#apply(swap)
          }
        }
      }
    }
    return true
  }

  /**
   * Moves a keep-together set's members that share a group, as a block, to another group when that lowers the
   * cost. A single swap cannot do it without first splitting the set, which the pair search never accepts: in
   * separate mode, for instance, an online person kept with a room person in an online group is stuck there
   * otherwise. Each member in turn takes the best swap into the other group (even a costly one); the whole move
   * is undone unless its total lowers the cost. A heuristic, unlike the pair search: it tries each member's best
   * swap in turn, not every combination. Returns whether any block moved, `null` if the budget ran out.
   */
  #moveBlocks(): boolean | null {
    const grouping = this.#grouping
    let moved = false
    for (const [k, set] of grouping.problem.sets.entries()) {
      if (!set.together) continue
      const homes = [...new Set(set.members.map((i) => grouping.groupOf[i] ?? -1))]
      for (const a of homes) {
        if (grouping.setCount(k, a) < 2) continue
        const block = set.members.filter((i) => grouping.groupOf[i] === a)
        for (let b = 0; b < grouping.problem.groups; b++) {
          if (b === a) continue
          // Moving a block is several swaps at once, and the same counts that rule out any single swap between
          // the two groups make those unpromising too; only joining other members of the set adds a reason.
          if (!this.#spend(1)) return null
          if (grouping.setCount(k, b) === 0 && !mayImprove(grouping, this.#candidates, a, b)) continue
          const result = this.#tryBlock(block, a, b)
          if (result === null) return null
          if (result) {
            moved = true
            break
          }
        }
      }
    }
    return moved
  }

  /**
   * Swaps each of `block` from group a into group b; keeps the swaps if together they lower the cost. `null` when
   * the budget ran out (the grouping is then left as it was).
   */
  #tryBlock(block: readonly number[], a: number, b: number): boolean | null {
    // Trying a block is frequent and rarely kept, so it swaps the grouping directly and keeps its own list of
    // partners rather than rebuilding the candidate cache: a partner who moves out is replaced by a look-alike.
    const partners = this.#candidates.of(b).filter((j) => !block.includes(j))
    const made: Swap[] = []
    let total = 0
    let spent = false
    for (const i of block) {
      const { swap, tried } = bestSwap(this.#grouping, [i], partners, Number.POSITIVE_INFINITY)
      spent = !this.#spend(tried)
      if (spent || swap === null) break
      this.#grouping.swap(swap.i, swap.j)
      const next = this.#lookAlike(swap.j, b)
      partners.splice(partners.indexOf(swap.j), 1, ...(next === undefined ? [] : [next]))
      made.push(swap)
      total += swap.delta
    }
    if (!spent && made.length === block.length && total < 0) {
      this.#changed[a] = 1
      this.#changed[b] = 1
      this.#candidates.forget(a)
      this.#candidates.forget(b)
      this.#swaps += made.length
      return true
    }
    // Undo in reverse order: the same people in the same groups, so the counts, costs and candidates are as before.
    for (const swap of made.reverse()) this.#grouping.swap(swap.i, swap.j)
    return spent ? null : false
  }

  /** Someone in group gi with person j's signature and no together/apart request, if any. */
  #lookAlike(j: number, gi: number): number | undefined {
    const { members } = this.#grouping.problem
    const sig = members[j]?.sig
    if (members[j]?.sets.length !== 0) return undefined
    return this.#grouping.membersOf[gi]?.find((k) => members[k]?.sig === sig && members[k]?.sets.length === 0)
  }

  #apply(swap: Swap): void {
    this.#changed[this.#grouping.groupOf[swap.i] ?? -1] = 1
    this.#changed[this.#grouping.groupOf[swap.j] ?? -1] = 1
    this.#candidates.swap(swap.i, swap.j)
    this.#swaps++
  }
}
