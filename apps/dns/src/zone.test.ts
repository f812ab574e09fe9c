import { describe, expect, it } from 'vitest'
import { encodeRecords } from './records.ts'
import { DAY, exampleZone, NOW } from './test-kit.ts'
import { Zone, type ZoneChange } from './zone.ts'

const entry = (records: Uint8Array = new Uint8Array()) => ({ expiresAt: NOW + DAY, suspended: false, records })

describe('Zone', () => {
  it('synthesises the apex SOA settings with defaults under blockgov.alt', () => {
    const zone = new Zone()
    expect(zone.apex).toBe('blockgov.alt')
    expect(zone.soa).toMatchObject({
      primaryNameServer: 'ns1.blockgov.alt',
      nameServers: ['ns1.blockgov.alt'],
      hostmaster: 'hostmaster.blockgov.alt',
      serial: 1,
      minimum: 60,
    })
  })

  it('refuses names outside its namespace and the apex itself', () => {
    const zone = new Zone()
    expect(zone.upsertName('example.com', entry())).toEqual({ ok: false, code: 'DNS_NAME_OUTSIDE_ZONE' })
    expect(zone.upsertName('blockgov.alt', entry())).toEqual({ ok: false, code: 'DNS_NAME_OUTSIDE_ZONE' })
    expect(zone.size).toBe(0)
  })

  it('keeps only records at or below the registered name', () => {
    const zone = new Zone()
    const records = encodeRecords([
      { type: 'A', name: 'mine.blockgov.alt', data: '192.0.2.1' },
      { type: 'A', name: 'sub.mine.blockgov.alt', data: '192.0.2.2' },
      { type: 'A', name: 'theirs.blockgov.alt', data: '192.0.2.3' },
    ])
    expect(zone.upsertName('Mine.blockgov.alt', entry(records))).toEqual({
      ok: true,
      records: 2,
      ignored: 1,
      malformed: false,
    })
    expect([...(zone.registrationFor('sub.mine.blockgov.alt')?.owners.keys() ?? [])]).toEqual([
      'mine.blockgov.alt',
      'sub.mine.blockgov.alt',
    ])
  })

  it('lets a CNAME win over other data at the same owner', () => {
    const zone = new Zone()
    const records = encodeRecords([
      { type: 'A', name: 'c.blockgov.alt', data: '192.0.2.1' },
      { type: 'CNAME', name: 'c.blockgov.alt', data: 'example.org' },
      { type: 'CNAME', name: 'c.blockgov.alt', data: 'example.net' },
    ])
    expect(zone.upsertName('c.blockgov.alt', entry(records))).toMatchObject({ ok: true, records: 1, ignored: 2 })
    expect(zone.registrationFor('c.blockgov.alt')?.owners.get('c.blockgov.alt')?.get(5)?.[0]?.data).toBe('example.org')
  })

  it('finds the nearest registration at or above a name', () => {
    const zone = exampleZone()
    zone.upsertName('deep.www.example.blockgov.alt', entry())
    expect(zone.registrationFor('a.www.example.blockgov.alt')?.name).toBe('example.blockgov.alt')
    expect(zone.registrationFor('x.deep.www.example.blockgov.alt')?.name).toBe('deep.www.example.blockgov.alt')
    expect(zone.registrationFor('other.blockgov.alt')).toBeUndefined()
  })

  it('tracks which names have registrations below them (empty non-terminals)', () => {
    const zone = new Zone()
    zone.upsertName('a.b.blockgov.alt', entry())
    expect(zone.hasRegistrationBelow('b.blockgov.alt')).toBe(true)
    zone.upsertName('a.b.blockgov.alt', entry())
    zone.removeName('a.b.blockgov.alt')
    expect(zone.hasRegistrationBelow('b.blockgov.alt')).toBe(false)
  })

  it('tells listeners what changed, once per change', () => {
    const zone = new Zone()
    const changes: ZoneChange[] = []
    const stop = zone.onChange((change) => changes.push(change))
    zone.upsertName('a.blockgov.alt', entry())
    zone.removeName('a.blockgov.alt')
    zone.removeName('a.blockgov.alt')
    zone.markStale(true)
    zone.markStale(true)
    zone.setSerial(7)
    stop()
    zone.markStale(false)
    expect(changes).toEqual([
      { kind: 'name', name: 'a.blockgov.alt' },
      { kind: 'name', name: 'a.blockgov.alt' },
      { kind: 'all' },
      { kind: 'all' },
    ])
    expect(zone.soa.serial).toBe(7)
  })

  it('still stores a name whose records are malformed, and says so', () => {
    const zone = new Zone()
    expect(zone.upsertName('a.blockgov.alt', entry(Uint8Array.from([3, 1, 2])))).toEqual({
      ok: true,
      records: 0,
      ignored: 0,
      malformed: true,
    })
    expect(zone.size).toBe(1)
  })
})
