import { isAtOrBelow, namesBetween, normaliseName } from './names.ts'
import { decodeRecords, RecordType, type ZoneRecord } from './records.ts'

/** What the follower knows about one registered name (the contract's view). */
export interface NameEntry {
  /** Unix seconds; from then on the name answers NXDOMAIN, and until then it caps every TTL. */
  readonly expiresAt: number
  /** A dispute remedy: the name answers NXDOMAIN with an Extended DNS Error saying why. */
  readonly suspended: boolean
  /** Concatenated uncompressed wire RRs, owners at or below the name (see `encodeRecords`). */
  readonly records: Uint8Array
}

/** The apex SOA/NS and clock; every field has a default. */
export interface ZoneOptions {
  /** The namespace this gateway is authoritative for (RFC 9476 `.alt` by default). */
  readonly apex?: string
  /** SOA MNAME and first NS; default `ns1.<apex>`. */
  readonly primaryNameServer?: string
  /** Further NS names published at the apex. */
  readonly extraNameServers?: readonly string[]
  /** SOA RNAME as a name (`hostmaster.<apex>` = hostmaster@<apex>). */
  readonly hostmaster?: string
  readonly serial?: number
  readonly refresh?: number
  readonly retry?: number
  readonly expire?: number
  /** SOA MINIMUM: the negative-caching TTL (RFC 2308). Short, because names appear when registered. */
  readonly minimum?: number
  /** TTL of the apex SOA and NS records. */
  readonly apexTtl?: number
  /** Unix seconds; tests pass their own. */
  readonly now?: () => number
}

/** SOA fields after defaults. */
export interface SoaSettings {
  readonly primaryNameServer: string
  readonly nameServers: readonly string[]
  readonly hostmaster: string
  readonly serial: number
  readonly refresh: number
  readonly retry: number
  readonly expire: number
  readonly minimum: number
  readonly apexTtl: number
}

/** A registered name as the answer logic reads it: records grouped by owner, then by type number. */
export interface Registration {
  readonly name: string
  readonly expiresAt: number
  readonly suspended: boolean
  readonly owners: ReadonlyMap<string, ReadonlyMap<number, readonly ZoneRecord[]>>
}

/** What changed: one registered name (and so everything at, above or below it), or everything. */
export type ZoneChange = { readonly kind: 'name'; readonly name: string } | { readonly kind: 'all' }

/** `upsertName`'s outcome; chain data is never trusted to be well-formed, so problems are values. */
export type UpsertResult =
  | { readonly ok: true; readonly records: number; readonly ignored: number; readonly malformed: boolean }
  | { readonly ok: false; readonly code: 'DNS_NAME_OUTSIDE_ZONE' }

export const DEFAULT_APEX = 'blockgov.alt'

/**
 * The in-memory zone the gateway answers from. The chain follower writes it (`upsertName`, `removeName`,
 * `markStale`, `setSerial`, `setChainLag`); queries only read it, so the hot path never waits on RPC.
 * Listeners hear every change, which is how the answer cache invalidates exactly what a change touches.
 */
export class Zone {
  readonly apex: string
  readonly now: () => number
  #soa: SoaSettings
  readonly #registrations = new Map<string, Registration>()
  /** How many registrations lie strictly below each name (only names strictly below the apex are counted). */
  readonly #registeredBelow = new Map<string, number>()
  readonly #listeners = new Set<(change: ZoneChange) => void>()
  #stale = false
  #chainLagSeconds: number | undefined

  constructor(options: ZoneOptions = {}) {
    this.apex = normaliseName(options.apex ?? DEFAULT_APEX)
    this.now = options.now ?? (() => Date.now() / 1000)
    const primaryNameServer = normaliseName(options.primaryNameServer ?? `ns1.${this.apex}`)
    this.#soa = {
      primaryNameServer,
      nameServers: [primaryNameServer, ...(options.extraNameServers ?? []).map(normaliseName)],
      hostmaster: normaliseName(options.hostmaster ?? `hostmaster.${this.apex}`),
      serial: options.serial ?? 1,
      refresh: options.refresh ?? 3600,
      retry: options.retry ?? 600,
      expire: options.expire ?? 1_209_600,
      minimum: options.minimum ?? 60,
      apexTtl: options.apexTtl ?? 3600,
    }
  }

  get soa(): SoaSettings {
    return this.#soa
  }

  /** True while the feeder has lost the chain: answers carry EDE 3 "Stale Answer" (RFC 8767). */
  get stale(): boolean {
    return this.#stale
  }

  /** Seconds the feeder is behind the chain head, as it last reported. */
  get chainLagSeconds(): number | undefined {
    return this.#chainLagSeconds
  }

  /** Number of registered names held. */
  get size(): number {
    return this.#registrations.size
  }

  /** Whether `name` (normalised) is the apex or below it. */
  contains(name: string): boolean {
    return isAtOrBelow(name, this.apex)
  }

  /**
   * Stores or replaces a registered name. Records whose owner is not at or below `name`, of another class or of an
   * unserved type are ignored; of a CNAME and other data at one owner, the CNAME wins (RFC 1034 §3.6.2).
   *
   * @example
   * zone.upsertName('example.blockgov.alt', { expiresAt, suspended: false, records: encodeRecords([...]) })
   */
  upsertName(name: string, entry: NameEntry): UpsertResult {
    const key = normaliseName(name)
    if (key === this.apex || !this.contains(key)) return { ok: false, code: 'DNS_NAME_OUTSIDE_ZONE' }
    const decoded = decodeRecords(entry.records)
    const owners = new Map<string, Map<number, ZoneRecord[]>>()
    let ignored = decoded.ignored
    for (const record of decoded.records) {
      if (!isAtOrBelow(record.name, key)) {
        ignored++
        continue
      }
      const byType = owners.get(record.name) ?? new Map<number, ZoneRecord[]>()
      owners.set(record.name, byType)
      const type = RecordType[record.type as keyof typeof RecordType]
      const rrset = byType.get(type) ?? []
      byType.set(type, rrset)
      rrset.push(record)
    }
    for (const byType of owners.values()) {
      const cnames = byType.get(RecordType.CNAME)
      if (cnames === undefined) continue
      for (const [type, rrset] of byType) if (type !== RecordType.CNAME) ignored += rrset.length
      ignored += cnames.length - 1
      byType.clear()
      byType.set(RecordType.CNAME, cnames.slice(0, 1))
    }
    if (!this.#registrations.has(key)) this.#countBelow(key, 1)
    this.#registrations.set(key, { name: key, expiresAt: entry.expiresAt, suspended: entry.suspended, owners })
    this.#emit({ kind: 'name', name: key })
    return { ok: true, records: countRecords(owners), ignored, malformed: decoded.malformed }
  }

  /** Forgets a registered name (released, or reorged away). Returns whether it was held. */
  removeName(name: string): boolean {
    const key = normaliseName(name)
    if (!this.#registrations.delete(key)) return false
    this.#countBelow(key, -1)
    this.#emit({ kind: 'name', name: key })
    return true
  }

  /** The feeder lost (true) or regained (false) the chain. */
  markStale(stale: boolean): void {
    if (stale === this.#stale) return
    this.#stale = stale
    this.#emit({ kind: 'all' })
  }

  /** Sets the SOA serial, e.g. to the last block the follower applied. */
  setSerial(serial: number): void {
    if (serial === this.#soa.serial) return
    this.#soa = { ...this.#soa, serial }
    this.#emit({ kind: 'all' })
  }

  /** Records how far behind the chain head the feeder is, for the metrics. */
  setChainLag(seconds: number): void {
    this.#chainLagSeconds = seconds
  }

  /** The registration that covers `name`: the nearest registered name at or above it, if any. */
  registrationFor(name: string): Registration | undefined {
    const exact = this.#registrations.get(name)
    if (exact !== undefined) return exact
    for (const above of namesBetween(name, this.apex)) {
      const registration = this.#registrations.get(above)
      if (registration !== undefined) return registration
    }
    return undefined
  }

  /** Whether some registered name lies strictly below `name`, which makes `name` an empty non-terminal. */
  hasRegistrationBelow(name: string): boolean {
    return (this.#registeredBelow.get(name) ?? 0) > 0
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  onChange(listener: (change: ZoneChange) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  #countBelow(name: string, delta: number): void {
    for (const above of namesBetween(name, this.apex)) {
      const count = (this.#registeredBelow.get(above) ?? 0) + delta
      if (count > 0) this.#registeredBelow.set(above, count)
      else this.#registeredBelow.delete(above)
    }
  }

  #emit(change: ZoneChange): void {
    for (const listener of this.#listeners) listener(change)
  }
}

function countRecords(owners: ReadonlyMap<string, ReadonlyMap<number, readonly ZoneRecord[]>>): number {
  let count = 0
  for (const byType of owners.values()) for (const rrset of byType.values()) count += rrset.length
  return count
}
