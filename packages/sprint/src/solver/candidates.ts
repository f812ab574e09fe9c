/**
 * The search's building blocks: who may move out of a group, and the best swap between two lists of them. Within
 * a group, people with the same signature and no together/apart request are interchangeable, so one stands for
 * all: about 25 candidates in a group of 50.
 */
import type { Grouping } from './grouping.ts'
import { NOBODY, WOMAN } from './traits.ts'

export interface Swap {
  readonly i: number
  readonly j: number
  /** Change in total cost. */
  readonly delta: number
}

/** Per group: every person in a together/apart request, plus one person per signature among the others. */
export class Candidates {
  readonly #grouping: Grouping
  readonly #cache: ({ all: number[]; inSets: number[] } | null)[]
  readonly #seen = new Int32Array(NOBODY)
  #stamp = 0

  constructor(grouping: Grouping) {
    this.#grouping = grouping
    this.#cache = grouping.membersOf.map(() => null)
  }

  of(gi: number): readonly number[] {
    return this.#build(gi).all
  }

  /** Members of gi who are in a together/apart request. */
  inSets(gi: number): readonly number[] {
    return this.#build(gi).inSets
  }

  /** Swaps two people and forgets the candidates of both groups, rebuilt when next asked for. */
  swap(i: number, j: number): void {
    const a = this.#grouping.groupOf[i] ?? -1
    const b = this.#grouping.groupOf[j] ?? -1
    this.#grouping.swap(i, j)
    this.forget(a)
    this.forget(b)
  }

  /** For changes made to the grouping directly. */
  forget(gi: number): void {
    this.#cache[gi] = null
  }

  #build(gi: number): { all: number[]; inSets: number[] } {
    const cached = this.#cache[gi]
    if (cached) return cached
    const { members } = this.#grouping.problem
    const built = { all: [] as number[], inSets: [] as number[] }
    this.#stamp++
    for (const i of this.#grouping.membersOf[gi] ?? []) {
      const m = members[i]
      if (m === undefined) continue
      if (m.sets.length > 0) {
        built.all.push(i)
        built.inSets.push(i)
      } else if (this.#seen[m.sig] !== this.#stamp) {
        this.#seen[m.sig] = this.#stamp
        built.all.push(i)
      }
    }
    this.#cache[gi] = built
    return built
  }
}

/**
 * The swap between a person in `from` and one in `to` (of another group) that lowers the cost most, among those
 * that keep the women rule and change the cost by less than `below`; `null` if none. Also how many were tried.
 */
export function bestSwap(
  grouping: Grouping,
  from: readonly number[],
  to: readonly number[],
  below = 0,
): { swap: Swap | null; tried: number } {
  const { members } = grouping.problem
  let swap: Swap | null = null
  let tried = 0
  for (const i of from) {
    const mi = members[i]
    const a = grouping.groupOf[i] ?? -1
    if (mi === undefined) continue
    for (const j of to) {
      const mj = members[j]
      const b = grouping.groupOf[j] ?? -1
      if (mj === undefined) continue
      const sets = mi.sets.length > 0 || mj.sets.length > 0
      if (mi.sig === mj.sig && !sets) continue // look-alikes: nothing changes
      tried++
      const womenMove = (mi.sig & WOMAN) - (mj.sig & WOMAN)
      if (
        womenMove !== 0 &&
        !(grouping.womenAllowed(grouping.women(a) - womenMove) && grouping.womenAllowed(grouping.women(b) + womenMove))
      ) {
        continue
      }
      let delta =
        grouping.costAfter(a, mi.sig, mj.sig) +
        grouping.costAfter(b, mj.sig, mi.sig) -
        grouping.cost(a) -
        grouping.cost(b)
      if (sets) delta += grouping.setCostToSwap(i, j, a, b)
      if (delta < (swap?.delta ?? below)) swap = { i, j, delta }
    }
  }
  return { swap, tried }
}
