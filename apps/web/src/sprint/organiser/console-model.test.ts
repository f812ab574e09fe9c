import { emptySession, igfDesignSprint, replay, type SessionEvent, type SessionState } from '@blockgov/sprint'
import { describe, expect, it } from 'vitest'
import {
  criterionIdFor,
  currentItem,
  groupOfSummary,
  handQueue,
  participationFigures,
  peopleCounts,
  projectorMode,
  rotationRounds,
  summariesByGroup,
} from './console-model.ts'

/** Replays events at times 1000, 2000, … (or at the given `at`). */
function session(events: readonly (SessionEvent | { at: number; event: SessionEvent })[]): SessionState {
  const stored = events.map((e, i) => {
    const { at, event } = 'at' in e ? e : { at: (i + 1) * 1000, event: e }
    return { seq: i + 1, at, actor: null, commandId: null, event }
  })
  return replay(emptySession('s1'), stored)
}

const created: SessionEvent = {
  type: 'sessionCreated',
  title: 'IGF 2019',
  code: 'ABC123',
  templateId: igfDesignSprint.id,
  agenda: igfDesignSprint.agenda,
  criteria: [],
  organiserId: 'org',
}

const join = (id: string, presence: 'room' | 'online', via: 'code' | 'desk' = 'code'): SessionEvent => ({
  type: 'participantJoined',
  participantId: id,
  displayName: id.toUpperCase(),
  presence,
  via,
})

const twoGroups: SessionEvent = {
  type: 'groupsFormed',
  unmet: [],
  groups: [
    {
      groupId: 'g1',
      name: 'Group 1',
      members: ['ana', 'bo'],
      facilitatorId: null,
      rapporteurId: null,
      consentedWomen: 0,
    },
    {
      groupId: 'g2',
      name: 'Group 2',
      members: ['cy', 'di'],
      facilitatorId: null,
      rapporteurId: null,
      consentedWomen: 0,
    },
  ],
}

const people = [join('ana', 'room'), join('bo', 'online'), join('cy', 'room', 'desk'), join('di', 'online')]

describe('peopleCounts', () => {
  it('counts by presence, by sign-in route and raised hands', () => {
    const state = session([created, ...people, { type: 'handRaised', participantId: 'bo' }])
    expect(peopleCounts(state)).toEqual({ total: 4, room: 2, online: 2, viaCode: 3, viaDesk: 1, handsRaised: 1 })
  })
})

describe('handQueue', () => {
  it('orders by time raised, then by joining order', () => {
    const state = session([
      created,
      ...people,
      { at: 9000, event: { type: 'handRaised', participantId: 'di' } },
      { at: 8000, event: { type: 'handRaised', participantId: 'cy' } },
      { at: 8000, event: { type: 'handRaised', participantId: 'ana' } },
    ])
    expect(handQueue(state).map((p) => p.id)).toEqual(['ana', 'cy', 'di'])
  })
})

describe('participationFigures', () => {
  it('counts finished and current interventions by presence', () => {
    const state = session([
      created,
      ...people,
      { type: 'speakerCalled', participantId: 'ana' },
      { type: 'speakerCalled', participantId: 'bo' },
      { type: 'speakerFinished', participantId: 'bo' },
      { type: 'speakerCalled', participantId: 'ana' },
    ])
    expect(participationFigures(state)).toEqual({
      interventions: 3,
      room: 2,
      online: 1,
      speakers: 2,
      onlineShareOfPeople: 0.5,
      onlineShareOfInterventions: 1 / 3,
    })
  })

  it('has no shares before anyone joins or speaks', () => {
    const figures = participationFigures(session([created]))
    expect(figures.onlineShareOfPeople).toBeNull()
    expect(figures.onlineShareOfInterventions).toBeNull()
  })
})

describe('summaries and rotation', () => {
  const index = (id: string) => igfDesignSprint.agenda.findIndex((i) => i.id === id)
  const summary = (cardId: string, designId: string): SessionEvent => ({
    type: 'cardAdded',
    cardId,
    designId,
    kind: 'summary',
    parentId: null,
    text: `summary ${cardId}`,
    authorId: null,
    anonymous: false,
  })
  const state = session([
    created,
    ...people,
    twoGroups,
    { type: 'phaseStarted', index: index('s1-evaluate'), durationMs: 60_000 },
    summary('c1', 'g1'),
    { type: 'designsRotated', assignment: [1, 0] },
    { type: 'phaseStarted', index: index('s2-evaluate'), durationMs: 60_000 },
    summary('c2', 'g1'),
  ])

  it('attributes a summary to the group that worked on the design in that sprint', () => {
    expect(groupOfSummary(state, state.cards.c1 ?? expect.fail())?.id).toBe('g1')
    expect(groupOfSummary(state, state.cards.c2 ?? expect.fail())?.id).toBe('g2')
    expect(summariesByGroup(state).map((s) => [s.group?.id, s.cards.map((c) => c.id)])).toEqual([
      ['g1', ['c1']],
      ['g2', ['c2']],
    ])
  })

  it('lists each rotation round with the design each group took', () => {
    expect(rotationRounds(state)).toEqual([
      {
        round: 1,
        cells: [
          { groupId: 'g1', designName: 'Group 2' },
          { groupId: 'g2', designName: 'Group 1' },
        ],
      },
    ])
  })
})

describe('projectorMode', () => {
  const at = (id: string, extra: SessionEvent[] = []) =>
    session([
      created,
      ...people,
      twoGroups,
      {
        type: 'phaseStarted',
        index: igfDesignSprint.agenda.findIndex((i) => i.id === id),
        durationMs: 60_000,
      },
      ...extra,
    ])

  it('welcomes before the first phase and in plenary items', () => {
    expect(projectorMode(session([created]))).toBe('welcome')
    expect(projectorMode(at('welcome'))).toBe('welcome')
  })

  it('follows group work and report-outs', () => {
    expect(projectorMode(at('s1-brainstorm'))).toBe('groups')
    expect(projectorMode(at('s1-report'))).toBe('report-out')
  })

  it('shows outcomes from the outcome item on, and once closed', () => {
    expect(projectorMode(at('outcome'))).toBe('outcomes')
    expect(projectorMode(at('closing'))).toBe('outcomes')
    expect(projectorMode(at('s1-topics', [{ type: 'sessionClosed' }]))).toBe('outcomes')
  })

  it('knows the current item and whether it runs', () => {
    expect(currentItem(at('s1-topics'))).toMatchObject({ index: 1, running: true })
    expect(currentItem(at('s1-topics', [{ type: 'phaseEnded', groupId: null }]))?.running).toBe(false)
  })
})

describe('criterionIdFor', () => {
  it('makes a slug from the label, unique among existing ids', () => {
    expect(criterionIdFor('Útil à la coalition!', new Set())).toBe('util-a-la-coalition')
    expect(criterionIdFor('Feasible', new Set(['feasible']))).toBe('feasible-2')
    expect(criterionIdFor('***', new Set())).toBe('criterion')
    expect(criterionIdFor('x'.repeat(80), new Set())).toMatch(/^[a-z0-9-]{1,40}$/)
  })
})
