import { type AnswerPlan, ExtendedErrorCode, planAnswer } from './answer.ts'
import { AnswerCache, type CachedAnswer, cachedAnswer } from './answer-cache.ts'
import { DnsMetrics, type Transport } from './metrics.ts'
import { type MissingNameOptions, MissingNames } from './missing-names.ts'
import { asciiLower } from './names.ts'
import { RecordType } from './records.ts'
import { encodeAnswer } from './response.ts'
import { bareReply, type Edns, type Parsed, parseQuery, personalise, type Query, Rcode } from './wire.ts'
import type { Zone } from './zone.ts'

export interface QueryHandlerOptions {
  readonly zone: Zone
  /** Largest UDP response we send and advertise (EDNS0); 1232 avoids IP fragmentation (DNS flag day 2020). */
  readonly maxUdpPayload?: number
  /** Reads names the zone does not hold yet from the chain; omit when the zone is complete. */
  readonly missingNames?: MissingNameOptions
  /** Encoded answers kept at most. */
  readonly cacheEntries?: number
}

/** A reply to send, nothing (drop the message), or a reply that waits for the chain (bounded by a timeout). */
export type HandleResult = Buffer | null | Promise<Buffer | null>

const CLASS_IN = 1
const NO_EDNS_UDP_PAYLOAD = 512
const MAX_MESSAGE = 65_535

/**
 * Turns query bytes into response bytes for every transport. A repeated question is answered from its encoded
 * answer with only the ID, flags and letter case patched, which is what keeps the UDP path near a precomputed map;
 * everything else (errors, misses, chain reads) goes through `planAnswer` and is encoded once.
 */
export class QueryHandler {
  readonly zone: Zone
  readonly cache: AnswerCache
  readonly metrics = new DnsMetrics()
  readonly maxUdpPayload: number
  readonly #missing: MissingNames | undefined
  readonly #scratch = Buffer.alloc(512)

  constructor(options: QueryHandlerOptions) {
    this.zone = options.zone
    this.maxUdpPayload = options.maxUdpPayload ?? 1232
    this.cache = new AnswerCache(this.zone.apex, options.cacheEntries)
    this.#missing = options.missingNames === undefined ? undefined : new MissingNames(this.zone, options.missingNames)
    this.zone.onChange((change) => this.cache.invalidate(change))
  }

  /**
   * Answers one DNS message. UDP replies are cut to the client's EDNS buffer (TC=1 when the answer does not fit);
   * TCP and DoH replies are never cut. `message` is read only during the call: its buffer may be reused after.
   */
  handle(message: Buffer, transport: Transport): HandleResult {
    const parsed = parseQuery(message, this.#scratch)
    if (parsed.kind !== 'query') return this.#reject(message, parsed)
    const { query } = parsed
    this.metrics.countQuery(query.qtype, transport)
    const limit = transport === 'udp' ? this.#udpLimit(query.edns) : MAX_MESSAGE
    const now = this.zone.now()
    const cached = this.cache.find(query.hash, this.#scratch, query.questionLength)
    if (cached !== undefined && cached.validUntil > now) {
      this.metrics.cacheHits++
      return this.#reply(cached, message, query, limit)
    }
    this.metrics.cacheMisses++
    const question = Buffer.from(this.#scratch.subarray(0, query.questionLength))
    return this.#miss(message, query, question, limit, now, true)
  }

  /** The Prometheus text for `/metrics`. */
  metricsText(): string {
    return this.metrics.render(this.zone, this.cache.size)
  }

  #reject(message: Buffer, parsed: Exclude<Parsed, { kind: 'query' }>): Buffer | null {
    if (parsed.kind === 'drop') {
      this.metrics.dropped++
      return null
    }
    this.metrics.countResponse(parsed.rcode)
    return bareReply(message, { ...parsed, edns: parsed.edns !== undefined }, this.maxUdpPayload)
  }

  #udpLimit(edns: Edns | undefined): number {
    if (edns === undefined) return NO_EDNS_UDP_PAYLOAD
    return Math.min(Math.max(edns.udpSize, NO_EDNS_UDP_PAYLOAD), this.maxUdpPayload)
  }

  #reply(answer: CachedAnswer, message: Buffer, query: Query, limit: number): Buffer {
    const full = query.edns === undefined ? answer.plain : answer.edns
    const fits = full.length <= limit
    const chosen = fits ? full : query.edns === undefined ? answer.truncatedPlain : answer.truncatedEdns
    this.metrics.countResponse(answer.rcode)
    return personalise(chosen, message, query.qnameEnd)
  }

  #miss(message: Buffer, query: Query, question: Buffer, limit: number, now: number, mayLoad: boolean): HandleResult {
    const name = questionName(question)
    const refused =
      query.qclass !== CLASS_IN ||
      query.qtype === RecordType.AXFR ||
      query.qtype === RecordType.IXFR ||
      !this.zone.contains(name)
    if (refused) return this.#bare(message, query, Rcode.REFUSED)
    if (query.qtype === RecordType.OPT) return this.#bare(message, query, Rcode.FORMERR)
    const plan = planAnswer(this.zone, name, query.qtype, now)
    let validUntil = plan.validUntil
    const missing = this.#missing
    if (plan.unregistered !== undefined && missing !== undefined && !this.zone.stale) {
      const candidate = missing.candidateFor(plan.unregistered) ?? plan.unregistered
      const memory = missing.remembered(candidate, now)
      if (memory?.outcome === 'failed' || (memory === undefined && (!mayLoad || missing.saturated))) {
        return this.#uncached(chainFailure(plan), message, query, question, limit)
      }
      if (memory === undefined) {
        // The caller may reuse its buffer once `handle` returns (the batched UDP reader does), so the reply that
        // waits on the chain personalises a copy.
        const own = Buffer.from(message)
        const retry = () => this.#miss(own, query, question, limit, this.zone.now(), false)
        return missing.load(candidate).then(retry)
      }
      validUntil = Math.min(validUntil, memory.until)
    }
    const answer = cachedAnswer(
      encodeAnswer(plan, question, this.maxUdpPayload),
      question,
      query.hash,
      validUntil,
      plan.names,
    )
    this.cache.set(answer)
    return this.#reply(answer, message, query, limit)
  }

  #uncached(plan: AnswerPlan, message: Buffer, query: Query, question: Buffer, limit: number): Buffer {
    const answer = cachedAnswer(encodeAnswer(plan, question, this.maxUdpPayload), question, query.hash, 0, [])
    return this.#reply(answer, message, query, limit)
  }

  #bare(message: Buffer, query: Query, rcode: number): Buffer {
    this.metrics.countResponse(rcode)
    const reply = { rcode, opcode: query.opcode, questionEnd: query.questionEnd, edns: query.edns !== undefined }
    return bareReply(message, reply, this.maxUdpPayload)
  }
}

/** SERVFAIL with EDE 23: the chain could not be read in time, and an NXDOMAIN could be wrong. */
function chainFailure(plan: AnswerPlan): AnswerPlan {
  const errors = [...plan.errors, { code: ExtendedErrorCode.NETWORK_ERROR, text: 'chain lookup failed' }]
  return { ...plan, rcode: Rcode.SERVFAIL, answers: [], authorities: [], additionals: [], errors }
}

/** The dotted, lower-case name of a wire question, decoded as dns-packet decodes record owners (UTF-8 labels). */
function questionName(wire: Buffer): string {
  const labels: string[] = []
  for (let at = 0; wire[at] !== 0 && at < wire.length; ) {
    const length = wire[at] as number
    labels.push(wire.toString('utf8', at + 1, at + 1 + length))
    at += length + 1
  }
  return asciiLower(labels.join('.'))
}
