import type { Criterion, DotVote, Score } from './evaluation.ts'
import type { CardKind } from './events.ts'
import type { Presence } from './people.ts'
import { persistentRecord } from './persistent-record.ts'
import type { Assignment } from './rotation.ts'
import type { Unmet } from './solver.ts'
import type { AgendaItem } from './template.ts'

export interface Participant {
  readonly id: string
  readonly displayName: string
  readonly presence: Presence
  readonly via: 'code' | 'desk'
  readonly facilitatorVolunteer: boolean
  readonly rapporteurVolunteer: boolean
  readonly groupId: string | null
  readonly handRaisedAt: number | null
}

export interface Outcome {
  readonly project: string
  readonly leaderId: string | null
  readonly nextStep: string
}

export interface Group {
  readonly id: string
  readonly name: string
  readonly members: readonly string[]
  readonly facilitatorId: string | null
  readonly rapporteurId: string | null
  /** The design (board) this group works on now: its own until a rotation. */
  readonly designId: string
  readonly consentedWomen: number
  readonly outcome: Outcome | null
  /** Per-group clock adjustments on top of the session phase (extend or end one group only). */
  readonly extraMs: number
  readonly endedAt: number | null
}

/** A board. Each group's first board is a design; after rotation other groups iterate on it. */
export interface Design {
  readonly id: string
  readonly name: string
  /** Groups that worked on this design, in order, with the sprint round. */
  readonly workedOnBy: readonly { readonly groupId: string; readonly sprint: number }[]
}

export interface Comment {
  readonly id: string
  readonly text: string
  readonly authorId: string | null
  readonly at: number
}

export interface Card {
  readonly id: string
  readonly designId: string
  readonly kind: CardKind
  readonly parentId: string | null
  readonly text: string
  readonly authorId: string | null
  readonly anonymous: boolean
  readonly createdAt: number
  readonly sprint: number | null
  readonly comments: readonly Comment[]
}

export interface PhaseClock {
  readonly index: number
  readonly startedAt: number
  readonly durationMs: number
  readonly endedAt: number | null
}

export interface Intervention {
  readonly participantId: string
  readonly presence: Presence
  readonly startedAt: number
  readonly endedAt: number | null
}

export interface SessionState {
  readonly id: string
  /** Seq of the last applied event; 0 for a session with no events yet. */
  readonly seq: number
  readonly title: string
  readonly code: string
  readonly templateId: string
  readonly organiserId: string
  readonly createdAt: number
  readonly closed: boolean
  readonly agenda: readonly AgendaItem[]
  readonly phase: PhaseClock | null
  readonly participants: Readonly<Record<string, Participant>>
  /** Participant ids in joining order (records do not keep order reliably across serialisation). */
  readonly participantOrder: readonly string[]
  readonly groups: readonly Group[]
  readonly formationUnmet: readonly Unmet[]
  readonly designs: Readonly<Record<string, Design>>
  readonly cards: Readonly<Record<string, Card>>
  readonly cardOrder: readonly string[]
  readonly criteria: readonly Criterion[]
  readonly evaluation: { readonly method: 'scores' | 'dots'; readonly dotsPerPerson: number }
  /** Latest score per (rater, idea, criterion). */
  readonly scores: Readonly<Record<string, Score>>
  /** Latest dots per (voter, idea). */
  readonly dots: Readonly<Record<string, DotVote>>
  readonly rotations: readonly Assignment[]
  readonly reportOutCardId: string | null
  readonly speaker: Intervention | null
  readonly interventions: readonly Intervention[]
}

/** The state before any event: what a client holds before it has loaded a session. */
export function emptySession(id: string): SessionState {
  return {
    id,
    seq: 0,
    title: '',
    code: '',
    templateId: '',
    organiserId: '',
    createdAt: 0,
    closed: false,
    agenda: [],
    phase: null,
    participants: persistentRecord(),
    participantOrder: [],
    groups: [],
    formationUnmet: [],
    designs: {},
    cards: persistentRecord(),
    cardOrder: [],
    criteria: [],
    evaluation: { method: 'scores', dotsPerPerson: 5 },
    scores: persistentRecord(),
    dots: persistentRecord(),
    rotations: [],
    reportOutCardId: null,
    speaker: null,
    interventions: [],
  }
}

/** Key of a score in `SessionState.scores`. */
export function scoreKey(raterId: string, ideaId: string, criterionId: string): string {
  return `${raterId}|${ideaId}|${criterionId}`
}

/** Key of a dot vote in `SessionState.dots`. */
export function dotKey(voterId: string, ideaId: string): string {
  return `${voterId}|${ideaId}`
}
