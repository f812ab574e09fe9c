import type { StoredEvent } from './events.ts'
import { withEntry, withoutEntry } from './persistent-record.ts'
import { type Card, type Design, dotKey, type Group, type Participant, type SessionState, scoreKey } from './state.ts'

/**
 * Applies one stored event. Pure and total: events were validated by `decide` before they were stored, so
 * this only folds them in; a reference to something unknown leaves the state unchanged rather than throwing,
 * so a client can never be wedged by one odd event. The server and the browser run this same function.
 */
export function applyEvent(state: SessionState, stored: StoredEvent): SessionState {
  const next = fold(state, stored)
  return { ...next, seq: stored.seq }
}

/** Replays a whole log. */
export function replay(initial: SessionState, events: readonly StoredEvent[]): SessionState {
  return events.reduce(applyEvent, initial)
}

function fold(state: SessionState, { event, at }: StoredEvent): SessionState {
  switch (event.type) {
    case 'sessionCreated':
      return {
        ...state,
        title: event.title,
        code: event.code,
        templateId: event.templateId,
        agenda: event.agenda,
        criteria: event.criteria,
        organiserId: event.organiserId,
        createdAt: at,
      }
    case 'agendaUpdated':
      return { ...state, agenda: event.agenda }
    case 'criteriaSet':
      return { ...state, criteria: event.criteria }
    case 'evaluationMethodSet':
      return { ...state, evaluation: { method: event.method, dotsPerPerson: event.dotsPerPerson } }
    case 'participantJoined':
      if (Object.hasOwn(state.participants, event.participantId)) return state
      return {
        ...state,
        participants: withEntry(state.participants, event.participantId, {
          id: event.participantId,
          displayName: event.displayName,
          presence: event.presence,
          via: event.via,
          facilitatorVolunteer: false,
          rapporteurVolunteer: false,
          groupId: null,
          handRaisedAt: null,
        }),
        participantOrder: [...state.participantOrder, event.participantId],
      }
    case 'presenceChanged':
      return updateParticipant(state, event.participantId, (p) => ({ ...p, presence: event.presence }))
    case 'volunteered':
      return updateParticipant(state, event.participantId, (p) => ({
        ...p,
        facilitatorVolunteer: event.facilitator,
        rapporteurVolunteer: event.rapporteur,
      }))
    case 'groupsFormed': {
      const groups: Group[] = event.groups.map((g) => ({
        id: g.groupId,
        name: g.name,
        members: g.members,
        facilitatorId: g.facilitatorId,
        rapporteurId: g.rapporteurId,
        designId: g.groupId,
        consentedWomen: g.consentedWomen,
        outcome: null,
        extraMs: 0,
        endedAt: null,
      }))
      const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)))
      const participants: Record<string, Participant> = {}
      for (const [id, p] of Object.entries(state.participants)) {
        participants[id] = { ...p, groupId: groupOf.get(id) ?? null }
      }
      const designs = Object.fromEntries(groups.map((g) => [g.id, { id: g.id, name: g.name, workedOnBy: [] }]))
      return { ...state, groups, participants, designs, formationUnmet: event.unmet, rotations: [] }
    }
    case 'memberMoved': {
      const person = state.participants[event.participantId]
      if (person === undefined || !state.groups.some((g) => g.id === event.toGroupId)) return state
      const groups = state.groups.map((g) => {
        const members = g.members.filter((m) => m !== event.participantId)
        const withRoles = {
          ...g,
          members,
          facilitatorId: g.facilitatorId === event.participantId ? null : g.facilitatorId,
          rapporteurId: g.rapporteurId === event.participantId ? null : g.rapporteurId,
        }
        return g.id === event.toGroupId ? { ...withRoles, members: [...members, event.participantId] } : withRoles
      })
      return updateParticipant({ ...state, groups }, event.participantId, (p) => ({ ...p, groupId: event.toGroupId }))
    }
    case 'rolesAssigned':
      return updateGroup(state, event.groupId, (g) => ({
        ...g,
        facilitatorId: event.facilitatorId,
        rapporteurId: event.rapporteurId,
      }))
    case 'phaseStarted': {
      const item = state.agenda[event.index]
      const groups = state.groups.map((g) => ({ ...g, extraMs: 0, endedAt: null }))
      const designs: Record<string, Design> = { ...state.designs }
      if (item?.sprint !== undefined) {
        const sprint = item.sprint
        for (const g of groups) {
          const design = designs[g.designId]
          if (design === undefined || design.workedOnBy.some((w) => w.groupId === g.id && w.sprint === sprint)) continue
          designs[g.designId] = { ...design, workedOnBy: [...design.workedOnBy, { groupId: g.id, sprint }] }
        }
      }
      return {
        ...state,
        groups,
        designs,
        phase: { index: event.index, startedAt: at, durationMs: event.durationMs, endedAt: null },
        reportOutCardId: null,
      }
    }
    case 'designsRotated': {
      const original = state.groups.map((g) => g.id) // design ids are the ids of the groups that started them
      const groups = state.groups.map((g, i) => {
        const designId = original[event.assignment[i] ?? i]
        return designId === undefined ? g : { ...g, designId }
      })
      return { ...state, groups, rotations: [...state.rotations, event.assignment] }
    }
    case 'phaseExtended':
      if (state.phase === null) return state
      if (event.groupId === null) {
        return { ...state, phase: { ...state.phase, durationMs: state.phase.durationMs + event.byMs, endedAt: null } }
      }
      return updateGroup(state, event.groupId, (g) => ({ ...g, extraMs: g.extraMs + event.byMs, endedAt: null }))
    case 'phaseEnded':
      if (state.phase === null) return state
      if (event.groupId === null) return { ...state, phase: { ...state.phase, endedAt: at } }
      return updateGroup(state, event.groupId, (g) => ({ ...g, endedAt: at }))
    case 'cardAdded': {
      if (Object.hasOwn(state.cards, event.cardId)) return state
      const card: Card = {
        id: event.cardId,
        designId: event.designId,
        kind: event.kind,
        parentId: event.parentId,
        text: event.text,
        authorId: event.authorId,
        anonymous: event.anonymous,
        createdAt: at,
        sprint: currentSprint(state),
        comments: [],
      }
      return { ...state, cards: withEntry(state.cards, card.id, card), cardOrder: [...state.cardOrder, card.id] }
    }
    case 'cardEdited':
      return updateCard(state, event.cardId, (c) => ({ ...c, text: event.text }))
    case 'cardMoved':
      return updateCard(state, event.cardId, (c) => ({ ...c, parentId: event.parentId }))
    case 'cardDeleted':
      return removeCard(state, event.cardId)
    case 'cardsMerged': {
      const source = state.cards[event.sourceId]
      if (source === undefined) return state
      // Children and comments of the merged card follow it into the target, so nothing said is lost.
      const moved = updateCard(state, event.targetId, (t) => ({
        ...t,
        text: event.text,
        comments: [...t.comments, ...source.comments],
      }))
      let cards = moved.cards
      for (const [id, c] of Object.entries(moved.cards)) {
        if (c.parentId === event.sourceId) cards = withEntry(cards, id, { ...c, parentId: event.targetId })
      }
      return removeCard({ ...moved, cards }, event.sourceId)
    }
    case 'commentAdded':
      return updateCard(state, event.cardId, (c) =>
        c.comments.some((x) => x.id === event.commentId)
          ? c
          : {
              ...c,
              comments: [...c.comments, { id: event.commentId, text: event.text, authorId: event.authorId, at }],
            },
      )
    case 'scoreSet': {
      const key = scoreKey(event.raterId, event.ideaId, event.criterionId)
      const score = { raterId: event.raterId, ideaId: event.ideaId, criterionId: event.criterionId, value: event.value }
      return { ...state, scores: withEntry(state.scores, key, score) }
    }
    case 'dotsSet': {
      const key = dotKey(event.voterId, event.ideaId)
      const dots =
        event.dots === 0
          ? withoutEntry(state.dots, key)
          : withEntry(state.dots, key, { voterId: event.voterId, ideaId: event.ideaId, dots: event.dots })
      return { ...state, dots }
    }
    case 'reportOutShown':
      return { ...state, reportOutCardId: event.cardId }
    case 'outcomeSet':
      return updateGroup(state, event.groupId, (g) => ({
        ...g,
        outcome: { project: event.project, leaderId: event.leaderId, nextStep: event.nextStep },
      }))
    case 'handRaised':
      return updateParticipant(state, event.participantId, (p) =>
        p.handRaisedAt === null ? { ...p, handRaisedAt: at } : p,
      )
    case 'handLowered':
      return updateParticipant(state, event.participantId, (p) => ({ ...p, handRaisedAt: null }))
    case 'speakerCalled': {
      const person = state.participants[event.participantId]
      if (person === undefined) return state
      const finished = finishSpeaker(state, at)
      const speaker = { participantId: person.id, presence: person.presence, startedAt: at, endedAt: null }
      return updateParticipant({ ...finished, speaker }, person.id, (p) => ({ ...p, handRaisedAt: null }))
    }
    case 'speakerFinished':
      return state.speaker?.participantId === event.participantId ? finishSpeaker(state, at) : state
    case 'sessionClosed': {
      const finished = finishSpeaker(state, at)
      const phase =
        finished.phase && finished.phase.endedAt === null ? { ...finished.phase, endedAt: at } : finished.phase
      return { ...finished, phase, closed: true }
    }
    case 'participantErased':
      return updateParticipant(state, event.participantId, (p) => ({ ...p, displayName: event.pseudonym }))
    default:
      return assertNever(event)
  }
}

/**
 * The sprint round a card belongs to: that of the running item, or of the last sprint item before it (a
 * summary published during a report-out belongs to the sprint just reported on).
 */
function currentSprint(state: SessionState): number | null {
  if (state.phase === null) return null
  for (let i = state.phase.index; i >= 0; i--) {
    const sprint = state.agenda[i]?.sprint
    if (sprint !== undefined) return sprint
  }
  return null
}

function finishSpeaker(state: SessionState, at: number): SessionState {
  if (state.speaker === null) return state
  return { ...state, speaker: null, interventions: [...state.interventions, { ...state.speaker, endedAt: at }] }
}

function updateParticipant(state: SessionState, id: string, change: (p: Participant) => Participant): SessionState {
  const person = state.participants[id]
  if (person === undefined) return state
  return { ...state, participants: withEntry(state.participants, id, change(person)) }
}

function updateGroup(state: SessionState, id: string, change: (g: Group) => Group): SessionState {
  if (!state.groups.some((g) => g.id === id)) return state
  return { ...state, groups: state.groups.map((g) => (g.id === id ? change(g) : g)) }
}

function updateCard(state: SessionState, id: string, change: (c: Card) => Card): SessionState {
  const card = state.cards[id]
  if (card === undefined) return state
  return { ...state, cards: withEntry(state.cards, id, change(card)) }
}

/** Removes a card; its child cards move up to its parent so deleting a topic never orphans ideas. */
function removeCard(state: SessionState, id: string): SessionState {
  const card = state.cards[id]
  if (card === undefined) return state
  let cards = withoutEntry(state.cards, id)
  for (const [key, c] of Object.entries(cards)) {
    if (c.parentId === id) cards = withEntry(cards, key, { ...c, parentId: card.parentId })
  }
  let scores = state.scores
  for (const [key, s] of Object.entries(scores)) if (s.ideaId === id) scores = withoutEntry(scores, key)
  let dots = state.dots
  for (const [key, d] of Object.entries(dots)) if (d.ideaId === id) dots = withoutEntry(dots, key)
  return {
    ...state,
    cards,
    scores,
    dots,
    cardOrder: state.cardOrder.filter((c) => c !== id),
    reportOutCardId: state.reportOutCardId === id ? null : state.reportOutCardId,
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled event ${JSON.stringify(value)}`)
}
