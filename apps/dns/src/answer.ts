import type { Answer } from 'dns-packet'
import { isAtOrBelow, namesBetween, normaliseName } from './names.ts'
import { RecordType, type ZoneRecord } from './records.ts'
import { Rcode } from './wire.ts'
import type { Registration, Zone } from './zone.ts'

/** An Extended DNS Error (RFC 8914) to attach when the client speaks EDNS. */
export interface ExtendedError {
  readonly code: number
  readonly text: string
}

export const ExtendedErrorCode = {
  STALE_ANSWER: 3,
  CENSORED: 16,
  NETWORK_ERROR: 23,
} as const

/** The content of a response, before encoding. Pure data: the same zone and clock give the same plan. */
export interface AnswerPlan {
  readonly rcode: number
  readonly authoritative: boolean
  readonly answers: readonly Answer[]
  readonly authorities: readonly Answer[]
  readonly additionals: readonly Answer[]
  readonly errors: readonly ExtendedError[]
  /** Unix seconds until which this plan stays exactly right (TTLs included), unless the zone changes. */
  readonly validUntil: number
  /** Every name looked up, so a change at, above or below one of them invalidates the plan. */
  readonly names: readonly string[]
  /** A name in the namespace that no registration covers: the chain may know it even if the zone does not yet. */
  readonly unregistered: string | undefined
}

/** RFC 8767 §4: stale data goes out with a short TTL so clients come back once the chain is reachable. */
const STALE_TTL = 30
/** RFC 1034 leaves chain length open; 8 hops is what common resolvers follow. */
const MAX_CNAME_HOPS = 8
/** RFC 8482: answer ANY with one synthesised HINFO instead of everything (amplification). */
const ANY_REPLY: Answer = { type: 'HINFO', name: '', ttl: 3600, data: { cpu: 'RFC8482', os: '' } }

type Found =
  | { readonly kind: 'apex' }
  | { readonly kind: 'missing'; readonly registration: Registration | undefined }
  | { readonly kind: 'suspended' }
  | { readonly kind: 'node'; readonly registration: Registration | undefined; readonly rrsets: RRsets }
  | { readonly kind: 'cut'; readonly registration: Registration; readonly owner: string; readonly ns: ZoneRecord[] }

type RRsets = ReadonlyMap<number, readonly ZoneRecord[]>

/**
 * Plans the authoritative answer for one question. `qname` is normalised; the caller has checked the class is IN
 * and the name is inside the zone. Covers CNAME chains (RFC 6604 rcodes), NODATA and NXDOMAIN with the SOA
 * (RFC 2308), empty non-terminals (RFC 8020), delegations where a name publishes NS, serve-stale and suspension.
 */
export function planAnswer(zone: Zone, qname: string, qtype: number, now: number): AnswerPlan {
  const plan = new PlanBuilder(zone, now)
  if (zone.stale) plan.errors.push({ code: ExtendedErrorCode.STALE_ANSWER, text: 'chain unreachable' })
  let name = qname
  for (let hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
    plan.names.push(name)
    const found = find(zone, name, now)
    switch (found.kind) {
      case 'apex':
        return apexAnswer(plan, qtype)
      case 'suspended':
        plan.errors.push({ code: ExtendedErrorCode.CENSORED, text: 'name suspended by dispute resolution' })
        return plan.negative(Rcode.NXDOMAIN)
      case 'missing':
        if (found.registration === undefined) plan.unregistered = name
        return plan.negative(Rcode.NXDOMAIN)
      case 'cut':
        if (plan.answers.length > 0) return plan.done()
        if (qtype === RecordType.DS && found.owner === name) return plan.negative(Rcode.NOERROR)
        return referral(plan, found.registration, found.ns)
      case 'node': {
        if (qtype === RecordType.ANY && found.rrsets.size > 0) {
          plan.answers.push({ ...ANY_REPLY, name })
          return plan.done()
        }
        const rrset = found.rrsets.get(qtype)
        if (rrset !== undefined) {
          plan.addRecords(plan.answers, rrset, found.registration)
          return plan.done()
        }
        const cname = found.rrsets.get(RecordType.CNAME)?.[0]
        if (cname === undefined || cname.type !== 'CNAME') return plan.negative(Rcode.NOERROR)
        plan.addRecords(plan.answers, [cname], found.registration)
        name = normaliseName(cname.data)
        if (!zone.contains(name)) return plan.done()
        break
      }
    }
  }
  return plan.done()
}

function find(zone: Zone, name: string, now: number): Found {
  if (name === zone.apex) return { kind: 'apex' }
  const registration = zone.registrationFor(name)
  if (registration === undefined) {
    return zone.hasRegistrationBelow(name) ? { kind: 'node', registration, rrsets: new Map() } : missing(undefined)
  }
  if (registration.expiresAt <= now) return missing(registration)
  if (registration.suspended) return { kind: 'suspended' }
  // The topmost owner with NS between the registered name and the query name is a zone cut.
  for (const owner of [registration.name, ...namesBetween(name, registration.name).reverse(), name]) {
    const ns = registration.owners.get(owner)?.get(RecordType.NS)
    if (ns !== undefined) return { kind: 'cut', registration, owner, ns: [...ns] }
    if (owner === name) break
  }
  const rrsets = registration.owners.get(name)
  if (rrsets !== undefined || name === registration.name || zone.hasRegistrationBelow(name)) {
    return { kind: 'node', registration, rrsets: rrsets ?? new Map() }
  }
  for (const owner of registration.owners.keys()) {
    if (isAtOrBelow(owner, name)) return { kind: 'node', registration, rrsets: new Map() }
  }
  return missing(registration)
}

function missing(registration: Registration | undefined): Found {
  return { kind: 'missing', registration }
}

function apexAnswer(plan: PlanBuilder, qtype: number): AnswerPlan {
  const { zone } = plan
  if (qtype === RecordType.SOA) plan.answers.push(plan.soaRecord(zone.soa.apexTtl))
  else if (qtype === RecordType.NS) {
    for (const target of zone.soa.nameServers) plan.answers.push(plan.apexRecord('NS', target))
    plan.addGlue(zone.soa.nameServers)
  } else if (qtype === RecordType.ANY) plan.answers.push({ ...ANY_REPLY, name: zone.apex })
  else return plan.negative(Rcode.NOERROR)
  return plan.done()
}

function referral(plan: PlanBuilder, registration: Registration, ns: readonly ZoneRecord[]): AnswerPlan {
  plan.authoritative = false
  plan.addRecords(plan.authorities, ns, registration)
  plan.addGlue(ns.flatMap((record) => (record.type === 'NS' ? [record.data] : [])))
  return plan.done()
}

/** Collects a plan's sections and tracks when its TTLs stop being exact. */
class PlanBuilder {
  readonly zone: Zone
  readonly now: number
  readonly answers: Answer[] = []
  readonly authorities: Answer[] = []
  readonly additionals: Answer[] = []
  readonly errors: ExtendedError[] = []
  readonly names: string[] = []
  authoritative = true
  unregistered: string | undefined
  #validUntil = Number.POSITIVE_INFINITY
  #rcode: number = Rcode.NOERROR

  constructor(zone: Zone, now: number) {
    this.zone = zone
    this.now = now
  }

  /** Adds records with their TTL capped by the time left before the name expires (and by the stale TTL). */
  addRecords(section: Answer[], records: readonly ZoneRecord[], registration: Registration | undefined): void {
    for (const record of records) {
      const ttl = record.ttl ?? 0
      let capped = ttl
      if (registration !== undefined) {
        const left = Math.floor(registration.expiresAt - this.now)
        if (left <= ttl) {
          // Inside the last TTL before expiry the cap changes every second.
          capped = Math.max(left, 0)
          this.#until(this.now + 1)
        } else this.#until(registration.expiresAt - ttl)
      }
      section.push({ ...record, ttl: this.#ttl(capped) })
    }
  }

  /** A/AAAA for in-zone targets (NS hosts), so a resolver can reach them without another query. */
  addGlue(names: readonly string[]): void {
    for (const target of names.map(normaliseName)) {
      if (!this.zone.contains(target) || target === this.zone.apex) continue
      this.names.push(target)
      // Read the owner directly: glue lies below the zone cut it serves, where `find` would stop.
      const registration = this.zone.registrationFor(target)
      if (registration === undefined || registration.suspended || registration.expiresAt <= this.now) continue
      const rrsets = registration.owners.get(target)
      for (const type of [RecordType.A, RecordType.AAAA]) {
        const rrset = rrsets?.get(type)
        if (rrset !== undefined) this.addRecords(this.additionals, rrset, registration)
      }
    }
  }

  soaRecord(ttl: number): Answer {
    const { soa } = this.zone
    return {
      type: 'SOA',
      name: this.zone.apex,
      ttl: this.#ttl(ttl),
      data: {
        mname: soa.primaryNameServer,
        rname: soa.hostmaster,
        serial: soa.serial,
        refresh: soa.refresh,
        retry: soa.retry,
        expire: soa.expire,
        minimum: soa.minimum,
      },
    }
  }

  apexRecord(type: 'NS', data: string): Answer {
    return { type, name: this.zone.apex, ttl: this.#ttl(this.zone.soa.apexTtl), data }
  }

  /** NXDOMAIN or NODATA: the SOA in authority with the negative TTL (RFC 2308 §3). */
  negative(rcode: number): AnswerPlan {
    this.#rcode = rcode
    this.authorities.push(this.soaRecord(Math.min(this.zone.soa.apexTtl, this.zone.soa.minimum)))
    return this.done()
  }

  done(): AnswerPlan {
    return {
      rcode: this.#rcode,
      authoritative: this.authoritative,
      answers: this.answers,
      authorities: this.authorities,
      additionals: this.additionals,
      errors: this.errors,
      validUntil: this.#validUntil,
      names: this.names,
      unregistered: this.unregistered,
    }
  }

  #ttl(ttl: number): number {
    return this.zone.stale ? Math.min(ttl, STALE_TTL) : ttl
  }

  #until(seconds: number): void {
    this.#validUntil = Math.min(this.#validUntil, seconds)
  }
}
