import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { designOfEvent, designSlice, mayRevealDesigns, visibleDesigns, withDesignSlice } from './audience.ts'
import type { Actor, SessionEvent, StoredEvent } from './events.ts'
import { redactFor } from './redact.ts'
import { applyEvent } from './reducer.ts'
import { emptySession, type SessionState } from './state.ts'
import { as, created, group, joined, ORGANISER, PHASE, twoGroups } from './test-kit.ts'

const PEOPLE = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2']
const DESIGNS = ['g1', 'g2', 'g3']

/** The start of every generated log: three groups of two, brainstorming. */
const opening: SessionEvent[] = [
  created(),
  ...PEOPLE.map((id) => joined(id)),
  {
    type: 'groupsFormed',
    groups: [
      group('g1', ['a1', 'a2'], 'a1', 'a2'),
      group('g2', ['b1', 'b2'], 'b1', 'b2'),
      group('g3', ['c1', 'c2'], 'c1', 'c2'),
    ],
    unmet: [],
  },
  { type: 'phaseStarted', index: PHASE.brainstorm, durationMs: 600_000 },
]

const person = fc.constantFrom(...PEOPLE)
const design = fc.constantFrom(...DESIGNS)
const cardRef = fc.integer({ min: 0, max: 11 }).map((n) => `card-${n}`)

/**
 * Events like the ones `decide` produces (merges and moves stay on one board), including references to cards
 * that do not exist, which the reducer ignores.
 */
const boardOrRoomEvent: fc.Arbitrary<SessionEvent> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ id: cardRef, designId: design, authorId: person, anonymous: fc.boolean() }).map(
      ({ id, designId, authorId, anonymous }): SessionEvent => ({
        type: 'cardAdded',
        cardId: id,
        designId,
        kind: 'idea',
        parentId: null,
        text: `text of ${id}`,
        authorId,
        anonymous,
      }),
    ),
  },
  cardRef.map((cardId): SessionEvent => ({ type: 'cardEdited', cardId, text: `edited ${cardId}` })),
  cardRef.map((cardId): SessionEvent => ({ type: 'cardDeleted', cardId })),
  fc.tuple(cardRef, person).map(
    ([cardId, authorId]): SessionEvent => ({
      type: 'commentAdded',
      cardId,
      commentId: `${cardId}-${authorId}`,
      text: 'a comment',
      authorId,
    }),
  ),
  fc.tuple(cardRef, person, fc.integer({ min: 1, max: 5 })).map(
    ([ideaId, raterId, value]): SessionEvent => ({
      type: 'scoreSet',
      raterId,
      ideaId,
      criterionId: 'feasible',
      value,
    }),
  ),
  fc.tuple(cardRef, person, fc.integer({ min: 0, max: 3 })).map(
    ([ideaId, voterId, dots]): SessionEvent => ({
      type: 'dotsSet',
      voterId,
      ideaId,
      dots,
    }),
  ),
  fc.option(cardRef).map((cardId): SessionEvent => ({ type: 'reportOutShown', cardId })),
  fc.constantFrom<readonly number[]>([1, 2, 0], [2, 0, 1]).map(
    (assignment): SessionEvent => ({
      type: 'designsRotated',
      assignment,
    }),
  ),
  fc.constantFrom(PHASE.brainstorm, PHASE.iterate).map(
    (index): SessionEvent => ({
      type: 'phaseStarted',
      index,
      durationMs: 60_000,
    }),
  ),
  fc.tuple(person, design).map(
    ([participantId, toGroupId]): SessionEvent => ({
      type: 'memberMoved',
      participantId,
      toGroupId,
    }),
  ),
)

/**
 * Turns a generated event into one `decide` could have produced at that point: a card id is added once, and
 * only an existing card goes on screen, and `cardsMerged`, which needs two cards of one board, is built from the state when an edit is reached.
 */
function asDecided(state: SessionState, event: SessionEvent): SessionEvent {
  if (event.type === 'cardAdded' && Object.hasOwn(state.cards, event.cardId)) {
    return { type: 'cardEdited', cardId: event.cardId, text: event.text }
  }
  if (event.type === 'reportOutShown' && event.cardId !== null && !Object.hasOwn(state.cards, event.cardId)) {
    return { type: 'reportOutShown', cardId: null }
  }
  if (event.type !== 'cardEdited') return event
  const target = state.cards[event.cardId]
  const source = Object.values(state.cards).find((c) => c.designId === target?.designId && c.id !== target?.id)
  return target === undefined || source === undefined || event.text.endsWith('0')
    ? event
    : { type: 'cardsMerged', sourceId: source.id, targetId: target.id, text: 'merged' }
}

function stored(seq: number, event: SessionEvent): StoredEvent {
  return { seq, at: seq * 1_000, actor: null, commandId: null, event }
}

/**
 * What one viewer's client ends up holding when the server routes events as `audience.ts` says: session-wide
 * events and the events of visible boards as they happen, and a slice of each board when it becomes visible.
 */
function scopedView(log: readonly SessionEvent[], viewer: Actor) {
  let server = emptySession('session-1')
  let client = emptySession('session-1')
  const sent = new Set<string>()
  const reveal = () => {
    const visible = visibleDesigns(server, viewer)
    if (visible === 'all') return
    for (const id of visible) {
      if (sent.has(id)) continue
      sent.add(id)
      client = withDesignSlice(client, designSlice(server, id, viewer))
    }
  }
  log.forEach((raw, i) => {
    const event = asDecided(server, raw)
    const e = stored(i + 1, event)
    const designId = designOfEvent(server, event)
    server = applyEvent(server, e)
    if (designId === null || sent.has(designId) || visibleDesigns(server, viewer) === 'all') {
      client = applyEvent(client, redactFor(viewer, e))
    } else {
      client = { ...client, seq: e.seq }
    }
    if (mayRevealDesigns(event)) reveal()
  })
  return { server, client, sent }
}

describe('scoped delivery', () => {
  it('gives a participant the same boards and session as a full replay, for the boards they can see', () => {
    fc.assert(
      fc.property(fc.array(boardOrRoomEvent, { maxLength: 60 }), person, (tail, viewerId) => {
        const viewer = as(viewerId)
        const { server, client, sent } = scopedView([...opening, ...tail], viewer)
        for (const designId of sent) {
          expect(designSlice(client, designId, viewer)).toEqual(designSlice(server, designId, viewer))
        }
        const visible = visibleDesigns(server, viewer)
        expect(visible).not.toBe('all')
        if (visible !== 'all') for (const id of visible) expect(sent.has(id)).toBe(true)
        const sessionWide = (s: SessionState) => ({ ...s, cards: {}, cardOrder: [], scores: {}, dots: {} })
        expect(sessionWide(client)).toEqual(sessionWide(server))
      }),
      { numRuns: 300 },
    )
  })

  it('sends a participant only the events of their own board during a brainstorm', () => {
    const state = twoGroups()
    const other: SessionEvent = { type: 'cardEdited', cardId: 't1', text: 'x' }
    expect(designOfEvent(state, other)).toBe('g1')
    expect(visibleDesigns(state, as('oth'))).toEqual(new Set(['g2']))
    expect(visibleDesigns(state, as('mem'))).toEqual(new Set(['g1']))
    expect(visibleDesigns(state, ORGANISER)).toBe('all')
    expect(designOfEvent(state, { type: 'phaseExtended', byMs: 1, groupId: null })).toBeNull()
  })

  it('shows everyone the board of the card on screen at a report-out', () => {
    const state = applyEvent(twoGroups(), stored(999, { type: 'reportOutShown', cardId: 't1' }))
    expect(visibleDesigns(state, as('oth'))).toEqual(new Set(['g1', 'g2']))
  })

  it('keeps anonymous authors hidden in slices, except from themselves', () => {
    const state = applyEvent(
      twoGroups(),
      stored(999, {
        type: 'cardAdded',
        cardId: 'anon',
        designId: 'g1',
        kind: 'idea',
        parentId: 't1',
        text: 'Secret ballot',
        authorId: 'mem',
        anonymous: true,
      }),
    )
    const card = (viewer: Actor) => designSlice(state, 'g1', viewer).cards.find((c) => c.id === 'anon')
    expect(card(as('oth'))?.authorId).toBeNull()
    expect(card(ORGANISER)?.authorId).toBeNull()
    expect(card(as('mem'))?.authorId).toBe('mem')
  })

  it('merges a slice idempotently and without moving seq', () => {
    const full = twoGroups()
    const slice = designSlice(full, 'g1', as('oth'))
    const bare = { ...full, cards: {}, cardOrder: [], seq: 3 }
    const once = withDesignSlice(bare, slice)
    expect(withDesignSlice(once, slice)).toEqual(once)
    expect(once.seq).toBe(3)
    expect(once.cardOrder).toEqual(full.cardOrder.filter((id) => full.cards[id]?.designId === 'g1'))
  })
})
