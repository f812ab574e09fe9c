import type { Actor } from './events.ts'
import type { Card, Group, Participant, SessionState } from './state.ts'
import type { AgendaItem } from './template.ts'

/** The sender of a command as the session knows them. */
export type Sender =
  | { readonly kind: 'organiser' }
  | { readonly kind: 'participant'; readonly participant: Participant; readonly group: Group | null }

/** Resolves an actor to its role here; `null` when they are not part of this session at all. */
export function senderOf(state: SessionState, actor: Actor): Sender | null {
  if (actor.kind === 'organiser') return actor.accountId === state.organiserId ? { kind: 'organiser' } : null
  const participant = state.participants[actor.participantId]
  if (participant === undefined) return null
  const group = state.groups.find((g) => g.id === participant.groupId) ?? null
  return { kind: 'participant', participant, group }
}

/** The group currently working on a design (after rotation it is not the design's original group). */
export function groupWorkingOn(state: SessionState, designId: string): Group | undefined {
  return state.groups.find((g) => g.designId === designId)
}

export function groupOfCard(state: SessionState, card: Card): Group | undefined {
  return groupWorkingOn(state, card.designId)
}

/**
 * The agenda item that is running for `group` (or for the whole room when `group` is null), or null when
 * nothing runs: no phase started, the phase was ended, or this group's part of it was ended.
 */
export function runningItem(state: SessionState, group: Group | null): AgendaItem | null {
  const phase = state.phase
  if (phase === null || phase.endedAt !== null) return null
  if (group !== null && group.endedAt !== null) return null
  return state.agenda[phase.index] ?? null
}

/** Small, stable 32-bit hash (FNV-1a) for deriving seeds from ids, so decisions replay identically. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
