import { describe, expect, it } from 'vitest'
import {
  type DnsRecord,
  decodeDnsRecords,
  dnsNameHash,
  dnsWireName,
  encodeDnsDeletions,
  encodeDnsRecords,
  normaliseDnsName,
} from './dns-records.ts'
import { NamesError } from './errors.ts'

const zone = 'example.blockgov.alt'

describe('dnsWireName', () => {
  it('encodes a name as length-prefixed labels ending in the root', () => {
    expect(dnsWireName('Example.alt.')).toBe('0x076578616d706c6503616c7400')
    expect(dnsNameHash('example.alt')).toBe(dnsNameHash('EXAMPLE.alt'))
  })

  it('accepts service labels and a leading wildcard, refuses the rest', () => {
    expect(normaliseDnsName('_dmarc.Example.alt')).toBe('_dmarc.example.alt')
    expect(normaliseDnsName('*.example.alt')).toBe('*.example.alt')
    expect(() => normaliseDnsName('a..b')).toThrow(NamesError)
    expect(() => normaliseDnsName('sp ace.alt')).toThrow(NamesError)
  })
})

describe('encodeDnsRecords / decodeDnsRecords', () => {
  it('round-trips A, AAAA, TXT, MX, SRV, NS, CNAME and CAA records', () => {
    const records: DnsRecord[] = [
      { name: zone, type: 'A', ttl: 300, data: '192.0.2.1' },
      { name: zone, type: 'AAAA', ttl: 300, data: '2001:db8::1' },
      { name: zone, type: 'TXT', ttl: 300, data: ['v=spf1 -all'] },
      { name: zone, type: 'MX', ttl: 300, data: { preference: 10, exchange: `mx.${zone}` } },
      { name: `_sip._tcp.${zone}`, type: 'SRV', ttl: 300, data: { priority: 0, weight: 5, port: 5060, target: zone } },
      { name: zone, type: 'NS', ttl: 300, data: `ns1.${zone}` },
      { name: `www.${zone}`, type: 'CNAME', ttl: 300, data: zone },
      { name: zone, type: 'CAA', ttl: 300, data: { flags: 0, tag: 'issue', value: 'ca.example' } },
    ]
    for (const record of records) {
      const [decoded] = decodeDnsRecords(encodeDnsRecords([record]))
      expect(decoded).toMatchObject({ name: record.name, type: record.type, ttl: 300, class: 'IN' })
      if (record.type === 'TXT') expect(decoded?.data).toEqual([Buffer.from('v=spf1 -all')])
      else if (record.type === 'CAA') expect(decoded?.data).toMatchObject({ tag: 'issue', value: 'ca.example' })
      else expect(decoded?.data).toEqual(record.data)
    }
  })

  it('makes records of one name and type adjacent, keeping first-seen order', () => {
    const encoded = encodeDnsRecords([
      { name: zone, type: 'A', ttl: 1, data: '192.0.2.1' },
      { name: zone, type: 'TXT', ttl: 1, data: 'x' },
      { name: zone, type: 'A', ttl: 1, data: '192.0.2.2' },
    ])
    expect(decodeDnsRecords(encoded).map((r) => r.type)).toEqual(['A', 'A', 'TXT'])
  })

  it('encodes deletions as records with empty data', () => {
    expect(encodeDnsDeletions([{ name: 'a.alt', type: 'A' }])).toBe('0x016103616c7400000100010000000000' + '00')
  })

  it('decodes nothing from empty data and refuses truncated data', () => {
    expect(decodeDnsRecords('0x')).toEqual([])
    const encoded = encodeDnsRecords([{ name: zone, type: 'A', ttl: 1, data: '192.0.2.1' }])
    expect(() => decodeDnsRecords(encoded.slice(0, -2) as `0x${string}`)).toThrow(NamesError)
  })
})
