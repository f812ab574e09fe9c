import type { DotVote, Score } from './evaluation.ts'
import type { Actor, SessionEvent } from './events.ts'
import { withEntry, withoutEntry } from './persistent-record.ts'
import { type Card, dotKey, type SessionState, scoreKey } from './state.ts'

/**
 * Who receives which events. A big hybrid event has hundreds of groups, and a participant needs only the
 * boards (designs) their group works on, so board events go to the people of that design (and to organisers)
 * rather than to everyone; everything else is session-wide. A participant's client therefore holds the
 * session-wide state in full and the boards it can see. When a board becomes visible (groups formed, a move,
 * a rotation, a report-out of another group's card), the server sends its current contents as a
 * `DesignSlice`, which the client merges with `withDesignSlice`.
 */

/** The design an event belongs to, judged on the state before it is applied; null for session-wide events. */
export function designOfEvent(state: SessionState, event: SessionEvent): string | null {
  switch (event.type) {
    case 'cardAdded':
      return event.designId
    case 'cardEdited':
    case 'cardDeleted':
    case 'cardMoved':
    case 'commentAdded':
      return state.cards[event.cardId]?.designId ?? null
    case 'cardsMerged':
      return state.cards[event.targetId]?.designId ?? null
    case 'scoreSet':
    case 'dotsSet':
      return state.cards[event.ideaId]?.designId ?? null
    default:
      return null
  }
}

/** Session-wide events after which a participant may see a board they could not see before. */
export function mayRevealDesigns(event: SessionEvent): boolean {
  return (
    event.type === 'groupsFormed' ||
    event.type === 'memberMoved' ||
    event.type === 'designsRotated' ||
    event.type === 'reportOutShown'
  )
}

/**
 * The designs whose board events `viewer` receives: organisers see every board; a participant sees the boards
 * their group works or has worked on, and the board of the card on screen at a report-out.
 */
export function visibleDesigns(state: SessionState, viewer: Actor): 'all' | ReadonlySet<string> {
  if (viewer.kind === 'organiser') return 'all'
  const designs = new Set<string>()
  const groupId = state.participants[viewer.participantId]?.groupId ?? null
  const group = groupId === null ? undefined : state.groups.find((g) => g.id === groupId)
  if (group !== undefined) {
    designs.add(group.designId)
    for (const design of Object.values(state.designs)) {
      if (design.workedOnBy.some((w) => w.groupId === group.id)) designs.add(design.id)
    }
  }
  const onScreen = state.reportOutCardId === null ? undefined : state.cards[state.reportOutCardId]
  if (onScreen !== undefined) designs.add(onScreen.designId)
  return designs
}

/** The current contents of one board, as `viewer` may see them. */
export interface DesignSlice {
  readonly designId: string
  /** Cards in board order. */
  readonly cards: readonly Card[]
  readonly scores: readonly Score[]
  readonly dots: readonly DotVote[]
}

export function designSlice(state: SessionState, designId: string, viewer: Actor | null): DesignSlice {
  const cards: Card[] = []
  for (const id of state.cardOrder) {
    const card = state.cards[id]
    if (card?.designId === designId) cards.push(redactCard(card, viewer))
  }
  const ids = new Set(cards.map((c) => c.id))
  return {
    designId,
    cards,
    scores: Object.values(state.scores).filter((s) => ids.has(s.ideaId)),
    dots: Object.values(state.dots).filter((d) => ids.has(d.ideaId)),
  }
}

/** Whether `designSlice` would differ for `viewer` from what everyone else gets (they wrote an anonymous card). */
export function sliceIsPersonal(state: SessionState, designId: string, viewer: Actor): boolean {
  if (viewer.kind !== 'participant') return false
  return Object.values(state.cards).some(
    (c) => c.designId === designId && c.anonymous && c.authorId === viewer.participantId,
  )
}

/**
 * Replaces what `state` holds of one board with `slice`: cards it lacks are added at the end of the board
 * order, cards missing from the slice (deleted since) are dropped, and the board's scores and dots are
 * replaced. Idempotent, and leaves `seq` alone: the slice is a view of the log up to that seq.
 */
export function withDesignSlice(state: SessionState, slice: DesignSlice): SessionState {
  const stale = new Set(state.cardOrder.filter((id) => state.cards[id]?.designId === slice.designId))
  let cards = state.cards
  for (const id of stale) cards = withoutEntry(cards, id)
  for (const card of slice.cards) cards = withEntry(cards, card.id, card)
  const cardOrder = [...state.cardOrder.filter((id) => !stale.has(id)), ...slice.cards.map((c) => c.id)]
  let scores = state.scores
  for (const [key, s] of Object.entries(scores)) if (stale.has(s.ideaId)) scores = withoutEntry(scores, key)
  for (const s of slice.scores) scores = withEntry(scores, scoreKey(s.raterId, s.ideaId, s.criterionId), s)
  let dots = state.dots
  for (const [key, d] of Object.entries(dots)) if (stale.has(d.ideaId)) dots = withoutEntry(dots, key)
  for (const d of slice.dots) dots = withEntry(dots, dotKey(d.voterId, d.ideaId), d)
  return { ...state, cards, cardOrder, scores, dots }
}

/** Same rule as `redactFor`: nobody but its author learns who wrote an anonymous card. */
function redactCard(card: Card, viewer: Actor | null): Card {
  if (!card.anonymous || card.authorId === null) return card
  if (viewer?.kind === 'participant' && viewer.participantId === card.authorId) return card
  return { ...card, authorId: null }
}
