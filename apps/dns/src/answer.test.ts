import { describe, expect, it } from 'vitest'
import { planAnswer } from './answer.ts'
import { encodeRecords, RecordType } from './records.ts'
import { DAY, exampleZone, NOW } from './test-kit.ts'

const summary = (plan: ReturnType<typeof planAnswer>) => ({
  rcode: plan.rcode,
  aa: plan.authoritative,
  answers: plan.answers.map((record) => `${record.name} ${record.type} ${'ttl' in record ? record.ttl : ''}`),
  authorities: plan.authorities.map((record) => `${record.name} ${record.type}`),
})

describe('planAnswer', () => {
  it('answers a record type the name has', () => {
    const plan = planAnswer(exampleZone(), 'example.blockgov.alt', RecordType.A, NOW)
    expect(summary(plan)).toEqual({ rcode: 0, aa: true, answers: ['example.blockgov.alt A 300'], authorities: [] })
    expect(plan.validUntil).toBe(NOW + 30 * DAY - 300)
  })

  it('answers NODATA with the SOA for an existing name without that type', () => {
    const plan = planAnswer(exampleZone(), 'example.blockgov.alt', RecordType.NS + 1000, NOW)
    expect(summary(plan)).toEqual({ rcode: 0, aa: true, answers: [], authorities: ['blockgov.alt SOA'] })
    expect(plan.authorities[0]).toMatchObject({ ttl: 60 })
  })

  it('answers NXDOMAIN with the SOA for an unregistered name, and flags it for the chain reader', () => {
    const plan = planAnswer(exampleZone(), 'nobody.blockgov.alt', RecordType.A, NOW)
    expect(summary(plan)).toMatchObject({ rcode: 3, authorities: ['blockgov.alt SOA'] })
    expect(plan.unregistered).toBe('nobody.blockgov.alt')
  })

  it('answers NXDOMAIN for a name below a registration that has no such owner', () => {
    const plan = planAnswer(exampleZone(), 'nothing.example.blockgov.alt', RecordType.A, NOW)
    expect(plan.rcode).toBe(3)
    expect(plan.unregistered).toBeUndefined()
  })

  it('answers NXDOMAIN once the name has expired', () => {
    const clock = { now: NOW }
    const zone = exampleZone(clock)
    expect(planAnswer(zone, 'example.blockgov.alt', RecordType.A, NOW + 30 * DAY).rcode).toBe(3)
    expect(planAnswer(zone, 'www.example.blockgov.alt', RecordType.A, NOW + 31 * DAY).rcode).toBe(3)
  })

  it('caps TTLs by the time left before expiry, and is then only valid for a second', () => {
    const plan = planAnswer(exampleZone(), 'example.blockgov.alt', RecordType.TXT, NOW + 30 * DAY - 100)
    expect(plan.answers[0]).toMatchObject({ ttl: 100 })
    expect(plan.validUntil).toBe(NOW + 30 * DAY - 99)
  })

  it('answers a suspended name NXDOMAIN with EDE 16 saying why', () => {
    const zone = exampleZone()
    zone.upsertName('disputed.blockgov.alt', { expiresAt: NOW + DAY, suspended: true, records: new Uint8Array() })
    const plan = planAnswer(zone, 'disputed.blockgov.alt', RecordType.A, NOW)
    expect(plan.rcode).toBe(3)
    expect(plan.errors).toEqual([{ code: 16, text: 'name suspended by dispute resolution' }])
  })

  it('follows a CNAME inside the zone and reports the target answer', () => {
    const plan = planAnswer(exampleZone(), 'www.example.blockgov.alt', RecordType.AAAA, NOW)
    expect(summary(plan).answers).toEqual(['www.example.blockgov.alt CNAME 300', 'example.blockgov.alt AAAA 300'])
    expect(plan.names).toEqual(['www.example.blockgov.alt', 'example.blockgov.alt'])
  })

  it('gives NXDOMAIN when a CNAME points at a missing name in the zone (RFC 6604)', () => {
    const zone = exampleZone()
    const records = encodeRecords([{ type: 'CNAME', name: 'dangling.blockgov.alt', data: 'gone.blockgov.alt' }])
    zone.upsertName('dangling.blockgov.alt', { expiresAt: NOW + DAY, suspended: false, records })
    const plan = planAnswer(zone, 'dangling.blockgov.alt', RecordType.A, NOW)
    expect(summary(plan)).toMatchObject({ rcode: 3, answers: ['dangling.blockgov.alt CNAME 300'] })
  })

  it('follows a CNAME whose target is written in upper case', () => {
    const zone = exampleZone()
    const records = encodeRecords([{ type: 'CNAME', name: 'shout.blockgov.alt', data: 'EXAMPLE.BlockGov.alt' }])
    zone.upsertName('shout.blockgov.alt', { expiresAt: NOW + DAY, suspended: false, records })
    expect(summary(planAnswer(zone, 'shout.blockgov.alt', RecordType.A, NOW)).answers).toEqual([
      'shout.blockgov.alt CNAME 300',
      'example.blockgov.alt A 300',
    ])
  })

  it('stops at a CNAME that leaves the zone', () => {
    const zone = exampleZone()
    const records = encodeRecords([{ type: 'CNAME', name: 'out.blockgov.alt', data: 'example.org' }])
    zone.upsertName('out.blockgov.alt', { expiresAt: NOW + DAY, suspended: false, records })
    expect(summary(planAnswer(zone, 'out.blockgov.alt', RecordType.A, NOW))).toMatchObject({
      rcode: 0,
      answers: ['out.blockgov.alt CNAME 300'],
    })
  })

  it('answers the CNAME itself when asked for CNAME', () => {
    const plan = planAnswer(exampleZone(), 'www.example.blockgov.alt', RecordType.CNAME, NOW)
    expect(summary(plan).answers).toEqual(['www.example.blockgov.alt CNAME 300'])
  })

  it('answers NODATA for an empty non-terminal (RFC 8020), not NXDOMAIN', () => {
    const zone = exampleZone()
    expect(planAnswer(zone, '_udp.example.blockgov.alt', RecordType.A, NOW).rcode).toBe(0)
    zone.upsertName('a.b.blockgov.alt', { expiresAt: NOW + DAY, suspended: false, records: new Uint8Array() })
    expect(planAnswer(zone, 'b.blockgov.alt', RecordType.A, NOW).rcode).toBe(0)
  })

  it('answers the apex SOA and NS, and NODATA for other apex types', () => {
    const zone = exampleZone()
    expect(summary(planAnswer(zone, 'blockgov.alt', RecordType.SOA, NOW)).answers).toEqual(['blockgov.alt SOA 3600'])
    expect(summary(planAnswer(zone, 'blockgov.alt', RecordType.NS, NOW)).answers).toEqual(['blockgov.alt NS 3600'])
    expect(summary(planAnswer(zone, 'blockgov.alt', RecordType.A, NOW))).toMatchObject({
      rcode: 0,
      answers: [],
      authorities: ['blockgov.alt SOA'],
    })
  })

  it('glues the apex name servers that are registered in the zone', () => {
    const zone = exampleZone()
    const records = encodeRecords([{ type: 'A', name: 'ns1.blockgov.alt', data: '192.0.2.53' }])
    zone.upsertName('ns1.blockgov.alt', { expiresAt: NOW + DAY, suspended: false, records })
    const plan = planAnswer(zone, 'blockgov.alt', RecordType.NS, NOW)
    expect(plan.additionals).toMatchObject([{ name: 'ns1.blockgov.alt', type: 'A', data: '192.0.2.53' }])
    expect(plan.names).toContain('ns1.blockgov.alt')
  })

  it('answers ANY with one HINFO (RFC 8482)', () => {
    const plan = planAnswer(exampleZone(), 'example.blockgov.alt', RecordType.ANY, NOW)
    expect(plan.answers).toMatchObject([{ type: 'HINFO', data: { cpu: 'RFC8482', os: '' } }])
  })

  it('refers queries at or below a name with NS records to its servers, with glue', () => {
    const zone = exampleZone()
    const records = encodeRecords([
      { type: 'NS', name: 'delegated.blockgov.alt', data: 'ns.delegated.blockgov.alt' },
      { type: 'A', name: 'ns.delegated.blockgov.alt', data: '192.0.2.77' },
    ])
    zone.upsertName('delegated.blockgov.alt', { expiresAt: NOW + DAY, suspended: false, records })
    const plan = planAnswer(zone, 'www.delegated.blockgov.alt', RecordType.A, NOW)
    expect(summary(plan)).toEqual({ rcode: 0, aa: false, answers: [], authorities: ['delegated.blockgov.alt NS'] })
    expect(plan.additionals).toMatchObject([{ name: 'ns.delegated.blockgov.alt', data: '192.0.2.77' }])
  })

  it('marks answers stale with EDE 3 and a 30 s TTL while the chain is unreachable (RFC 8767)', () => {
    const zone = exampleZone()
    zone.markStale(true)
    const plan = planAnswer(zone, 'example.blockgov.alt', RecordType.A, NOW)
    expect(plan.errors).toEqual([{ code: 3, text: 'chain unreachable' }])
    expect(plan.answers[0]).toMatchObject({ ttl: 30 })
  })
})
