import { BaseError, createPublicClient, http, type PublicClient } from 'viem'
import type { ZoneEntry } from './chain-reader.ts'
import type { NamesDeployment } from './deploy.ts'
import { NamesError } from './errors.ts'
import type { ChainClock } from './follower-clock.ts'
import { type FollowerLogger, ReorgDuringSync, type ZoneSink, ZoneSync } from './follower-sync.ts'

/** Options for {@link startFollower}. Durations are in milliseconds unless the name says otherwise. */
export interface FollowerOptions {
  /** The JSON-RPC endpoint; the follower makes its own client (batched requests, `rpcTimeoutMs`). */
  readonly rpcUrl?: string
  /** Or a client of your own instead of `rpcUrl`; give its transport a timeout, or an outage may wait on it. */
  readonly publicClient?: PublicClient
  readonly deployment: NamesDeployment
  /** Where the zone lives: the gateway's `Zone`. */
  readonly sink: ZoneSink
  /** Blocks a change must be buried under before the zone shows it; 0 (the default) applies the head block. */
  readonly confirmations?: number
  /** How often to look for new blocks (default 1000). */
  readonly pollIntervalMs?: number
  /** Longest wait between retries while the chain is unreachable (default 30 000); retries start at the poll interval. */
  readonly maxBackoffMs?: number
  /** Timeout of one RPC request of the client made from `rpcUrl` (default 5000). */
  readonly rpcTimeoutMs?: number
  /** Blocks per `eth_getLogs` call (default 10 000; public endpoints cap it). */
  readonly maxLogRange?: number
  /** Applied steps remembered to rewind a reorg; a deeper one rebuilds the zone (default 256). */
  readonly reorgWindow?: number
  /** Pushed forward by every block's timestamp; give the same clock to the zone as its `now`. */
  readonly clock?: ChainClock
  /** Wall clock in Unix seconds, for the lag while the chain is unreachable. */
  readonly now?: () => number
  readonly log?: FollowerLogger
}

/** What the follower reports, for a readiness endpoint. Block numbers are plain numbers (JSON has no bigint). */
export interface FollowerStatus {
  /** The zone was built from chain state at least once. */
  readonly ready: boolean
  /** The block the zone reflects (`confirmations` below the head when following). */
  readonly syncedBlock: number | null
  /** The chain head as last seen. */
  readonly headBlock: number | null
  /** Chain seconds between the synced block and the head, plus the time since the last good poll during an outage. */
  readonly lagSeconds: number | null
  /** The chain is unreachable and the zone answers from the last known state (RFC 8767). */
  readonly stale: boolean
  /** Why the chain is unreachable, while it is; null otherwise. */
  readonly lastError: string | null
  /** Names the zone holds from the chain. */
  readonly names: number
  /** Reorgs the follower rewound. */
  readonly reorgs: number
}

/** A running follower. */
export interface Follower {
  status(): FollowerStatus
  /** Resolves once the zone has been built from chain state (or the follower stopped first). */
  readonly ready: Promise<void>
  /**
   * The gateway's `LoadMissing`: reads one second-level name from the chain (at the newest confirmed block) when a
   * query finds no registration; null when the chain has none. The gateway bounds it with its own timeout.
   */
  loadMissing(name: string, signal: AbortSignal): Promise<ZoneEntry | null>
  /** Stops polling; resolves once the step in progress (if any) has ended. */
  stop(): Promise<void>
}

const MAX_BACKOFF_DOUBLINGS = 16
/** After a reorg under a step: soon, but never a busy loop if the chain keeps reorganising. */
const REORG_RETRY_MS = 50

/**
 * Keeps a DNS zone in step with the name contracts. On start it rebuilds the zone from the events since the
 * deployment block and the chain state at the newest confirmed block; then it polls, applies only blocks at least
 * `confirmations` deep, re-reads exactly the names new events touch, and rewinds on reorgs. When the chain cannot
 * be read it marks the zone stale (the gateway keeps answering, with EDE 3), retries with back-off, logs once when
 * the chain goes away and once when it is back. Queries never wait on any of this.
 *
 * @example
 * const clock = new ChainClock()
 * const zone = new Zone({ apex: deployment.rootName, now: clock.now })
 * const follower = startFollower({ rpcUrl, deployment, sink: zone, confirmations: 2, clock })
 * await startGateway({ zone, missingNames: { load: follower.loadMissing } })
 */
export function startFollower(options: FollowerOptions): Follower {
  const client = options.publicClient ?? clientFor(options)
  const wallNow = options.now ?? (() => Date.now() / 1000)
  const log = options.log ?? silent
  const pollIntervalMs = options.pollIntervalMs ?? 1000
  const maxBackoffMs = options.maxBackoffMs ?? 30_000
  const sync = new ZoneSync({
    client,
    deployment: options.deployment,
    sink: options.sink,
    confirmations: options.confirmations ?? 0,
    maxLogRange: options.maxLogRange ?? 10_000,
    reorgWindow: options.reorgWindow ?? 256,
    clock: options.clock,
    log,
  })
  let stale = false
  let lastError: string | null = null
  let failures = 0
  let lastGoodAt = wallNow()
  /** The lag at the last good poll; an outage adds the time since. */
  let syncedLag: number | null = null
  const lag = () => (syncedLag === null ? null : syncedLag + (stale ? wallNow() - lastGoodAt : 0))
  const stopping = new AbortController()
  let markReady = () => {}
  const ready = new Promise<void>((resolve) => {
    markReady = resolve
  })

  const succeeded = () => {
    if (stale) {
      stale = false
      options.sink.markStale(false)
      log.info({ downSeconds: Math.round(wallNow() - lastGoodAt) }, 'chain reachable again: zone is current')
    }
    lastError = null
    failures = 0
    lastGoodAt = wallNow()
    const { head, synced } = sync
    if (head === undefined || synced === undefined) return
    syncedLag = Math.max(0, head.timestamp - synced.timestamp)
    markReady()
  }

  /** Returns how long to wait before the next try. */
  const failed = (error: unknown): number => {
    failures++
    lastError = errorText(error)
    if (!stale) {
      stale = true
      options.sink.markStale(true)
      log.warn({ error: lastError }, 'chain unreachable: answering from the last known zone (stale)')
    }
    const lagNow = lag()
    if (lagNow !== null) options.sink.setChainLag(lagNow)
    return Math.min(maxBackoffMs, pollIntervalMs * 2 ** Math.min(failures, MAX_BACKOFF_DOUBLINGS))
  }

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      let delayMs = pollIntervalMs
      try {
        await sync.step()
        succeeded()
      } catch (error) {
        // The chain moved while a step read it: nothing is wrong, try again soon.
        delayMs = error instanceof ReorgDuringSync ? Math.min(pollIntervalMs, REORG_RETRY_MS) : failed(error)
      }
      await sleep(delayMs, stopping.signal)
    }
  })()

  return {
    status: () => ({
      ready: sync.synced !== undefined,
      syncedBlock: sync.synced === undefined ? null : Number(sync.synced.number),
      headBlock: sync.head === undefined ? null : Number(sync.head.number),
      lagSeconds: lag(),
      stale,
      lastError,
      names: sync.names,
      reorgs: sync.reorgs,
    }),
    ready,
    loadMissing: (name, signal) => sync.loadMissing(name, signal),
    stop: async () => {
      stopping.abort()
      await loop
      markReady()
    },
  }
}

function clientFor(options: FollowerOptions): PublicClient {
  if (options.rpcUrl === undefined) {
    throw new NamesError('INVALID_ARGUMENT', 'startFollower needs an rpcUrl or a publicClient.')
  }
  // Our own back-off replaces viem's retries; batching folds a step's parallel reads into one HTTP request.
  const transport = http(options.rpcUrl, { batch: true, retryCount: 0, timeout: options.rpcTimeoutMs ?? 5000 })
  return createPublicClient({ transport })
}

function errorText(error: unknown): string {
  if (error instanceof BaseError) return error.shortMessage
  return error instanceof Error ? error.message : String(error)
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done)
  })
}

const silent: FollowerLogger = { info: () => {}, warn: () => {} }
