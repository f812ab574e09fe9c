import type { SprintCommandType } from './commands.ts'

/**
 * What a participant needs to be, for a command, beyond being in the session:
 * - `none`: participants may not send it;
 * - `self`: any participant, acting on themselves;
 * - `member`: a member of the group whose board or outcome the command touches;
 * - `lead`: that group's facilitator or rapporteur;
 * - `facilitator`: that group's facilitator;
 * - `author-or-facilitator`: the card's author, or the facilitator of the group working on it.
 */
export type ParticipantRule = 'none' | 'self' | 'member' | 'lead' | 'facilitator' | 'author-or-facilitator'

export interface CommandPolicy {
  /** The session's organiser may send it (organisers moderate every group). */
  readonly organiser: boolean
  readonly participant: ParticipantRule
}

/** The one authorisation table. `decide` enforces it; policy.test.ts checks every command against every role. */
export const commandPolicy: Readonly<Record<SprintCommandType, CommandPolicy>> = {
  'agenda.update': { organiser: true, participant: 'none' },
  'criteria.set': { organiser: true, participant: 'none' },
  'evaluation.setMethod': { organiser: true, participant: 'none' },
  'participant.add': { organiser: true, participant: 'none' },
  'participant.setPresence': { organiser: true, participant: 'self' },
  'participant.volunteer': { organiser: false, participant: 'self' },
  'groups.form': { organiser: true, participant: 'none' },
  'groups.move': { organiser: true, participant: 'none' },
  'groups.assignRoles': { organiser: true, participant: 'none' },
  'phase.start': { organiser: true, participant: 'none' },
  'phase.extend': { organiser: true, participant: 'none' },
  'phase.end': { organiser: true, participant: 'none' },
  'card.add': { organiser: false, participant: 'member' },
  'card.edit': { organiser: true, participant: 'author-or-facilitator' },
  'card.delete': { organiser: true, participant: 'author-or-facilitator' },
  'card.move': { organiser: true, participant: 'facilitator' },
  'card.merge': { organiser: true, participant: 'facilitator' },
  'comment.add': { organiser: false, participant: 'member' },
  'score.set': { organiser: false, participant: 'member' },
  'dots.set': { organiser: false, participant: 'member' },
  'summary.publish': { organiser: false, participant: 'lead' },
  'reportOut.show': { organiser: true, participant: 'none' },
  'outcome.set': { organiser: true, participant: 'lead' },
  'hand.raise': { organiser: false, participant: 'self' },
  'hand.lower': { organiser: true, participant: 'self' },
  'speaker.call': { organiser: true, participant: 'none' },
  'speaker.finish': { organiser: true, participant: 'none' },
  'session.close': { organiser: true, participant: 'none' },
}
