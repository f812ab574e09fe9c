import { isIP } from 'node:net'

/** Response-rate limiting for UDP, where a spoofed source turns answers into an amplification attack. */
export interface RateLimitOptions {
  /** Sustained responses per second per client prefix (/24 for IPv4, /56 for IPv6). */
  readonly responsesPerSecond?: number
  /** Responses a quiet prefix may send at once. */
  readonly burst?: number
  /**
   * Of the responses over the limit, every `slip`-th goes out as an empty TC=1 reply, so a real client behind the
   * prefix retries over TCP (which cannot be spoofed); the others are dropped. 0 drops all.
   */
  readonly slip?: number
  /** Loopback clients are not limited (local tools and benchmarks). */
  readonly exemptLoopback?: boolean
  /** Milliseconds; tests pass their own clock. */
  readonly now?: () => number
}

/** What to do with one response. */
export type RateDecision = 'send' | 'slip' | 'drop'

interface Bucket {
  tokens: number
  updatedMs: number
  over: number
}

/** Prefixes tracked at most; past that the table restarts (failing open beats growing without bound). */
const MAX_BUCKETS = 100_000

/** A token bucket per client prefix. */
export class ResponseRateLimiter {
  readonly #rate: number
  readonly #burst: number
  readonly #slip: number
  readonly #exemptLoopback: boolean
  readonly #now: () => number
  readonly #buckets = new Map<string, Bucket>()

  constructor(options: RateLimitOptions = {}) {
    this.#rate = options.responsesPerSecond ?? 50
    this.#burst = options.burst ?? this.#rate * 2
    this.#slip = options.slip ?? 2
    this.#exemptLoopback = options.exemptLoopback ?? true
    this.#now = options.now ?? Date.now
  }

  /** Spends one response for `address`. */
  check(address: string): RateDecision {
    if (this.#exemptLoopback && isLoopback(address)) return 'send'
    const nowMs = this.#now()
    const prefix = clientPrefix(address)
    let bucket = this.#buckets.get(prefix)
    if (bucket === undefined) {
      if (this.#buckets.size >= MAX_BUCKETS) this.#buckets.clear()
      bucket = { tokens: this.#burst, updatedMs: nowMs, over: 0 }
      this.#buckets.set(prefix, bucket)
    }
    bucket.tokens = Math.min(this.#burst, bucket.tokens + ((nowMs - bucket.updatedMs) / 1000) * this.#rate)
    bucket.updatedMs = nowMs
    if (bucket.tokens >= 1) {
      bucket.tokens--
      return 'send'
    }
    bucket.over++
    return this.#slip > 0 && bucket.over % this.#slip === 0 ? 'slip' : 'drop'
  }
}

function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1' || address.startsWith('::ffff:127.')
}

/**
 * The prefix a client is limited by: attackers spoof whole ranges, and one home network shares a /24 or /56.
 *
 * @example
 * clientPrefix('192.0.2.77') // '192.0.2'
 * clientPrefix('2001:db8:1:2ff::1') // '2001:db8:1:2'
 */
export function clientPrefix(address: string): string {
  const mapped = address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address
  if (isIP(mapped) === 4) return mapped.slice(0, mapped.lastIndexOf('.'))
  const [head = '', tail] = mapped.split('::')
  const headGroups = head === '' ? [] : head.split(':')
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':')
  const groups = [
    ...headGroups,
    ...Array(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'),
    ...tailGroups,
  ]
  const fourth = Number.parseInt(groups[3] ?? '0', 16) & 0xff00
  return [
    ...groups.slice(0, 3).map((group) => Number.parseInt(group, 16).toString(16)),
    (fourth >> 8).toString(16),
  ].join(':')
}
