/**
 * Screening of group pairs before the search tries any swap between them. Exact: a pair it rejects has no swap
 * that lowers the cost (improve.test.ts checks the search's end state against brute force), so skipping it loses
 * nothing. At 10,000 people in 200 groups almost every pair is rejected after the first few swaps.
 */
import { stakeholderGroups } from '../people.ts'
import type { Candidates } from './candidates.ts'
import { type Grouping, WEIGHT } from './grouping.ts'

/**
 * Whether any swap between groups a and b could lower the cost, judged from their counts alone. The cost is a sum
 * of terms, so a swap lowers it only if some term drops:
 * - an evenness term (women, online in spread mode, each stakeholder group, a keep-apart set): moving one unit of
 *   count c from a group to one with count d changes c² + d² by 2 (d - c) + 2, which is negative only when the
 *   counts differ by two or more;
 * - a keep-together set: only if both groups hold some of its members;
 * - a missing facilitator or online person in one group: only if the other has two (one would leave it short);
 * - a missing rapporteur: only if the other group has a volunteer;
 * - separate mode: only if one group is a room group holding online people and the other an online group holding
 *   room people.
 * A lone woman is fixed only by a woman from a group with three or more, which the evenness test already catches.
 * When none of these holds, no swap helps, so the pair is skipped without trying any.
 *
 * Separate mode adds one case: between an online group holding only online people and a room group holding only
 * room people, every swap trades an online person for a room person and adds two mismatches, so the other terms
 * must be able to drop by more than that (`gainBound`).
 */
export function mayImprove(grouping: Grouping, candidates: Candidates, a: number, b: number): boolean {
  if (setsMayImprove(grouping, candidates, a, b)) return true
  const onlineGroup = grouping.problem.onlineGroup
  if (onlineGroup !== null && onlineGroup[a] !== onlineGroup[b]) {
    const ma = misplaced(grouping, a)
    const mb = misplaced(grouping, b)
    if (ma > 0 && mb > 0) return true
    if (ma === 0 && mb === 0) return gainBound(grouping, a, b) > 2 * WEIGHT.online
  }
  if (differByTwo(grouping.women(a), grouping.women(b))) return true
  for (let s = 0; s < stakeholderGroups.length; s++) {
    if (differByTwo(grouping.stake(a, s), grouping.stake(b, s))) return true
  }
  const fa = grouping.facilitators(a)
  const fb = grouping.facilitators(b)
  if ((fa === 0 && fb >= 2) || (fb === 0 && fa >= 2)) return true
  if (grouping.rapporteurMissing(a) && volunteers(grouping, b) > 0) return true
  if (grouping.rapporteurMissing(b) && volunteers(grouping, a) > 0) return true
  if (onlineGroup !== null) return false
  const oa = grouping.online(a)
  const ob = grouping.online(b)
  return differByTwo(oa, ob) || (oa === 0 && ob >= 2) || (ob === 0 && oa >= 2)
}

/** A together set with members in both groups, or an apart set whose counts in them differ by two or more. */
function setsMayImprove(grouping: Grouping, candidates: Candidates, a: number, b: number): boolean {
  const { members, sets } = grouping.problem
  for (const i of candidates.inSets(a).concat(candidates.inSets(b))) {
    for (const k of members[i]?.sets ?? []) {
      const ca = grouping.setCount(k, a)
      const cb = grouping.setCount(k, b)
      if (sets[k]?.together ? ca > 0 && cb > 0 : differByTwo(ca, cb)) return true
    }
  }
  return false
}

/**
 * The most one swap between a and b can lower their terms other than sets and online placement: each evenness
 * count by 2 (difference - 1) at best, and each penalty a group pays now (lone woman, no facilitator, no
 * rapporteur) by its weight.
 */
function gainBound(grouping: Grouping, a: number, b: number): number {
  let bound = evennessGain(grouping.women(a), grouping.women(b))
  for (let s = 0; s < stakeholderGroups.length; s++) bound += evennessGain(grouping.stake(a, s), grouping.stake(b, s))
  for (const gi of [a, b]) {
    if (grouping.women(gi) === 1) bound += WEIGHT.loneWoman
    if (grouping.facilitators(gi) === 0) bound += WEIGHT.facilitator
    if (grouping.rapporteurMissing(gi)) bound += WEIGHT.rapporteur
  }
  return bound
}

function evennessGain(x: number, y: number): number {
  return WEIGHT.spread * Math.max(0, 2 * (Math.abs(x - y) - 1))
}

function differByTwo(x: number, y: number): boolean {
  return x - y >= 2 || y - x >= 2
}

function volunteers(grouping: Grouping, gi: number): number {
  return grouping.facilitators(gi) + grouping.rapporteurs(gi)
}

/** Separate mode: room people in an online group, or online people in a room group. */
function misplaced(grouping: Grouping, gi: number): number {
  const online = grouping.online(gi)
  return grouping.problem.onlineGroup?.[gi] ? grouping.size(gi) - online : online
}
