import { type Block, BlockNotFoundError, type Hex, type PublicClient } from 'viem'
import { type ChainReader, createChainReader, type ZoneEntry } from './chain-reader.ts'
import type { NamesDeployment } from './deploy.ts'
import type { ChainClock } from './follower-clock.ts'
import { type EventSources, fetchChainEvents, fetchDnsEvents } from './follower-events.ts'
import { NameIndex } from './follower-index.ts'
import { namehash, secondLevelLabel } from './namehash.ts'

/**
 * Where the follower writes: the DNS gateway's `Zone` fits this shape, and `packages/names` does not depend on the
 * gateway (apps may depend on packages, never the other way round).
 */
export interface ZoneSink {
  /** Stores or replaces a name; `ok: false` when the zone refuses it (outside its namespace). */
  upsertName(name: string, entry: ZoneEntry): { readonly ok: boolean }
  /** Forgets a name; whether it was held. */
  removeName(name: string): boolean
  /** The chain is unreachable (true) or reachable again (false): answers say they are stale meanwhile. */
  markStale(stale: boolean): void
  /** How far the zone is behind the chain head, in seconds. */
  setChainLag(seconds: number): void
  /** The SOA serial: it goes up whenever the zone's content changes. */
  setSerial(serial: number): void
}

/** Structured log lines, pino style: fields first, then the message. */
export interface FollowerLogger {
  info(fields: Record<string, unknown>, message: string): void
  warn(fields: Record<string, unknown>, message: string): void
}

/** A block the zone was brought to, with the names re-read on the way there (what a reorg past it must redo). */
interface Checkpoint {
  readonly number: bigint
  readonly hash: Hex
  readonly timestamp: number
  readonly touched: Set<Hex>
}

export interface ZoneSyncOptions {
  readonly client: PublicClient
  readonly deployment: NamesDeployment
  readonly sink: ZoneSink
  readonly confirmations: number
  readonly maxLogRange: number
  readonly reorgWindow: number
  readonly clock: ChainClock | undefined
  readonly log: FollowerLogger
}

/** The chain moved under one sync step (a block it read changed hash): not an outage, just try again. */
export class ReorgDuringSync extends Error {}

/** Names read from the chain at once; the rest waits for the next batch (bounded fan-out). */
const READ_BATCH = 100

/**
 * Brings the zone to the chain state of the block `confirmations` below the head, one step per poll. The first
 * step rebuilds everything from the events since the deployment block and the state at that block; later steps read
 * only the new blocks' events and re-read exactly the names they touch. Every step first checks that the block it
 * last applied is still on the chain; if not, it rewinds to the newest checkpoint that is and re-reads every name
 * touched since (or rebuilds, past `reorgWindow` checkpoints).
 */
export class ZoneSync {
  readonly #client: PublicClient
  readonly #deployment: NamesDeployment
  readonly #sink: ZoneSink
  readonly #reader: ChainReader
  readonly #index: NameIndex
  readonly #confirmations: bigint
  readonly #maxLogRange: bigint
  readonly #reorgWindow: number
  readonly #clock: ChainClock | undefined
  readonly #log: FollowerLogger
  /** What the zone holds from this sync, to skip writes that change nothing. */
  readonly #entries = new Map<string, ZoneEntry>()
  /**
   * Nodes to re-read whatever the events say (loaded on a cache miss, or rewound), with the block they were read at:
   * re-reading one at an older block would take a just-loaded name away again.
   */
  readonly #pending = new Map<Hex, bigint>()
  #checkpoints: Checkpoint[] = []
  #head: Block<bigint, false, 'latest'> | undefined
  #serial = 0
  #reorgs = 0

  constructor(options: ZoneSyncOptions) {
    this.#client = options.client
    this.#deployment = options.deployment
    this.#sink = options.sink
    this.#reader = createChainReader(options.client, options.deployment)
    this.#index = new NameIndex(options.deployment.rootName, options.deployment.resolver)
    this.#confirmations = BigInt(options.confirmations)
    this.#maxLogRange = BigInt(options.maxLogRange)
    this.#reorgWindow = options.reorgWindow
    this.#clock = options.clock
    this.#log = options.log
  }

  /** The block the zone reflects, once the first rebuild is done. */
  get synced(): { readonly number: bigint; readonly timestamp: number } | undefined {
    return this.#checkpoints.at(-1)
  }

  /** The chain head as last seen. */
  get head(): { readonly number: bigint; readonly timestamp: number } | undefined {
    return this.#head === undefined ? undefined : { number: this.#head.number, timestamp: Number(this.#head.timestamp) }
  }

  /** Names the zone holds from this sync. */
  get names(): number {
    return this.#entries.size
  }

  /** Reorgs seen so far. */
  get reorgs(): number {
    return this.#reorgs
  }

  /** One poll: see the class comment. Throws when the chain cannot be read; the caller retries. */
  async step(): Promise<void> {
    const last = this.#checkpoints.at(-1)
    const [head, lastHash] = await Promise.all([
      this.#client.getBlock({ blockTag: 'latest' }),
      last === undefined ? undefined : this.#blockHash(last.number),
    ])
    this.#head = head
    this.#clock?.observe(Number(head.timestamp))
    // A head below the block already applied is a node that lags behind (load-balanced endpoints do): wait for it
    // rather than rewind. A reorg shows once the head is back at that height, as a different hash there.
    if (last !== undefined && head.number < last.number) return
    const target = this.#notBeforeDeployment(head.number - this.#confirmations)
    if (last !== undefined && lastHash !== last.hash) await this.#rewind(lastHash)
    const synced = this.#checkpoints.at(-1)
    if (synced === undefined) await this.#rebuild(target)
    else if (target > synced.number || this.#pending.size > 0) {
      await this.#advance(synced, later(target, synced.number))
    }
    const now = this.#checkpoints.at(-1)
    if (now !== undefined) this.#sink.setChainLag(Math.max(0, Number(head.timestamp) - now.timestamp))
  }

  /**
   * Reads a second-level name the zone does not hold yet (a gateway cache miss), at the newest confirmed block,
   * and marks it for the next step so that step's block and reorg checks cover it too. Null when it does not
   * resolve.
   */
  async loadMissing(name: string, signal: AbortSignal): Promise<ZoneEntry | null> {
    let label: string
    try {
      label = secondLevelLabel(name, this.#deployment.rootName)
    } catch {
      return null
    }
    const node = namehash(`${label}.${this.#deployment.rootName}`)
    const at = this.#notBeforeDeployment((await this.#client.getBlockNumber({ cacheTime: 0 })) - this.#confirmations)
    const synced = this.#checkpoints.at(-1)
    const entry = await this.#reader.readEntry(node, at, async (resolver, version) => {
      // Up to the synced block the index already has every followed resolver's RRset keys.
      const followed = this.#index.resolvers().includes(resolver)
      const from = synced !== undefined && followed ? synced.number + 1n : this.#deployment.deployBlock
      if (from <= at && !signal.aborted) this.#index.apply(await fetchDnsEvents(this.#client, resolver, node, from, at))
      return this.#index.recordKeys(resolver, node, version)
    })
    if (entry === null || signal.aborted) return entry
    this.#index.learnSecondLevel(node, label)
    this.#pending.set(node, at)
    return entry
  }

  async #rebuild(target: bigint): Promise<void> {
    const block = await this.#client.getBlock({ blockNumber: target })
    const sources = { registry: this.#deployment.registry, resolvers: this.#index.resolvers() }
    this.#index.apply(await this.#events(sources, this.#deployment.deployBlock, target))
    await this.#catchUpResolvers(target)
    const nodes = this.#index.nodes().filter((node) => (this.#pending.get(node) ?? 0n) <= target)
    const entries = await this.#read(nodes, target)
    await this.#verify(block, undefined)
    this.#write(entries)
    this.#settle(nodes, target)
    this.#checkpoints = [{ number: target, hash: block.hash, timestamp: Number(block.timestamp), touched: new Set() }]
    this.#bumpSerial(target)
    this.#log.info({ block: Number(target), names: this.#entries.size }, 'zone rebuilt from chain state')
  }

  async #advance(synced: Checkpoint, to: bigint): Promise<void> {
    const pending = [...this.#pending].flatMap(([node, at]) => (at <= to ? [node] : []))
    if (to === synced.number && pending.length === 0) return
    const block = to === this.#head?.number ? this.#head : await this.#client.getBlock({ blockNumber: to })
    const sources = { registry: this.#deployment.registry, resolvers: this.#index.resolvers() }
    const dirty =
      to > synced.number ? this.#index.apply(await this.#events(sources, synced.number + 1n, to)) : new Set<Hex>()
    for (const node of await this.#catchUpResolvers(to)) dirty.add(node)
    for (const node of pending) dirty.add(node)
    const entries = await this.#read([...dirty], to)
    await this.#verify(block, synced)
    const changed = this.#write(entries)
    this.#settle(pending, to)
    if (to === synced.number) for (const node of dirty) synced.touched.add(node)
    else this.#checkpoints.push({ number: to, hash: block.hash, timestamp: Number(block.timestamp), touched: dirty })
    if (this.#checkpoints.length > this.#reorgWindow) this.#checkpoints.shift()
    if (changed) this.#bumpSerial(to)
  }

  /** Drops the checkpoints no longer on the chain and queues the names they touched; `lastHash` is the newest's. */
  async #rewind(lastHash: Hex | undefined): Promise<void> {
    this.#reorgs++
    const from = this.#checkpoints.at(-1)?.number
    let affected = 0
    for (
      let hash = lastHash, newest = this.#checkpoints.at(-1);
      newest !== undefined;
      newest = this.#checkpoints.at(-1)
    ) {
      if (hash === newest.hash) break
      for (const node of newest.touched) this.#pending.set(node, 0n)
      affected += newest.touched.size
      this.#checkpoints.pop()
      const previous = this.#checkpoints.at(-1)
      hash = previous === undefined ? undefined : await this.#blockHash(previous.number)
    }
    const to = this.#checkpoints.at(-1)?.number
    this.#log.warn(
      { from: Number(from), to: to === undefined ? null : Number(to), names: affected },
      to === undefined ? 'chain reorganised deeper than the reorg window: rebuilding' : 'chain reorganised: rewinding',
    )
  }

  /** Reads the earlier events of resolvers first seen in this step; returns the nodes they touch. */
  async #catchUpResolvers(to: bigint): Promise<Set<Hex>> {
    const dirty = new Set<Hex>()
    for (let fresh = this.#index.takeNewResolvers(); fresh.length > 0; fresh = this.#index.takeNewResolvers()) {
      const events = await this.#events({ resolvers: fresh }, this.#deployment.deployBlock, to)
      for (const node of this.#index.apply(events)) dirty.add(node)
    }
    return dirty
  }

  #events(sources: EventSources, from: bigint, to: bigint) {
    return fetchChainEvents(this.#client, sources, from, to, this.#maxLogRange)
  }

  async #read(nodes: readonly Hex[], at: bigint): Promise<Map<Hex, ZoneEntry | null>> {
    const entries = new Map<Hex, ZoneEntry | null>()
    for (let start = 0; start < nodes.length; start += READ_BATCH) {
      const batch = nodes.slice(start, start + READ_BATCH)
      const read = await Promise.all(
        batch.map((node) =>
          this.#reader.readEntry(node, at, async (resolver, version) =>
            this.#index.recordKeys(resolver, node, version),
          ),
        ),
      )
      for (const [i, node] of batch.entries()) entries.set(node, read[i] ?? null)
    }
    return entries
  }

  /** The blocks this step relied on must still be on the chain once everything is read. */
  async #verify(block: { number: bigint; hash: Hex }, synced: Checkpoint | undefined): Promise<void> {
    const [blockHash, syncedHash] = await Promise.all([
      this.#blockHash(block.number),
      synced === undefined ? undefined : this.#blockHash(synced.number),
    ])
    if (blockHash !== block.hash || (synced !== undefined && syncedHash !== synced.hash)) throw new ReorgDuringSync()
  }

  /** Writes what changed into the sink; whether anything did. */
  #write(entries: ReadonlyMap<Hex, ZoneEntry | null>): boolean {
    let changed = false
    for (const [node, entry] of entries) {
      const name = this.#index.name(node)
      if (name === undefined) continue
      const previous = this.#entries.get(name)
      if (entry === null) {
        this.#entries.delete(name)
        if (this.#sink.removeName(name)) changed = true
        continue
      }
      if (previous !== undefined && sameEntry(previous, entry)) continue
      const stored = this.#sink.upsertName(name, entry)
      if (stored.ok) {
        this.#entries.set(name, entry)
        changed = true
      } else {
        this.#log.warn({ name }, 'the zone refused a name from the chain')
      }
    }
    return changed
  }

  /** Unmarks nodes read at `block`, unless a cache miss has marked one again at a newer block meanwhile. */
  #settle(nodes: readonly Hex[], block: bigint): void {
    for (const node of nodes) if ((this.#pending.get(node) ?? 0n) <= block) this.#pending.delete(node)
  }

  /** The serial follows the block number, and still goes up when a reorg brought the zone back to a lower one. */
  #bumpSerial(block: bigint): void {
    this.#serial = Math.max(this.#serial + 1, Number(block))
    this.#sink.setSerial(this.#serial)
  }

  async #blockHash(number: bigint): Promise<Hex | undefined> {
    try {
      return (await this.#client.getBlock({ blockNumber: number })).hash
    } catch (error) {
      if (error instanceof BlockNotFoundError) return undefined
      throw error
    }
  }

  /** A block the deployment exists at: `block`, or the deployment block while the chain is shorter. */
  #notBeforeDeployment(block: bigint): bigint {
    return later(block, this.#deployment.deployBlock)
  }
}

function later(a: bigint, b: bigint): bigint {
  return a > b ? a : b
}

function sameEntry(a: ZoneEntry, b: ZoneEntry): boolean {
  if (a.expiresAt !== b.expiresAt || a.suspended !== b.suspended || a.records.length !== b.records.length) return false
  return a.records.every((byte, i) => byte === b.records[i])
}
