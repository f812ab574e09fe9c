import { describe, expect, it } from 'vitest'
import { clientPrefix, ResponseRateLimiter } from './rate-limit.ts'

describe('ResponseRateLimiter', () => {
  it('lets a burst through, then drops, slipping every second excess response', () => {
    const limiter = new ResponseRateLimiter({
      responsesPerSecond: 2,
      burst: 2,
      slip: 2,
      exemptLoopback: false,
      now: () => 0,
    })
    const decisions = Array.from({ length: 6 }, () => limiter.check('192.0.2.1'))
    expect(decisions).toEqual(['send', 'send', 'drop', 'slip', 'drop', 'slip'])
  })

  it('refills at the configured rate', () => {
    const clock = { ms: 0 }
    const limiter = new ResponseRateLimiter({
      responsesPerSecond: 10,
      burst: 1,
      slip: 0,
      exemptLoopback: false,
      now: () => clock.ms,
    })
    expect(limiter.check('192.0.2.1')).toBe('send')
    clock.ms = 50
    expect(limiter.check('192.0.2.1')).toBe('drop')
    clock.ms = 150
    expect(limiter.check('192.0.2.1')).toBe('send')
  })

  it('shares one budget per /24 and keeps other prefixes apart', () => {
    const limiter = new ResponseRateLimiter({
      responsesPerSecond: 1,
      burst: 1,
      slip: 0,
      exemptLoopback: false,
      now: () => 0,
    })
    expect(limiter.check('192.0.2.1')).toBe('send')
    expect(limiter.check('192.0.2.200')).toBe('drop')
    expect(limiter.check('198.51.100.1')).toBe('send')
  })

  it('exempts loopback clients by default', () => {
    const limiter = new ResponseRateLimiter({ responsesPerSecond: 1, burst: 1, now: () => 0 })
    for (let i = 0; i < 10; i++) expect(limiter.check('127.0.0.1')).toBe('send')
    expect(limiter.check('::1')).toBe('send')
  })
})

describe('clientPrefix', () => {
  it('cuts IPv4 to /24, IPv6 to /56 and treats IPv4-mapped addresses as IPv4', () => {
    expect(clientPrefix('192.0.2.77')).toBe('192.0.2')
    expect(clientPrefix('::ffff:192.0.2.77')).toBe('192.0.2')
    expect(clientPrefix('2001:db8:1:2ff::1')).toBe('2001:db8:1:2')
    expect(clientPrefix('2001:db8:1:200:abcd::')).toBe('2001:db8:1:2')
    expect(clientPrefix('::1')).toBe('0:0:0:0')
  })
})
