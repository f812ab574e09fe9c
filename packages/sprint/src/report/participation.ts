import type { Gender } from '../people.ts'
import type { SessionState } from '../state.ts'

/** Head counts for section 6 of the report, all derived from the log plus consented gender answers. */
export interface Participation {
  /** Participants whose presence, as last set, is in the room (signed in by code or at the desk). */
  readonly inRoom: number
  readonly online: number
  readonly total: number
  /** Participants who consented to share that they are women. */
  readonly women: number
  /** Participants with any consented gender answer (including "prefer not to say"). */
  readonly genderAnswered: number
  /** Participants with no consented gender answer: they are not counted as women or as anything else. */
  readonly genderNotAnswered: number
  /** Finished turns on the floor, by where the speaker was when called (a turn still running is not counted). */
  readonly interventions: { readonly total: number; readonly fromRoom: number; readonly fromOnline: number }
}

/**
 * Counts who took part, and how, from a session's state. `genderOf` returns a participant's gender only when they
 * consented to its use; nobody's gender is ever guessed.
 *
 * @example
 * participation(state, (id) => profiles.get(id)?.gender).women // 18
 */
export function participation(
  state: SessionState,
  genderOf: (participantId: string) => Gender | undefined,
): Participation {
  let inRoom = 0
  let online = 0
  let women = 0
  let genderAnswered = 0
  for (const id of state.participantOrder) {
    const person = state.participants[id]
    if (person === undefined) continue
    if (person.presence === 'room') inRoom++
    else online++
    const gender = genderOf(id)
    if (gender === undefined) continue
    genderAnswered++
    if (gender === 'woman') women++
  }
  const fromOnline = state.interventions.filter((i) => i.presence === 'online').length
  return {
    inRoom,
    online,
    total: inRoom + online,
    women,
    genderAnswered,
    genderNotAnswered: inRoom + online - genderAnswered,
    interventions: {
      total: state.interventions.length,
      fromRoom: state.interventions.length - fromOnline,
      fromOnline,
    },
  }
}
