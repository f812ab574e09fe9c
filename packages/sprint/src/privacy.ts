import { hashSeed } from './access.ts'
import { accept, type Decision, reject } from './decision.ts'
import type { SessionState } from './state.ts'

/**
 * The name an erased participant gets: stable for the same participant (so the log, the boards and any
 * report keep saying "the same person did these things"), but carrying nothing about them.
 */
export function pseudonymFor(participantId: string): string {
  return `Participant ${hashSeed(participantId).toString(36).toUpperCase().padStart(6, '0').slice(-6)}`
}

/** Erasure of a participant's name from the session: allowed even after the session closed. */
export function decideErasure(state: SessionState, participantId: string): Decision {
  if (state.seq === 0) return reject('SESSION_NOT_FOUND')
  const person = state.participants[participantId]
  if (person === undefined) return reject('PARTICIPANT_NOT_FOUND')
  const pseudonym = pseudonymFor(participantId)
  if (person.displayName === pseudonym) return accept()
  return accept({ type: 'participantErased', participantId, pseudonym })
}

/** Everything the session log says about one participant, for their data export. */
export interface ParticipantRecord {
  readonly participantId: string
  readonly displayName: string
  readonly presence: string
  readonly joinedVia: 'code' | 'desk'
  readonly group: { readonly name: string; readonly role: 'facilitator' | 'rapporteur' | 'member' } | null
  readonly volunteered: { readonly facilitator: boolean; readonly rapporteur: boolean }
  readonly cards: readonly {
    readonly id: string
    readonly kind: string
    readonly text: string
    readonly anonymous: boolean
  }[]
  readonly comments: readonly { readonly cardId: string; readonly text: string }[]
  readonly scores: readonly { readonly ideaId: string; readonly criterionId: string; readonly value: number }[]
  readonly dots: readonly { readonly ideaId: string; readonly dots: number }[]
  readonly interventions: readonly {
    readonly startedAt: number
    readonly endedAt: number | null
    readonly presence: string
  }[]
  readonly ledProjects: readonly string[]
}

/** Collects, from the session state, what concerns `participantId` (their data export, minus profile answers). */
export function participantRecord(state: SessionState, participantId: string): ParticipantRecord | null {
  const person = state.participants[participantId]
  if (person === undefined) return null
  const group = state.groups.find((g) => g.id === person.groupId)
  const role =
    group?.facilitatorId === participantId
      ? 'facilitator'
      : group?.rapporteurId === participantId
        ? 'rapporteur'
        : 'member'
  const cards = state.cardOrder.flatMap((id) => {
    const card = state.cards[id]
    return card?.authorId === participantId
      ? [{ id: card.id, kind: card.kind, text: card.text, anonymous: card.anonymous }]
      : []
  })
  const comments = Object.values(state.cards).flatMap((card) =>
    card.comments.filter((c) => c.authorId === participantId).map((c) => ({ cardId: card.id, text: c.text })),
  )
  return {
    participantId,
    displayName: person.displayName,
    presence: person.presence,
    joinedVia: person.via,
    group: group === undefined ? null : { name: group.name, role },
    volunteered: { facilitator: person.facilitatorVolunteer, rapporteur: person.rapporteurVolunteer },
    cards,
    comments,
    scores: Object.values(state.scores)
      .filter((s) => s.raterId === participantId)
      .map((s) => ({ ideaId: s.ideaId, criterionId: s.criterionId, value: s.value })),
    dots: Object.values(state.dots)
      .filter((d) => d.voterId === participantId)
      .map((d) => ({ ideaId: d.ideaId, dots: d.dots })),
    interventions: state.interventions
      .filter((i) => i.participantId === participantId)
      .map((i) => ({ startedAt: i.startedAt, endedAt: i.endedAt, presence: i.presence })),
    ledProjects: state.groups.flatMap((g) => (g.outcome?.leaderId === participantId ? [g.outcome.project] : [])),
  }
}
