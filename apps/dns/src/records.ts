import type { Answer, CaaAnswer, MxAnswer, SrvAnswer, StringAnswer, TxtAnswer } from 'dns-packet'
import dnsPacket from 'dns-packet'
import { normaliseName } from './names.ts'

/** A record the gateway serves, in dns-packet's object form. The owner `name` is fully qualified. */
export type ZoneRecord = StringAnswer | TxtAnswer | MxAnswer | SrvAnswer | CaaAnswer

/** The record types a name may publish (the list). Anything else in the wire records is ignored. */
export const SERVED_TYPES: ReadonlySet<string> = new Set(['A', 'AAAA', 'CNAME', 'TXT', 'MX', 'NS', 'SRV', 'CAA'])

/** Wire type numbers of the served types and the few the answer logic names. */
export const RecordType = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  SRV: 33,
  OPT: 41,
  DS: 43,
  IXFR: 251,
  AXFR: 252,
  ANY: 255,
  CAA: 257,
} as const

const HEADER_BYTES = 12
const DEFAULT_TTL = 300

/**
 * Encodes records into the resolver contract's storage format: concatenated, uncompressed wire RRs
 * (EIP-1185 style). Records without a `ttl` get 300 s.
 *
 * @example
 * encodeRecords([{ type: 'A', name: 'example.blockgov.alt', ttl: 300, data: '192.0.2.1' }])
 */
export function encodeRecords(records: readonly ZoneRecord[]): Uint8Array {
  const answers = records.map((record) => ({ ...record, ttl: record.ttl ?? DEFAULT_TTL }))
  // dns-packet never compresses names, so the RRs after the header stand on their own.
  return new Uint8Array(dnsPacket.encode({ answers }).subarray(HEADER_BYTES))
}

/** What `decodeRecords` found: the served records, how many RRs it skipped, and whether the bytes ended cleanly. */
export interface DecodedRecords {
  readonly records: ZoneRecord[]
  readonly ignored: number
  /** True when the bytes stopped making sense; `records` then holds the RRs before that point. */
  readonly malformed: boolean
}

/**
 * Decodes concatenated wire RRs. Compression pointers are refused: stored records are uncompressed, and a pointer
 * would point into bytes this function never sees. Records of other classes or unserved types are counted in
 * `ignored`; owner names come back normalised.
 */
export function decodeRecords(bytes: Uint8Array): DecodedRecords {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const ends: number[] = []
  let offset = 0
  while (offset < buffer.length) {
    const end = rrEnd(buffer, offset)
    if (end < 0) break
    ends.push(end)
    offset = end
  }
  const malformed = offset !== buffer.length
  const records: ZoneRecord[] = []
  let ignored = 0
  let start = 0
  for (const end of ends) {
    const record = decodeOne(buffer.subarray(start, end))
    start = end
    if (record === undefined) ignored++
    else records.push(record)
  }
  return { records, ignored, malformed }
}

/** The offset just past the uncompressed RR at `offset`, or -1 when it is cut short or uses a pointer. */
function rrEnd(buffer: Buffer, offset: number): number {
  let at = offset
  for (;;) {
    const length = buffer[at]
    if (length === undefined || length > 63) return -1
    at += length + 1
    if (length === 0) break
  }
  if (at - offset > 255 || at + 10 > buffer.length) return -1
  const end = at + 10 + buffer.readUInt16BE(at + 8)
  return end > buffer.length ? -1 : end
}

function decodeOne(rr: Buffer): ZoneRecord | undefined {
  const header = Buffer.alloc(HEADER_BYTES)
  header.writeUInt16BE(1, 6) // ANCOUNT
  let answers: ReturnType<typeof dnsPacket.decode>['answers']
  try {
    answers = dnsPacket.decode(Buffer.concat([header, rr])).answers
  } catch {
    return undefined
  }
  // dns-packet reads fixed-size rdata (A, AAAA) without checking RDLENGTH: a short or long one is malformed.
  if (dnsPacket.decode.bytes !== HEADER_BYTES + rr.length) return undefined
  const record = answers?.[0]
  if (record === undefined || !isServed(record)) return undefined
  return { ...record, name: normaliseName(record.name) }
}

function isServed(record: Answer): record is ZoneRecord {
  return record.type !== 'OPT' && record.class === 'IN' && SERVED_TYPES.has(record.type)
}
