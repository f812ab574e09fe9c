import { describe, expect, it } from 'vitest'
import { clockFor, formatRemaining } from './clock.ts'
import { applyEvent } from './reducer.ts'
import { inPhase, PHASE, twoGroups } from './test-kit.ts'

describe('clockFor', () => {
  const state = inPhase(twoGroups(), PHASE.evaluate) // started at some time T with 10 minutes

  it('counts down from the phase start in server time', () => {
    const started = state.phase?.startedAt ?? 0
    const view = clockFor(state, null, started + 60_000)
    expect(view).toMatchObject({ index: PHASE.evaluate, remainingMs: 540_000, running: true })
    expect(view.item?.id).toBe('s1-evaluate')
  })

  it('adds a group’s extension only for that group', () => {
    const extended = applyEvent(state, {
      seq: state.seq + 1,
      at: 0,
      actor: null,
      commandId: null,
      event: { type: 'phaseExtended', byMs: 120_000, groupId: 'g1' },
    })
    const started = extended.phase?.startedAt ?? 0
    expect(clockFor(extended, 'g1', started)?.remainingMs).toBe(720_000)
    expect(clockFor(extended, 'g2', started)?.remainingMs).toBe(600_000)
  })

  it('stops when the phase is ended', () => {
    const ended = applyEvent(state, {
      seq: state.seq + 1,
      at: 5,
      actor: null,
      commandId: null,
      event: { type: 'phaseEnded', groupId: null },
    })
    expect(clockFor(ended, 'g1', 10_000_000)).toMatchObject({ running: false, remainingMs: null })
  })
})

describe('formatRemaining', () => {
  it('shows minutes and seconds, and overtime with a minus sign', () => {
    expect(formatRemaining(600_000)).toBe('10:00')
    expect(formatRemaining(61_500)).toBe('1:01')
    expect(formatRemaining(-5_000)).toBe('−0:05')
  })
})
