/**
 * Hand-written reading of DNS queries (RFC 1035 §4.1, EDNS0 RFC 6891). The hot path needs only the header, the
 * question and the OPT record, so this avoids a full dns-packet decode per query, and it is strict: anything it
 * cannot vouch for becomes FORMERR, NOTIMP or BADVERS, and responses are dropped (answering them invites loops).
 */

export const Rcode = {
  NOERROR: 0,
  FORMERR: 1,
  SERVFAIL: 2,
  NXDOMAIN: 3,
  NOTIMP: 4,
  REFUSED: 5,
  BADVERS: 16,
} as const

export const HEADER_BYTES = 12
const OPT_TYPE = 41
const QR = 0x80 // in header byte 2
const RD = 0x01 // in header byte 2
const CD = 0x10 // in header byte 3
const MAX_NAME_BYTES = 255

/** The client's EDNS0 OPT record. */
export interface Edns {
  readonly udpSize: number
  readonly version: number
}

/** A well-formed standard query with one question. */
export interface Query {
  readonly opcode: number
  /** Offset just past the question name (the bytes copied to echo the client's case). */
  readonly qnameEnd: number
  /** Offset just past QTYPE and QCLASS. */
  readonly questionEnd: number
  readonly qtype: number
  readonly qclass: number
  /**
   * Length of the lower-cased question (name in wire form, then QTYPE and QCLASS) that `parseQuery` left at the
   * start of its scratch buffer, valid until the next parse: the cache key.
   */
  readonly questionLength: number
  /** FNV-1a of those bytes, small enough to stay a V8 small integer: hashing a fresh string per query costs more. */
  readonly hash: number
  readonly edns: Edns | undefined
}

/** What to do with an incoming message. */
export type Parsed =
  | { readonly kind: 'query'; readonly query: Query }
  | { readonly kind: 'drop' }
  | {
      readonly kind: 'error'
      readonly rcode: number
      readonly opcode: number
      /** 0 when there is no question worth echoing. */
      readonly questionEnd: number
      readonly edns: Edns | undefined
    }

/**
 * Reads a query. `scratch` (at least 259 bytes) receives the lower-cased question; it is reused between calls.
 *
 * @example
 * const scratch = Buffer.alloc(512)
 * const parsed = parseQuery(message, scratch)
 * if (parsed.kind === 'query') lookup(parsed.query.hash, scratch.subarray(0, parsed.query.questionLength))
 */
export function parseQuery(message: Buffer, scratch: Buffer): Parsed {
  if (message.length < HEADER_BYTES || ((message[2] as number) & QR) !== 0) return DROP
  const opcode = ((message[2] as number) >> 3) & 0x0f
  const questions = uint16(message, 4)
  const others = uint16(message, 6) + uint16(message, 8)
  const additionals = uint16(message, 10)
  const qnameEnd = questions === 0 ? -1 : lowerQuestionName(message, scratch)
  const questionEnd = qnameEnd < 0 || qnameEnd + 4 > message.length ? 0 : qnameEnd + 4
  // Read the OPT even for errors: a client that sent one must get one back (RFC 6891 §7).
  let end = questionEnd
  let edns: Edns | undefined
  if (questions !== 1 || questionEnd === 0) end = -1
  else if (others + additionals > 0) ({ end, edns } = readSections(message, questionEnd, others, additionals))
  if (opcode !== 0) return { kind: 'error', rcode: Rcode.NOTIMP, opcode, questionEnd, edns }
  if (questions !== 1 || questionEnd === 0 || others !== 0) return formerr(questionEnd, edns)
  if (end !== message.length) return formerr(questionEnd, edns)
  if (edns !== undefined && edns.version !== 0) {
    return { kind: 'error', rcode: Rcode.BADVERS, opcode, questionEnd, edns }
  }
  const questionLength = questionEnd - HEADER_BYTES
  for (let at = qnameEnd; at < questionEnd; at++) scratch[at - HEADER_BYTES] = message[at] as number
  return {
    kind: 'query',
    query: {
      opcode,
      qnameEnd,
      questionEnd,
      qtype: uint16(message, qnameEnd),
      qclass: uint16(message, qnameEnd + 2),
      questionLength,
      hash: questionHash(scratch, questionLength),
      edns,
    },
  }
}

/**
 * FNV-1a over `bytes[0, length)`, cut to 30 bits so it is a small integer on every V8 build.
 *
 * @example
 * questionHash(question, question.length) // the same number `parseQuery` gives for that question
 */
export function questionHash(bytes: Uint8Array, length: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193)
  return hash & 0x3fffffff
}

/** Buffer#readUInt16BE without its argument checks, for offsets already known to be in range. */
function uint16(message: Buffer, offset: number): number {
  return ((message[offset] as number) << 8) | (message[offset + 1] as number)
}

const DROP: Parsed = { kind: 'drop' }
/**
 * Walks the answer, authority and additional sections after the question; returns where they end (-1, which never
 * equals a message length, when they break off or hold two OPTs) and the OPT found, if any.
 */
function readSections(
  message: Buffer,
  offset: number,
  records: number,
  additionals: number,
): { end: number; edns: Edns | undefined } {
  let at = offset
  let edns: Edns | undefined
  for (let i = 0; i < records + additionals; i++) {
    const rr = readRecord(message, at)
    if (rr === undefined) return { end: -1, edns }
    if (rr.opt !== undefined) {
      if (edns !== undefined || i < records) return { end: -1, edns }
      edns = rr.opt
    }
    at = rr.end
  }
  return { end: at, edns }
}

function formerr(questionEnd: number, edns: Edns | undefined): Parsed {
  return { kind: 'error', rcode: Rcode.FORMERR, opcode: 0, questionEnd, edns }
}

/**
 * Copies the question name at offset 12 into `scratch` with ASCII letters lower-cased; returns the offset after
 * it, or -1. A question cannot hold a compression pointer (there is nothing before it to point to).
 */
function lowerQuestionName(message: Buffer, scratch: Buffer): number {
  let at = HEADER_BYTES
  let out = 0
  for (;;) {
    const length = message[at]
    if (length === undefined || length > 63) return -1
    if (out + length + 1 > MAX_NAME_BYTES || at + length + 1 > message.length) return -1
    scratch[out++] = length
    at++
    if (length === 0) return at
    for (let end = at + length; at < end; at++) {
      const byte = message[at] as number
      scratch[out++] = byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte
    }
  }
}

/** Skips one RR; returns its end and, for OPT, the client's EDNS. */
function readRecord(message: Buffer, offset: number): { end: number; opt: Edns | undefined } | undefined {
  const nameEnd = skipName(message, offset)
  if (nameEnd < 0 || nameEnd + 10 > message.length) return undefined
  const type = message.readUInt16BE(nameEnd)
  const end = nameEnd + 10 + message.readUInt16BE(nameEnd + 8)
  if (end > message.length) return undefined
  if (type !== OPT_TYPE) return { end, opt: undefined }
  // OPT's owner is the root; its options must tile RDATA exactly (RFC 6891 §6.1.2).
  if (nameEnd !== offset + 1) return undefined
  for (let at = nameEnd + 10; at < end; ) {
    if (at + 4 > end) return undefined
    at += 4 + message.readUInt16BE(at + 2)
    if (at > end) return undefined
  }
  return { end, opt: { udpSize: message.readUInt16BE(nameEnd + 2), version: message[nameEnd + 5] as number } }
}

/** The offset after a possibly compressed name, or -1. Pointers are not followed: only the name's own bytes count. */
function skipName(message: Buffer, offset: number): number {
  let at = offset
  for (;;) {
    const length = message[at]
    if (length === undefined) return -1
    if ((length & 0xc0) === 0xc0) return at + 2 <= message.length ? at + 2 : -1
    if (length > 63) return -1
    at += length + 1
    if (length === 0) return at
    if (at - offset > MAX_NAME_BYTES) return -1
  }
}

/**
 * A bodiless reply: header, the question echoed if there is one, and an OPT when the client sent one. Used for
 * errors, REFUSED and TC=1 fallbacks; extended rcodes go in the OPT (RFC 6891 §6.1.3).
 */
export function bareReply(
  message: Buffer,
  reply: { rcode: number; opcode: number; questionEnd: number; edns: boolean; truncated?: boolean },
  udpPayload: number,
): Buffer {
  const questionBytes = reply.questionEnd === 0 ? 0 : reply.questionEnd - HEADER_BYTES
  const out = Buffer.alloc(HEADER_BYTES + questionBytes + (reply.edns ? 11 : 0))
  message.copy(out, 0, 0, 2)
  out[2] = QR | (reply.opcode << 3) | (reply.truncated === true ? 0x02 : 0) | ((message[2] as number) & RD)
  out[3] = ((message[3] as number) & CD) | (reply.rcode & 0x0f)
  out.writeUInt16BE(questionBytes === 0 ? 0 : 1, 4)
  if (questionBytes > 0) message.copy(out, HEADER_BYTES, HEADER_BYTES, reply.questionEnd)
  if (reply.edns) {
    out.writeUInt16BE(1, 10)
    const opt = HEADER_BYTES + questionBytes
    out.writeUInt16BE(OPT_TYPE, opt + 1)
    out.writeUInt16BE(udpPayload, opt + 3)
    out[opt + 5] = reply.rcode >> 4
  }
  return out
}

/**
 * Turns a cached response (lower-case question, ID 0, RD and CD clear) into the reply to `message`: its ID, its
 * RD and CD bits, and its question name with the client's own letter case (answers point back to it).
 */
export function personalise(cached: Buffer, message: Buffer, qnameEnd: number): Buffer {
  const out = Buffer.allocUnsafe(cached.length)
  // TypedArray#set and a byte loop: Buffer#copy's argument handling costs more than these short copies.
  out.set(cached)
  out[0] = message[0] as number
  out[1] = message[1] as number
  out[2] = (cached[2] as number) | ((message[2] as number) & RD)
  out[3] = (cached[3] as number) | ((message[3] as number) & CD)
  for (let at = HEADER_BYTES; at < qnameEnd; at++) out[at] = message[at] as number
  return out
}

/**
 * The smallest TTL among a response's answer and authority records (the DoH Cache-Control max-age, RFC 8484
 * §5.1); undefined when there are none.
 */
export function minimumTtl(response: Buffer): number | undefined {
  let offset = HEADER_BYTES
  for (let i = response.readUInt16BE(4); i > 0; i--) {
    const nameEnd = skipName(response, offset)
    if (nameEnd < 0) return undefined
    offset = nameEnd + 4
  }
  let minimum: number | undefined
  const records = response.readUInt16BE(6) + response.readUInt16BE(8)
  for (let i = 0; i < records; i++) {
    const nameEnd = skipName(response, offset)
    if (nameEnd < 0 || nameEnd + 10 > response.length) return minimum
    const ttl = response.readUInt32BE(nameEnd + 4)
    minimum = minimum === undefined ? ttl : Math.min(minimum, ttl)
    offset = nameEnd + 10 + response.readUInt16BE(nameEnd + 8)
  }
  return minimum
}
