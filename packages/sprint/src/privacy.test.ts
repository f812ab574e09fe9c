import { describe, expect, it } from 'vitest'
import { decideErasure, participantRecord, pseudonymFor } from './privacy.ts'
import { applyEvent } from './reducer.ts'
import { twoGroups } from './test-kit.ts'

describe('pseudonymFor', () => {
  it('is stable per participant, distinct across participants and says nothing about them', () => {
    expect(pseudonymFor('mem')).toBe(pseudonymFor('mem'))
    expect(pseudonymFor('mem')).not.toBe(pseudonymFor('fac'))
    expect(pseudonymFor('mem')).toMatch(/^Participant [0-9A-Z]{6}$/)
  })
})

describe('decideErasure', () => {
  it('renames the participant to their pseudonym; the board keeps their contributions', () => {
    const state = twoGroups()
    const decision = decideErasure(state, 'mem')
    if (!decision.ok) throw new Error(decision.error.code)
    const erased = decision.events.reduce(
      (s, event) => applyEvent(s, { seq: s.seq + 1, at: 0, actor: null, commandId: null, event }),
      state,
    )
    expect(erased.participants.mem?.displayName).toBe(pseudonymFor('mem'))
    expect(erased.cards.i1?.authorId).toBe('mem')
    // Erasing twice changes nothing more.
    const again = decideErasure(erased, 'mem')
    expect(again.ok && again.events).toEqual([])
  })

  it('refuses unknown participants', () => {
    const decision = decideErasure(twoGroups(), 'ghost')
    expect(decision.ok ? 'ok' : decision.error.code).toBe('PARTICIPANT_NOT_FOUND')
  })
})

describe('participantRecord', () => {
  it('collects what the log holds about one person', () => {
    const record = participantRecord(twoGroups(), 'mem')
    expect(record).toMatchObject({
      participantId: 'mem',
      group: { name: 'g1', role: 'member' },
      cards: [
        { id: 't1', kind: 'topic', text: 'Identity' },
        { id: 't2', kind: 'topic', text: 'Disputes' },
        { id: 'i1', kind: 'idea', text: 'Pilot' },
      ],
    })
    expect(participantRecord(twoGroups(), 'nobody')).toBeNull()
  })
})
