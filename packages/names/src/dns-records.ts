import * as dnsPacket from 'dns-packet'
import { bytesToHex, type Hex, hexToBytes, keccak256 } from 'viem'
import { NamesError } from './errors.ts'

/** A DNS resource record as dns-packet shapes it, for example `{ name, type: 'A', ttl: 300, data: '192.0.2.1' }`. */
export type DnsRecord = Exclude<dnsPacket.Answer, dnsPacket.OptAnswer>

/** The record types the client encodes and decodes (dns-packet codecs); the contract stores any type. */
export const DNS_TYPE_CODES = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  HINFO: 13,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  SRV: 33,
  NAPTR: 35,
  DS: 43,
  SSHFP: 44,
  RRSIG: 46,
  NSEC: 47,
  DNSKEY: 48,
  TLSA: 52,
  CAA: 257,
} as const
export type DnsType = keyof typeof DNS_TYPE_CODES

const HEADER_BYTES = 12
const LABEL = /^(?:\*|[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)$/

/** The numeric code of a record type (`A` → 1). */
export function dnsTypeCode(type: DnsType): number {
  return DNS_TYPE_CODES[type]
}

/**
 * Normalises a DNS owner name for storage: lower case, no trailing dot, labels of letters, digits, `-` and `_`
 * (service labels such as `_dmarc`) or a leading `*`. The contract keys RRsets by the exact bytes, so every name
 * must have one spelling.
 */
export function normaliseDnsName(name: string): string {
  const lower = (name.endsWith('.') ? name.slice(0, -1) : name).toLowerCase()
  const labels = lower.split('.')
  if (lower.length === 0 || lower.length > 253 || !labels.every((l) => LABEL.test(l))) {
    throw new NamesError('RECORD_INVALID', `"${name}" is not a DNS name the resolver accepts.`, { name })
  }
  return lower
}

/** DNS wire encoding of a name (RFC 1035 §3.1), uncompressed. */
export function dnsWireName(name: string): Hex {
  const labels = normaliseDnsName(name)
    .split('.')
    .map((label) => [label.length, ...new TextEncoder().encode(label)])
  return bytesToHex(new Uint8Array([...labels.flat(), 0]))
}

/** The key the resolver stores an owner name under: keccak256 of its wire encoding (EIP-1185). */
export function dnsNameHash(name: string): Hex {
  return keccak256(dnsWireName(name))
}

/**
 * Encodes records for `setDNSRecords`: names normalised, class IN, records of the same name and type made
 * adjacent (each such group replaces one RRset).
 */
export function encodeDnsRecords(records: readonly DnsRecord[]): Hex {
  const normal = records.map((r) => ({ ...r, name: normaliseDnsName(r.name), class: 'IN' as const }))
  const order = new Map<string, number>()
  for (const r of normal) {
    const key = `${r.name} ${r.type}`
    if (!order.has(key)) order.set(key, order.size)
  }
  const sorted = [...normal].sort(
    (a, b) => (order.get(`${a.name} ${a.type}`) ?? 0) - (order.get(`${b.name} ${b.type}`) ?? 0),
  )
  const packet = dnsPacket.encode({ type: 'response', answers: sorted })
  return bytesToHex(packet.subarray(HEADER_BYTES))
}

/** Encodes deletions for `setDNSRecords`: one record with empty data per RRset to remove. */
export function encodeDnsDeletions(sets: readonly { name: string; type: DnsType }[]): Hex {
  const parts = sets.map(({ name, type }) => {
    const wire = hexToBytes(dnsWireName(name))
    const fixed = new Uint8Array(10)
    const view = new DataView(fixed.buffer)
    view.setUint16(0, dnsTypeCode(type))
    view.setUint16(2, 1)
    return [...wire, ...fixed]
  })
  return bytesToHex(new Uint8Array(parts.flat()))
}

/** Decodes an RRset as stored by the resolver (wire-format records, back to back). Empty data → no records. */
export function decodeDnsRecords(data: Hex): DnsRecord[] {
  const bytes = hexToBytes(data)
  if (bytes.length === 0) return []
  const header = new Uint8Array(HEADER_BYTES)
  new DataView(header.buffer).setUint16(6, countRecords(bytes)) // ANCOUNT
  const packet = dnsPacket.decode(Buffer.concat([header, bytes]))
  return (packet.answers ?? []).filter((a): a is DnsRecord => a.type !== 'OPT')
}

/** Counts wire-format records by walking names and lengths; throws `RECORD_INVALID` on truncated data. */
function countRecords(bytes: Uint8Array): number {
  let offset = 0
  let count = 0
  while (offset < bytes.length) {
    for (let length = bytes[offset] ?? 0; length !== 0; length = bytes[offset] ?? 0) offset += length + 1
    offset += 1
    const rdlength = ((bytes[offset + 8] ?? 0) << 8) | (bytes[offset + 9] ?? 0)
    offset += 10 + rdlength
    if (offset > bytes.length) throw new NamesError('RECORD_INVALID', 'The stored DNS records are truncated.')
    count += 1
  }
  return count
}
