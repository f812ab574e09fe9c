import { namesBetween } from './names.ts'
import type { EncodedAnswer } from './response.ts'
import type { ZoneChange } from './zone.ts'

/**
 * Builds a cache entry. One constructor for every entry keeps them one V8 shape, which the hot path relies on.
 */
export function cachedAnswer(
  encoded: EncodedAnswer,
  question: Buffer,
  hash: number,
  validUntil: number,
  names: readonly string[],
): CachedAnswer {
  return {
    question,
    hash,
    plain: encoded.plain,
    edns: encoded.edns,
    truncatedPlain: encoded.truncatedPlain,
    truncatedEdns: encoded.truncatedEdns,
    rcode: encoded.rcode,
    validUntil,
    names,
  }
}

/** An encoded answer and what it depends on. */
export interface CachedAnswer extends EncodedAnswer {
  /** The lower-cased wire question it answers (name, QTYPE, QCLASS). */
  readonly question: Buffer
  /** `questionHash` of `question`. */
  readonly hash: number
  /** Unix seconds; a hit after this recomputes (TTLs near expiry, names that just expired). */
  readonly validUntil: number
  readonly names: readonly string[]
}

/**
 * Encoded answers by question: found by hash and byte comparison on the hot path, managed by the question's latin1
 * string. A zone change to name R drops exactly the entries that looked up R, a name below R (R covers it) or a
 * name between R and the apex (R's arrival or departure can turn an empty non-terminal into NXDOMAIN and back).
 * Stale-marking and serial changes touch every answer and clear all.
 */
export class AnswerCache {
  readonly #entries = new Map<string, CachedAnswer>()
  /** The same entries by `hash`; colliding questions share a bucket. */
  readonly #byHash = new Map<number, CachedAnswer[]>()
  /** Looked-up name → keys of the entries that looked it up. */
  readonly #byName = new Map<string, Set<string>>()
  /** Name → looked-up names strictly below it, so a change at R finds R's subtree without a scan. */
  readonly #below = new Map<string, Set<string>>()
  readonly #apex: string
  readonly #maxEntries: number

  constructor(apex: string, maxEntries = 100_000) {
    this.#apex = apex
    this.#maxEntries = maxEntries
  }

  get size(): number {
    return this.#entries.size
  }

  /** The entry for the question `question[0, length)` whose hash is `hash`. */
  find(hash: number, question: Uint8Array, length: number): CachedAnswer | undefined {
    const bucket = this.#byHash.get(hash)
    if (bucket === undefined) return undefined
    for (let i = 0; i < bucket.length; i++) {
      const answer = bucket[i] as CachedAnswer
      if (sameBytes(answer.question, question, length)) return answer
    }
    return undefined
  }

  set(answer: CachedAnswer): void {
    const key = answer.question.toString('latin1')
    this.delete(key)
    if (this.#entries.size >= this.#maxEntries) {
      // Oldest first: cheap, and a flood of random names cannot grow memory without bound.
      const oldest = this.#entries.keys().next()
      if (oldest.done !== true) this.delete(oldest.value)
    }
    this.#entries.set(key, answer)
    const bucket = this.#byHash.get(answer.hash)
    if (bucket === undefined) this.#byHash.set(answer.hash, [answer])
    else bucket.push(answer)
    for (const name of answer.names) {
      let keys = this.#byName.get(name)
      if (keys === undefined) {
        keys = new Set()
        this.#byName.set(name, keys)
        for (const above of namesBetween(name, this.#apex)) {
          const below = this.#below.get(above) ?? new Set()
          this.#below.set(above, below)
          below.add(name)
        }
      }
      keys.add(key)
    }
  }

  delete(key: string): void {
    const answer = this.#entries.get(key)
    if (answer === undefined) return
    this.#entries.delete(key)
    const bucket = this.#byHash.get(answer.hash)?.filter((other) => other !== answer) ?? []
    if (bucket.length > 0) this.#byHash.set(answer.hash, bucket)
    else this.#byHash.delete(answer.hash)
    for (const name of answer.names) {
      const keys = this.#byName.get(name)
      if (keys === undefined) continue
      keys.delete(key)
      if (keys.size > 0) continue
      this.#byName.delete(name)
      for (const above of namesBetween(name, this.#apex)) {
        const below = this.#below.get(above)
        below?.delete(name)
        if (below?.size === 0) this.#below.delete(above)
      }
    }
  }

  /** Applies a zone change (subscribe with `zone.onChange(change => cache.invalidate(change))`). */
  invalidate(change: ZoneChange): void {
    if (change.kind === 'all') {
      this.#entries.clear()
      this.#byHash.clear()
      this.#byName.clear()
      this.#below.clear()
      return
    }
    const touched = [change.name, ...namesBetween(change.name, this.#apex), ...(this.#below.get(change.name) ?? [])]
    for (const name of touched) for (const key of [...(this.#byName.get(name) ?? [])]) this.delete(key)
  }
}

function sameBytes(stored: Buffer, question: Uint8Array, length: number): boolean {
  if (stored.length !== length) return false
  for (let i = 0; i < length; i++) if (stored[i] !== question[i]) return false
  return true
}
