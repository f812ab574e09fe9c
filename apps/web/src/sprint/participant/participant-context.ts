import type { AgendaItem, Group, Participant, SessionState } from '@blockgov/sprint'
import { createContext, use } from 'react'
import type { LiveSession } from '../live-session.ts'

/** What every part of the participant screen reads: the session, who is looking, and what runs now. */
export interface ParticipantContextValue {
  readonly live: LiveSession
  readonly state: SessionState
  readonly meId: string
  readonly me: Participant
  readonly group: Group | null
  /** The agenda item running for my group (or the room, before groups exist); null when none runs. */
  readonly item: AgendaItem | null
}

export const ParticipantContext = createContext<ParticipantContextValue | null>(null)

/**
 * The participant screen's context; only valid inside `<ParticipantContext value=…>`.
 *
 * @example
 * const { state, meId, group } = useParticipant()
 */
export function useParticipant(): ParticipantContextValue {
  const value = use(ParticipantContext)
  if (value === null) throw new Error('useParticipant must be used inside <ParticipantContext>')
  return value
}
