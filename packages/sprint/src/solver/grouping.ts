/**
 * Who is in which group, the running counts per group, and the cost those counts imply. The cost of a group is a
 * function of its counts only, so the cost of a change is computed from the counts without applying it: placing
 * and the swap search only ever apply changes they keep.
 */
import { stakeholderGroups } from '../people.ts'
import type { Problem } from './problem.ts'
import { BOTH_ROLES, FACILITATOR, NOBODY, ONLINE, RAPPORTEUR, stakeOf, trait, WOMAN } from './traits.ts'

/**
 * Weights order the soft rules: explicit organiser requests first, then the online channel, roles, lone women,
 * and finally evenness (stakeholders, women, online people), which only breaks ties between the others.
 */
export const WEIGHT = { together: 60, apart: 60, online: 40, facilitator: 30, rapporteur: 20, loneWoman: 10, spread: 1 }

// Offsets of one group's counts in `Grouping.#counts`. STAKE_SQ caches the sum of squared stakeholder counts.
const SIZE = 0
const WOMEN = 1
const ONLINE_N = 2
const FAC = 3
const RAP = 4
const BOTH = 5
const STAKE_SQ = 6
const STAKE = 7
const STRIDE = STAKE + stakeholderGroups.length

export class Grouping {
  readonly problem: Problem
  /** Group of each person, -1 while unplaced. */
  readonly groupOf: Int32Array
  /** Members of each group, in no particular order. */
  readonly membersOf: number[][]
  readonly #counts: Int32Array
  readonly #cost: Float64Array
  /** Set k's members in group gi at `k * groups + gi`. */
  readonly #setCount: Int32Array
  /** Lone women cost only when there are enough women to avoid them (see `womenAllowed`). */
  readonly #loneWomenAvoidable: boolean

  constructor(problem: Problem) {
    const g = problem.groups
    this.problem = problem
    this.groupOf = new Int32Array(problem.members.length).fill(-1)
    this.membersOf = Array.from({ length: g }, () => [])
    this.#counts = new Int32Array(g * STRIDE)
    this.#setCount = new Int32Array(problem.sets.length * g)
    this.#loneWomenAvoidable = problem.women >= g
    this.#cost = Float64Array.from({ length: g }, (_, gi) => this.#price(gi, 0, 0, 0, 0, 0, 0, 0))
  }

  women(gi: number): number {
    return this.#count(gi, WOMEN)
  }
  online(gi: number): number {
    return this.#count(gi, ONLINE_N)
  }
  size(gi: number): number {
    return this.#count(gi, SIZE)
  }
  facilitators(gi: number): number {
    return this.#count(gi, FAC)
  }
  rapporteurs(gi: number): number {
    return this.#count(gi, RAP)
  }
  stake(gi: number, s: number): number {
    return this.#count(gi, STAKE + s)
  }
  /** Members per stakeholder group, in `stakeholderGroups` order. */
  stakes(gi: number): number[] {
    return stakeholderGroups.map((_, s) => this.stake(gi, s))
  }
  setCount(k: number, gi: number): number {
    return this.#setCount[k * this.problem.groups + gi] ?? 0
  }
  /** The group's cost without its together/apart terms (those are added per set). */
  cost(gi: number): number {
    return this.#cost[gi] ?? 0
  }

  /** The cost of the whole grouping, together/apart terms included: what placing and searching lower. */
  totalCost(): number {
    let total = 0
    for (let gi = 0; gi < this.problem.groups; gi++) {
      total += this.cost(gi)
      for (const [k] of this.problem.sets.entries()) total += this.#setWeight(k) * this.setCount(k, gi) ** 2
    }
    return total
  }

  /** Hard women rule for a group holding `women` women: the floor, and at most one each when women are scarce. */
  womenAllowed(women: number): boolean {
    return women >= this.problem.womenFloor && (this.#loneWomenAvoidable || women <= 1)
  }

  /** Whether group gi lacks a rapporteur volunteer other than its facilitator. */
  rapporteurMissing(gi: number): boolean {
    return rapporteurMissing(this.#count(gi, FAC), this.#count(gi, RAP), this.#count(gi, BOTH))
  }

  /**
   * Cost of group gi if a person with signature `leaving` left it and one with `joining` joined (`NOBODY` for
   * none). The hot path of placing and searching: straight-line arithmetic, no closures (which tsx would wrap).
   */
  costAfter(gi: number, leaving: number, joining: number): number {
    const o = gi * STRIDE
    const c = this.#counts
    const size = (c[o + SIZE] ?? 0) - (leaving === NOBODY ? 0 : 1) + (joining === NOBODY ? 0 : 1)
    const women = (c[o + WOMEN] ?? 0) - trait(leaving, WOMAN) + trait(joining, WOMAN)
    const online = (c[o + ONLINE_N] ?? 0) - trait(leaving, ONLINE) + trait(joining, ONLINE)
    const fac = (c[o + FAC] ?? 0) - trait(leaving, FACILITATOR) + trait(joining, FACILITATOR)
    const rap = (c[o + RAP] ?? 0) - trait(leaving, RAPPORTEUR) + trait(joining, RAPPORTEUR)
    const both = (c[o + BOTH] ?? 0) - trait(leaving, BOTH_ROLES) + trait(joining, BOTH_ROLES)
    let stakeSq = c[o + STAKE_SQ] ?? 0
    const out = stakeOf(leaving)
    const into = stakeOf(joining)
    if (out !== into) {
      // (k - 1)² - k² = 1 - 2k and (k + 1)² - k² = 1 + 2k
      if (out >= 0) stakeSq += 1 - 2 * (c[o + STAKE + out] ?? 0)
      if (into >= 0) stakeSq += 1 + 2 * (c[o + STAKE + into] ?? 0)
    }
    return this.#price(gi, size, women, online, fac, rap, both, stakeSq)
  }

  /** Change in together/apart cost if person i joined group gi (from nowhere). */
  setCostToJoin(i: number, gi: number): number {
    let delta = 0
    for (const k of this.problem.members[i]?.sets ?? []) delta += this.#setWeight(k) * (2 * this.setCount(k, gi) + 1)
    return delta
  }

  /**
   * Change in together/apart cost if person i (in group a) and person j (in group b) traded places. A set holding
   * both of them is unaffected.
   */
  setCostToSwap(i: number, j: number, a: number, b: number): number {
    const si = this.problem.members[i]?.sets ?? []
    const sj = this.problem.members[j]?.sets ?? []
    let delta = 0
    for (const k of si) if (!sj.includes(k)) delta += this.#setShift(k, a, b)
    for (const k of sj) if (!si.includes(k)) delta += this.#setShift(k, b, a)
    return delta
  }

  place(i: number, gi: number): void {
    this.#change(i, gi, 1)
    this.groupOf[i] = gi
    this.membersOf[gi]?.push(i)
  }

  /** Person i and person j trade groups. */
  swap(i: number, j: number): void {
    const a = this.groupOf[i] ?? -1
    const b = this.groupOf[j] ?? -1
    this.#leave(i, a)
    this.#leave(j, b)
    this.place(i, b)
    this.place(j, a)
  }

  #leave(i: number, gi: number): void {
    this.#change(i, gi, -1)
    const list = this.membersOf[gi] ?? []
    const at = list.indexOf(i)
    list[at] = list[list.length - 1] ?? i
    list.pop()
    this.groupOf[i] = -1
  }

  /** Adds (d = 1) or removes (d = -1) person i to or from group gi's counts, and refreshes the cached cost. */
  #change(i: number, gi: number, d: 1 | -1): void {
    const m = this.problem.members[i]
    if (m === undefined) return
    const o = gi * STRIDE
    const c = this.#counts
    const s = stakeOf(m.sig)
    if (s >= 0) {
      const k = c[o + STAKE + s] ?? 0
      c[o + STAKE_SQ] = (c[o + STAKE_SQ] ?? 0) + d * (2 * k + d) // (k + d)² - k²
      c[o + STAKE + s] = k + d
    }
    c[o + SIZE] = (c[o + SIZE] ?? 0) + d
    c[o + WOMEN] = (c[o + WOMEN] ?? 0) + d * trait(m.sig, WOMAN)
    c[o + ONLINE_N] = (c[o + ONLINE_N] ?? 0) + d * trait(m.sig, ONLINE)
    c[o + FAC] = (c[o + FAC] ?? 0) + d * trait(m.sig, FACILITATOR)
    c[o + RAP] = (c[o + RAP] ?? 0) + d * trait(m.sig, RAPPORTEUR)
    c[o + BOTH] = (c[o + BOTH] ?? 0) + d * trait(m.sig, BOTH_ROLES)
    for (const k of m.sets) this.#setCount[k * this.problem.groups + gi] = this.setCount(k, gi) + d
    this.#cost[gi] = this.costAfter(gi, NOBODY, NOBODY)
  }

  #count(gi: number, at: number): number {
    return this.#counts[gi * STRIDE + at] ?? 0
  }

  /**
   * Sets cost ∓c² per group: for a fixed set size that is, up to a constant, the number of together-pairs split
   * (or apart-pairs joined), and it stays meaningful while groups are only partly filled.
   */
  #setWeight(k: number): number {
    return this.problem.sets[k]?.together ? -WEIGHT.together : WEIGHT.apart
  }

  /** Change in set k's cost when one of its members moves from group `from` to group `to`. */
  #setShift(k: number, from: number, to: number): number {
    // ((f - 1)² + (t + 1)²) - (f² + t²) = 2 (t - f) + 2
    return this.#setWeight(k) * (2 * (this.setCount(k, to) - this.setCount(k, from)) + 2)
  }

  #price(
    gi: number,
    size: number,
    women: number,
    online: number,
    fac: number,
    rap: number,
    both: number,
    stakeSq: number,
  ): number {
    let c = WEIGHT.spread * (women * women + stakeSq)
    if (women === 1 && this.#loneWomenAvoidable) c += WEIGHT.loneWoman
    const onlineGroup = this.problem.onlineGroup
    if (onlineGroup === null) c += WEIGHT.spread * online * online + (online === 0 ? WEIGHT.online : 0)
    else c += WEIGHT.online * (onlineGroup[gi] ? size - online : online)
    if (fac === 0) c += WEIGHT.facilitator
    if (rapporteurMissing(fac, rap, both)) c += WEIGHT.rapporteur
    return c
  }
}

/** A rapporteur must be a volunteer other than the facilitator: one person volunteering for both fills one role. */
function rapporteurMissing(fac: number, rap: number, both: number): boolean {
  return rap === 0 || (fac > 0 && fac + rap - both < 2)
}
