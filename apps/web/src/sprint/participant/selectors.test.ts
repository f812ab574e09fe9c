import { type Card, emptySession, type Group, type Participant, type SessionState } from '@blockgov/sprint'
import { describe, expect, it } from 'vitest'
import {
  addableKinds,
  boardEditable,
  boardOf,
  designHistory,
  dotsUsed,
  handQueue,
  isLead,
  mergeTargets,
  myGroupOf,
  queuePosition,
  roleIn,
} from './selectors.ts'

function person(id: string, handRaisedAt: number | null = null): Participant {
  return {
    id,
    displayName: `Person ${id}`,
    presence: 'room',
    via: 'code',
    facilitatorVolunteer: false,
    rapporteurVolunteer: false,
    groupId: null,
    handRaisedAt,
  }
}

function card(id: string, kind: Card['kind'], parentId: string | null = null, designId = 'g1'): Card {
  return {
    id,
    designId,
    kind,
    parentId,
    text: id,
    authorId: 'a',
    anonymous: false,
    createdAt: 0,
    sprint: 1,
    comments: [],
  }
}

const g1: Group = {
  id: 'g1',
  name: 'Group 1',
  members: ['a', 'b', 'c'],
  facilitatorId: 'a',
  rapporteurId: 'b',
  designId: 'g2',
  consentedWomen: 0,
  outcome: null,
  extraMs: 0,
  endedAt: null,
}
const g2: Group = {
  ...g1,
  id: 'g2',
  name: 'Group 2',
  members: ['d'],
  facilitatorId: null,
  rapporteurId: null,
  designId: 'g1',
}

function stateWith(change: Partial<SessionState>): SessionState {
  return { ...emptySession('s1'), ...change }
}

function withCards(cards: Card[]): SessionState {
  return stateWith({ cards: Object.fromEntries(cards.map((c) => [c.id, c])), cardOrder: cards.map((c) => c.id) })
}

describe('myGroupOf and roles', () => {
  const state = stateWith({ groups: [g1, g2] })

  it('finds the group that lists the participant as a member', () => {
    expect(myGroupOf(state, 'd')?.id).toBe('g2')
    expect(myGroupOf(state, 'nobody')).toBeNull()
  })

  it('names facilitator, rapporteur and member, and counts both leads', () => {
    expect([roleIn(g1, 'a'), roleIn(g1, 'b'), roleIn(g1, 'c')]).toEqual(['facilitator', 'rapporteur', 'member'])
    expect([isLead(g1, 'a'), isLead(g1, 'b'), isLead(g1, 'c')]).toEqual([true, true, false])
  })
})

describe('boardOf', () => {
  it('groups ideas under their topics, keeps loose ideas and summaries apart, and ignores other boards', () => {
    const state = withCards([
      card('t1', 'topic'),
      card('i1', 'idea', 't1'),
      card('i2', 'idea', null),
      card('t2', 'topic'),
      card('i3', 'idea', 't1'),
      card('s1', 'summary'),
      card('x1', 'idea', null, 'g2'),
      card('i4', 'idea', 'gone'),
    ])
    const board = boardOf(state, 'g1')
    expect(board.topics.map((t) => [t.topic.id, t.ideas.map((i) => i.id)])).toEqual([
      ['t1', ['i1', 'i3']],
      ['t2', []],
    ])
    expect(board.looseIdeas.map((c) => c.id)).toEqual(['i2', 'i4'])
    expect(board.ideas.map((c) => c.id)).toEqual(['i1', 'i2', 'i3', 'i4'])
    expect(board.summaries.map((c) => c.id)).toEqual(['s1'])
  })

  it('offers only same-kind cards of the same board as merge targets', () => {
    const state = withCards([
      card('t1', 'topic'),
      card('t2', 'topic'),
      card('i1', 'idea'),
      card('t3', 'topic', null, 'g2'),
    ])
    const t1 = state.cards.t1
    expect(t1 && mergeTargets(state, t1).map((c) => c.id)).toEqual(['t2'])
  })
})

describe('activity rules', () => {
  it('allows adding topics in topics, and topics or ideas in brainstorm and iterate only', () => {
    expect(addableKinds('topics')).toEqual(['topic'])
    expect(addableKinds('iterate')).toEqual(['topic', 'idea'])
    expect(addableKinds('evaluate')).toEqual([])
    expect(addableKinds(null)).toEqual([])
  })

  it('opens summaries for editing only in evaluate and report-out', () => {
    expect(boardEditable('evaluate', 'idea')).toBe(true)
    expect(boardEditable('report-out', 'idea')).toBe(false)
    expect(boardEditable('report-out', 'summary')).toBe(true)
    expect(boardEditable('brainstorm', 'summary')).toBe(false)
  })
})

describe('handQueue and queuePosition', () => {
  const state = stateWith({
    participants: { a: person('a', 30), b: person('b', 10), c: person('c'), d: person('d', 10) },
    participantOrder: ['d', 'a', 'b', 'c'],
  })

  it('orders raised hands by time, ties in joining order', () => {
    expect(handQueue(state).map((p) => p.id)).toEqual(['d', 'b', 'a'])
  })

  it('gives a 1-based position, or null with the hand down', () => {
    expect(queuePosition(state, 'a')).toBe(3)
    expect(queuePosition(state, 'c')).toBeNull()
  })
})

describe('dotsUsed', () => {
  it('counts only my dots on ideas of the given board', () => {
    const state = {
      ...withCards([card('i1', 'idea'), card('i2', 'idea'), card('x1', 'idea', null, 'g2')]),
      dots: {
        'me|i1': { voterId: 'me', ideaId: 'i1', dots: 2 },
        'me|i2': { voterId: 'me', ideaId: 'i2', dots: 1 },
        'me|x1': { voterId: 'me', ideaId: 'x1', dots: 4 },
        'you|i1': { voterId: 'you', ideaId: 'i1', dots: 5 },
      },
    }
    expect(dotsUsed(state, 'me', 'g1')).toBe(3)
  })
})

describe('designHistory', () => {
  it('lists the groups that worked on a design, with their names', () => {
    const state = stateWith({
      groups: [g1, g2],
      designs: {
        g1: {
          id: 'g1',
          name: 'Group 1',
          workedOnBy: [
            { groupId: 'g1', sprint: 1 },
            { groupId: 'g2', sprint: 2 },
          ],
        },
      },
    })
    expect(designHistory(state, 'g1')).toEqual([
      { groupId: 'g1', groupName: 'Group 1', sprint: 1 },
      { groupId: 'g2', groupName: 'Group 2', sprint: 2 },
    ])
    expect(designHistory(state, 'unknown')).toEqual([])
  })
})
