import { type DnsRecord, encodeDnsDeletions, encodeDnsRecords, NamesError, normaliseDnsName } from '@blockgov/names'
import type { Hex } from 'viem'
import { z } from 'zod'

/** The record types the web and the API edit; the resolver stores more, and the records view shows them all. */
export const EditableType = z.enum(['A', 'AAAA', 'TXT', 'CNAME', 'MX'])
export type EditableType = z.infer<typeof EditableType>

/** One RRset as a form sends it: every value of one type at one owner name. No values removes the set. */
export const RRsetInput = z.object({
  /** Owner name: the zone itself when absent, or a name below it (`www`, `mail.example.blockgov.alt`). */
  owner: z.string().max(253).optional(),
  type: EditableType,
  ttl: z.number().int().min(0).max(604_800).default(300),
  values: z.array(z.string().min(1).max(255)).max(20),
})
export type RRsetInput = z.infer<typeof RRsetInput>

/** The owner name of `input` in `zone`: a bare label or relative name is taken as below the zone. */
export function ownerName(zone: string, owner: string | undefined): string {
  if (owner === undefined || owner === '' || owner === '@') return zone
  const normal = normaliseDnsName(owner)
  return normal === zone || normal.endsWith(`.${zone}`) ? normal : `${normal}.${zone}`
}

/** What an RRset from a form asks for: these records, or removing the set (no values). */
export type RRsetChange =
  | { readonly kind: 'set'; readonly records: DnsRecord[] }
  | { readonly kind: 'delete'; readonly name: string; readonly type: EditableType }

/** Reads a form's RRset; values are checked here, so a typo gets RECORD_INVALID naming the value, not a revert. */
export function rrsetChange(zone: string, input: RRsetInput): RRsetChange {
  const name = ownerName(zone, input.owner)
  if (input.values.length === 0) return { kind: 'delete', name, type: input.type }
  return { kind: 'set', records: input.values.map((value) => toRecord(name, input.type, input.ttl, value)) }
}

/** The `setDNSRecords` payload of a form's RRset. */
export function encodeRRset(zone: string, input: RRsetInput): Hex {
  const change = rrsetChange(zone, input)
  return change.kind === 'set' ? encodeDnsRecords(change.records) : encodeDnsDeletions([change])
}

function toRecord(name: string, type: EditableType, ttl: number, value: string): DnsRecord {
  const invalid = () => new NamesError('RECORD_INVALID', `"${value}" is not a valid ${type} value.`, { value, type })
  switch (type) {
    case 'A':
      if (!z.ipv4().safeParse(value).success) throw invalid()
      return { name, type, ttl, data: value }
    case 'AAAA':
      if (!z.ipv6().safeParse(value).success) throw invalid()
      return { name, type, ttl, data: value }
    case 'TXT':
      return { name, type, ttl, data: value }
    case 'CNAME':
      return { name, type, ttl, data: normaliseDnsName(value) }
    case 'MX': {
      const match = /^(\d{1,5})\s+(\S+)$/.exec(value.trim())
      const preference = Number(match?.[1])
      if (!match?.[2] || preference > 65_535) throw invalid()
      return { name, type, ttl, data: { preference, exchange: normaliseDnsName(match[2]) } }
    }
  }
}
