/**
 * Greedy placement: each person in turn joins the open group where the cost rises least. The order puts the
 * people with the fewest good places first: women (the hard rule), then people in together/apart requests, then
 * online people and role volunteers, then everyone else.
 */
import type { Grouping } from './grouping.ts'
import type { Member } from './problem.ts'
import { FACILITATOR, NOBODY, ONLINE, RAPPORTEUR, trait, WOMAN } from './traits.ts'

/** Placement order: women, then people in requests, then online people, facilitators, rapporteurs, the rest. */
function rank(m: Member): number {
  if (trait(m.sig, WOMAN) === 1) return 0
  if (m.sets.length > 0) return 1
  const scarce = [ONLINE, FACILITATOR, RAPPORTEUR].findIndex((which) => trait(m.sig, which) === 1)
  return scarce === -1 ? 5 : 2 + scarce
}

export function placeAll(grouping: Grouping, random: () => number): void {
  const { members, caps, womenFloor, women, groups } = grouping.problem
  // Array.prototype.sort is stable: within a rank, the seeded shuffle decides who goes first.
  const order = members.map((m, i) => ({ i, r: rank(m) })).sort((a, b) => a.r - b.r)
  const room = Int32Array.from(caps)
  const open = caps.flatMap((cap, gi) => (cap > 0 ? [gi] : []))
  let womenLeft = women
  // Women still needed to bring every group up to the floor.
  let womenShort = womenFloor * groups

  // A woman may join a group already at the floor only if enough women remain for the groups below it; with fewer
  // women than groups, at most one per group. Within those limits the cost decides, so together sets of women
  // can stay together.
  const womanMayJoin = (gi: number): boolean => {
    const w = grouping.women(gi)
    if (women < groups) return w === 0
    return w < womenFloor || womenLeft - 1 >= womenShort
  }

  for (const { i } of order) {
    const m = members[i]
    if (m === undefined) continue
    const woman = trait(m.sig, WOMAN) === 1
    // Random starting point: equally good groups are chosen by the seed, not always group 0 first.
    const start = Math.floor(random() * open.length)
    let best = -1
    let bestDelta = Number.POSITIVE_INFINITY
    for (let k = 0; k < open.length; k++) {
      const gi = open[(start + k) % open.length] ?? -1
      if (woman && !womanMayJoin(gi)) continue
      const sets = m.sets.length > 0 ? grouping.setCostToJoin(i, gi) : 0
      const delta = grouping.costAfter(gi, NOBODY, m.sig) - grouping.cost(gi) + sets
      if (delta < bestDelta) {
        best = gi
        bestDelta = delta
      }
    }
    if (woman) {
      if (grouping.women(best) < womenFloor) womenShort--
      womenLeft--
    }
    grouping.place(i, best)
    room[best] = (room[best] ?? 0) - 1
    if (room[best] === 0) open.splice(open.indexOf(best), 1)
  }
}
