/**
 * The benchmark's zone, generated identically for every server: N names under the apex, each with A, AAAA and TXT,
 * plus the query file dnsperf replays (every query has a positive answer, so servers answer from memory).
 */

import { encodeRecords, type NameEntry, type ZoneRecord } from '@blockgov/dns'

export const APEX = 'blockgov.alt'
export const TTL = 300

export interface BenchName {
  readonly name: string
  readonly records: readonly ZoneRecord[]
}

/** `count` names with deterministic contents. */
export function benchNames(count: number): BenchName[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `name${i}.${APEX}`
    return {
      name,
      records: [
        { type: 'A', name, ttl: TTL, data: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
        { type: 'AAAA', name, ttl: TTL, data: `2001:db8::${i.toString(16)}` },
        { type: 'TXT', name, ttl: TTL, data: [`blockgov bench record ${i}`] },
      ],
    }
  })
}

/** The zone entry the gateway stores for a bench name (expiry far beyond the run, so no TTL is capped). */
export function benchEntry(name: BenchName, nowSeconds: number): NameEntry {
  return { expiresAt: nowSeconds + 365 * 86400, suspended: false, records: encodeRecords(name.records) }
}

/** dnsperf's input: one `name type` per line, every name and type once, in a seeded order. */
export function queryFile(names: readonly BenchName[], seed = 1): string {
  const lines = names.flatMap((entry) => entry.records.map((record) => `${entry.name} ${record.type}`))
  // A seeded Fisher–Yates with a 32-bit LCG: the same order on every run, so every server sees the same stream.
  let state = seed >>> 0
  for (let i = lines.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    const j = state % (i + 1)
    const held = lines[i] as string
    lines[i] = lines[j] as string
    lines[j] = held
  }
  return `${lines.join('\n')}\n`
}

/** The same data as an RFC 1035 master file, for Knot and bns. */
export function masterFile(names: readonly BenchName[]): string {
  const lines = [
    `$ORIGIN ${APEX}.`,
    '$TTL 3600',
    `@ IN SOA ns1.${APEX}. hostmaster.${APEX}. 1 3600 600 1209600 60`,
    `@ IN NS ns1.${APEX}.`,
  ]
  for (const entry of names) {
    for (const record of entry.records) lines.push(`${entry.name}. ${TTL} IN ${record.type} ${presentation(record)}`)
  }
  return `${lines.join('\n')}\n`
}

function presentation(record: ZoneRecord): string {
  if (record.type === 'TXT') {
    const parts = Array.isArray(record.data) ? record.data : [record.data]
    return parts.map((part) => `"${part.toString()}"`).join(' ')
  }
  if (record.type === 'A' || record.type === 'AAAA') return record.data
  throw new Error(`bench zone has no ${record.type} records`)
}
