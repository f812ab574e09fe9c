import type { NameEntry, Zone } from './zone.ts'

/**
 * Reads one name from the chain (the follower supplies it). Resolves null when the name is not registered; the
 * signal aborts when the gateway stops waiting.
 */
export type LoadMissing = (name: string, signal: AbortSignal) => Promise<NameEntry | null>

export interface MissingNameOptions {
  readonly load: LoadMissing
  /** How long a query may wait for the chain; then it gets SERVFAIL. */
  readonly timeoutMs?: number
  /** How long "not registered" and failures are remembered before the chain is asked again. */
  readonly negativeTtlSeconds?: number
  /** Loads in flight at most; beyond that, queries get SERVFAIL at once (a random-name flood must not fan out). */
  readonly maxPending?: number
}

const MAX_REMEMBERED = 100_000

/** What a lookup for a missing name concluded. */
export type MissingOutcome = 'found' | 'absent' | 'failed'

/**
 * Reads names the zone does not hold yet from the chain, at most once per name at a time, and remembers the
 * outcome: a found name goes into the zone, an absent or failed one is remembered for `negativeTtlSeconds`.
 */
export class MissingNames {
  readonly #zone: Zone
  readonly #load: LoadMissing
  readonly #timeoutMs: number
  readonly #negativeTtl: number
  readonly #maxPending: number
  readonly #pending = new Map<string, Promise<MissingOutcome>>()
  readonly #remembered = new Map<string, { outcome: 'absent' | 'failed'; until: number }>()

  constructor(zone: Zone, options: MissingNameOptions) {
    this.#zone = zone
    this.#load = options.load
    this.#timeoutMs = options.timeoutMs ?? 1500
    this.#negativeTtl = options.negativeTtlSeconds ?? 30
    this.#maxPending = options.maxPending ?? 64
  }

  /** The name the chain would register for `name`: its label directly below the apex. */
  candidateFor(name: string): string | undefined {
    const apex = this.#zone.apex
    if (!name.endsWith(`.${apex}`)) return undefined
    const labels = name.slice(0, -apex.length - 1)
    return `${labels.slice(labels.lastIndexOf('.') + 1)}.${apex}`
  }

  /** A remembered outcome still in force at `now`, and until when. */
  remembered(name: string, now: number): { outcome: 'absent' | 'failed'; until: number } | undefined {
    const memory = this.#remembered.get(name)
    if (memory === undefined || memory.until > now) return memory
    this.#remembered.delete(name)
    return undefined
  }

  /** Whether another load may start now. */
  get saturated(): boolean {
    return this.#pending.size >= this.#maxPending
  }

  /** Loads `name` (joining a load already in flight); never rejects, and settles within the timeout. */
  load(name: string): Promise<MissingOutcome> {
    const inFlight = this.#pending.get(name)
    if (inFlight !== undefined) return inFlight
    const outcome = this.#run(name).finally(() => this.#pending.delete(name))
    this.#pending.set(name, outcome)
    return outcome
  }

  async #run(name: string): Promise<MissingOutcome> {
    const controller = new AbortController()
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.#timeoutMs)
    })
    try {
      const entry = await Promise.race([this.#load(name, controller.signal), timedOut])
      if (entry === 'timeout') {
        controller.abort()
        return this.#remember(name, 'failed')
      }
      if (entry === null) return this.#remember(name, 'absent')
      const stored = this.#zone.upsertName(name, entry)
      return stored.ok ? 'found' : this.#remember(name, 'absent')
    } catch {
      return this.#remember(name, 'failed')
    } finally {
      clearTimeout(timer)
    }
  }

  #remember(name: string, outcome: 'absent' | 'failed'): 'absent' | 'failed' {
    // Random names must not grow this without bound; forgetting only costs another chain read.
    if (this.#remembered.size >= MAX_REMEMBERED) this.#remembered.clear()
    this.#remembered.set(name, { outcome, until: this.#zone.now() + this.#negativeTtl })
    return outcome
  }
}
