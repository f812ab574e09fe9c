import type { Criterion } from './evaluation.ts'
import type { Presence } from './people.ts'
import type { Assignment } from './rotation.ts'
import type { Unmet } from './solver.ts'
import type { AgendaItem } from './template.ts'

/** Who caused an event: the organiser (an account), a participant, or the server itself (timers). */
export type Actor =
  | { readonly kind: 'organiser'; readonly accountId: string }
  | { readonly kind: 'participant'; readonly participantId: string }

export type CardKind = 'topic' | 'idea' | 'summary'

/**
 * Everything that can happen in a session, past tense. The log of these is the session; state is
 * `events.reduce(applyEvent, initial)`. Events carry no optional profile data (gender, stakeholder group…):
 * that lives outside the log so it can be erased.
 */
export type SessionEvent =
  | {
      type: 'sessionCreated'
      title: string
      code: string
      templateId: string
      agenda: readonly AgendaItem[]
      criteria: readonly Criterion[]
      organiserId: string
    }
  | { type: 'agendaUpdated'; agenda: readonly AgendaItem[] }
  | { type: 'criteriaSet'; criteria: readonly Criterion[] }
  | { type: 'evaluationMethodSet'; method: 'scores' | 'dots'; dotsPerPerson: number }
  | { type: 'participantJoined'; participantId: string; displayName: string; presence: Presence; via: 'code' | 'desk' }
  | { type: 'presenceChanged'; participantId: string; presence: Presence }
  | { type: 'volunteered'; participantId: string; facilitator: boolean; rapporteur: boolean }
  | { type: 'groupsFormed'; groups: readonly FormedGroupRecord[]; unmet: readonly Unmet[] }
  | { type: 'memberMoved'; participantId: string; toGroupId: string }
  | { type: 'rolesAssigned'; groupId: string; facilitatorId: string | null; rapporteurId: string | null }
  | { type: 'phaseStarted'; index: number; durationMs: number }
  | { type: 'designsRotated'; assignment: Assignment }
  | { type: 'phaseExtended'; byMs: number; groupId: string | null }
  | { type: 'phaseEnded'; groupId: string | null }
  | {
      type: 'cardAdded'
      cardId: string
      designId: string
      kind: CardKind
      parentId: string | null
      text: string
      authorId: string | null
      anonymous: boolean
    }
  | { type: 'cardEdited'; cardId: string; text: string }
  | { type: 'cardDeleted'; cardId: string }
  | { type: 'cardMoved'; cardId: string; parentId: string | null }
  | { type: 'cardsMerged'; sourceId: string; targetId: string; text: string }
  | { type: 'commentAdded'; cardId: string; commentId: string; text: string; authorId: string | null }
  | { type: 'scoreSet'; raterId: string; ideaId: string; criterionId: string; value: number }
  | { type: 'dotsSet'; voterId: string; ideaId: string; dots: number }
  | { type: 'reportOutShown'; cardId: string | null }
  | { type: 'outcomeSet'; groupId: string; project: string; leaderId: string | null; nextStep: string }
  | { type: 'handRaised'; participantId: string }
  | { type: 'handLowered'; participantId: string }
  | { type: 'speakerCalled'; participantId: string }
  | { type: 'speakerFinished'; participantId: string }
  | { type: 'sessionClosed' }
  /** A participant used their right to erasure: their name becomes `pseudonym` everywhere. */
  | { type: 'participantErased'; participantId: string; pseudonym: string }

/** The group part of a formation: ids only (names of people are elsewhere in the log). */
export interface FormedGroupRecord {
  readonly groupId: string
  readonly name: string
  readonly members: readonly string[]
  readonly facilitatorId: string | null
  readonly rapporteurId: string | null
  /** How many members were consented women at formation time: the gender reflection of the report needs it. */
  readonly consentedWomen: number
}

/** An event as stored: its position in the log, when, by whom, and which command produced it. */
export interface StoredEvent {
  readonly seq: number
  readonly at: number
  readonly actor: Actor | null
  readonly commandId: string | null
  readonly event: SessionEvent
}

export type SessionEventType = SessionEvent['type']
