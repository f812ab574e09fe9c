import { describe, expect, it } from 'vitest'
import { ChainClock } from './follower-clock.ts'

describe('ChainClock', () => {
  it('runs on the wall clock until a block says the chain is ahead', () => {
    const wall = { now: 1_000 }
    const clock = new ChainClock(() => wall.now)
    expect(clock.now()).toBe(1_000)
    clock.observe(5_000)
    expect(clock.now()).toBe(5_000)
    wall.now += 10
    expect(clock.now()).toBe(5_010)
  })

  it('is never pulled back by an older block (an idle chain mines nothing)', () => {
    const wall = { now: 1_000 }
    const clock = new ChainClock(() => wall.now)
    clock.observe(900)
    expect(clock.now()).toBe(1_000)
    clock.observe(2_000)
    clock.observe(1_500)
    expect(clock.now()).toBe(2_000)
  })

  it('can be handed over as a plain function', () => {
    const clock = new ChainClock(() => 7)
    const { now } = clock
    expect(now()).toBe(7)
  })
})
