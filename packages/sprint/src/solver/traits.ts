/**
 * The traits the solver's cost depends on, packed into one small integer: a *signature*. Two people with the same
 * signature and no together/apart request are interchangeable, so the search tries one person of each signature
 * per group instead of every member (a group of 50 has about 25 distinct signatures).
 *
 * Layout: bit 0 woman, bit 1 online, bit 2 facilitator volunteer, bit 3 rapporteur volunteer, bits 4–6 the
 * stakeholder group's index + 1 (0: not shared).
 */
import { stakeholderGroups } from '../people.ts'
import type { SolverPerson } from '../solver.ts'

export const WOMAN = 1
export const ONLINE = 2
export const FACILITATOR = 4
export const RAPPORTEUR = 8
const STAKE_SHIFT = 4

/** Stands for "nobody" where a signature is expected (a person joining a group without anyone leaving it). */
export const NOBODY = 1 << 7

/** Volunteers for both roles (they fill only one of them in a group). */
export const BOTH_ROLES = FACILITATOR | RAPPORTEUR

/** 1 when the signature has every bit of `which`, else 0: counts are updated by adding these. */
export function trait(sig: number, which: number): number {
  return (sig & which) === which ? 1 : 0
}

/** Index into `stakeholderGroups`, or -1 when not shared (and for `NOBODY`). */
export function stakeOf(sig: number): number {
  return ((sig >> STAKE_SHIFT) & 7) - 1
}

export function signature(person: SolverPerson): number {
  const stake = person.stakeholder === undefined ? -1 : stakeholderGroups.indexOf(person.stakeholder)
  return (
    (person.gender === 'woman' ? WOMAN : 0) |
    (person.presence === 'online' ? ONLINE : 0) |
    (person.facilitatorVolunteer ? FACILITATOR : 0) |
    (person.rapporteurVolunteer ? RAPPORTEUR : 0) |
    ((stake + 1) << STAKE_SHIFT)
  )
}
