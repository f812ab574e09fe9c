import dnsPacket from 'dns-packet'
import { describe, expect, it } from 'vitest'
import type { LoadMissing } from './missing-names.ts'
import { QueryHandler } from './query-handler.ts'
import { encodeRecords } from './records.ts'
import { DAY, decodeReply, exampleZone, NOW, query, type TestClock } from './test-kit.ts'
import type { NameEntry } from './zone.ts'

async function ask(handler: QueryHandler, message: Buffer, transport: 'udp' | 'tcp' = 'udp') {
  const reply = await handler.handle(message, transport)
  if (reply === null) throw new Error('dropped')
  return decodeReply(reply)
}

function setup(clock: TestClock = { now: NOW }, load?: LoadMissing) {
  const zone = exampleZone(clock)
  const handler = new QueryHandler({
    zone,
    missingNames: load === undefined ? undefined : { load, timeoutMs: 50, negativeTtlSeconds: 30 },
  })
  return { zone, handler, clock }
}

const bigTxt = (name: string, parts: number): NameEntry => ({
  expiresAt: NOW + DAY,
  suspended: false,
  records: encodeRecords(
    Array.from({ length: parts }, (_, i) => ({ type: 'TXT' as const, name, ttl: 300, data: ['x'.repeat(200) + i] })),
  ),
})

describe('QueryHandler', () => {
  it('answers a repeated question from its encoded answer, with each client ID and letter case', async () => {
    const { handler } = setup()
    const first = await ask(handler, query('example.blockgov.alt', 'A', { id: 1 }))
    const second = await ask(handler, query('EXAMPLE.BlockGov.Alt', 'A', { id: 2 }))
    expect(first).toMatchObject({ id: 1, rcode: 'NOERROR', flag_aa: true, answers: [{ data: '192.0.2.1' }] })
    expect(second).toMatchObject({
      id: 2,
      questions: [{ name: 'EXAMPLE.BlockGov.Alt' }],
      answers: [{ data: '192.0.2.1' }],
    })
    expect(handler.metrics.cacheHits).toBe(1)
    expect(handler.metrics.cacheMisses).toBe(1)
  })

  it('sets TC over UDP when the answer exceeds 512 bytes without EDNS or the client buffer with it', async () => {
    const { zone, handler } = setup()
    zone.upsertName('big.blockgov.alt', bigTxt('big.blockgov.alt', 4))
    const plain = await ask(handler, query('big.blockgov.alt', 'TXT'))
    expect(plain).toMatchObject({ flag_tc: true, answers: [] })
    const edns = await ask(handler, query('big.blockgov.alt', 'TXT', { udpSize: 4096 }))
    expect(edns.flag_tc).toBe(false)
    expect(edns.answers).toHaveLength(4)
  })

  it('caps the UDP size at its own maximum (1232) whatever the client offers', async () => {
    const { zone, handler } = setup()
    zone.upsertName('huge.blockgov.alt', bigTxt('huge.blockgov.alt', 7))
    expect((await ask(handler, query('huge.blockgov.alt', 'TXT', { udpSize: 4096 }))).flag_tc).toBe(true)
    const tcp = await ask(handler, query('huge.blockgov.alt', 'TXT', { udpSize: 4096 }), 'tcp')
    expect(tcp.flag_tc).toBe(false)
    expect(tcp.answers).toHaveLength(7)
  })

  it('refuses names outside the namespace, other classes and zone transfers', async () => {
    const { handler } = setup()
    expect((await ask(handler, query('example.com', 'A'))).rcode).toBe('REFUSED')
    expect((await ask(handler, query('blockgov.alt', 'AXFR'))).rcode).toBe('REFUSED')
    const chaos = dnsPacket.encode({
      type: 'query',
      id: 3,
      questions: [{ type: 'TXT', name: 'version.bind', class: 'CH' }],
    })
    expect((await ask(handler, chaos)).rcode).toBe('REFUSED')
  })

  it('drops exactly the cached answers a change touches', async () => {
    const { zone, handler } = setup()
    zone.upsertName('other.blockgov.alt', { ...bigTxt('other.blockgov.alt', 1) })
    for (const name of ['example.blockgov.alt', 'www.example.blockgov.alt', 'other.blockgov.alt', 'b.blockgov.alt']) {
      await ask(handler, query(name, 'A'))
    }
    expect(handler.cache.size).toBe(4)
    zone.upsertName('example.blockgov.alt', {
      expiresAt: NOW + DAY,
      suspended: false,
      records: encodeRecords([
        { type: 'A', name: 'example.blockgov.alt', ttl: 60, data: '192.0.2.99' },
        { type: 'CNAME', name: 'www.example.blockgov.alt', ttl: 60, data: 'example.blockgov.alt' },
      ]),
    })
    expect(handler.cache.size).toBe(2) // example and www (a CNAME to it) went; other and b stayed
    expect((await ask(handler, query('www.example.blockgov.alt', 'A'))).answers?.[1]).toMatchObject({
      data: '192.0.2.99',
    })
    zone.upsertName('a.b.blockgov.alt', { expiresAt: NOW + DAY, suspended: false, records: new Uint8Array() })
    expect(await ask(handler, query('b.blockgov.alt', 'A'))).toMatchObject({ rcode: 'NOERROR', answers: [] })
    zone.removeName('a.b.blockgov.alt')
    expect((await ask(handler, query('b.blockgov.alt', 'A'))).rcode).toBe('NXDOMAIN')
  })

  it('counts TTLs down in the last TTL before expiry, then answers NXDOMAIN', async () => {
    const clock = { now: NOW }
    const { handler } = setup(clock)
    clock.now = NOW + 30 * DAY - 120
    expect((await ask(handler, query('example.blockgov.alt', 'A'))).answers?.[0]).toMatchObject({ ttl: 120 })
    clock.now += 20
    expect((await ask(handler, query('example.blockgov.alt', 'A'))).answers?.[0]).toMatchObject({ ttl: 100 })
    clock.now += 100
    expect((await ask(handler, query('example.blockgov.alt', 'A'))).rcode).toBe('NXDOMAIN')
  })

  it('adds EDE 3 to every answer while stale, and drops it when the chain is back', async () => {
    const { zone, handler } = setup()
    await ask(handler, query('example.blockgov.alt', 'A', { udpSize: 1232 }))
    zone.markStale(true)
    const stale = await ask(handler, query('example.blockgov.alt', 'A', { udpSize: 1232 }))
    expect(stale.answers?.[0]).toMatchObject({ ttl: 30 })
    expect(stale.additionals?.[0]).toMatchObject({ options: [{ code: 15 }] })
    zone.markStale(false)
    const fresh = await ask(handler, query('example.blockgov.alt', 'A', { udpSize: 1232 }))
    expect(fresh.additionals?.[0]).toMatchObject({ options: [] })
  })

  it('reads a name it does not hold from the chain once, then answers from the zone', async () => {
    const loads: string[] = []
    const { handler } = setup({ now: NOW }, async (name) => {
      loads.push(name)
      return {
        expiresAt: NOW + DAY,
        suspended: false,
        records: encodeRecords([{ type: 'A', name: 'late.blockgov.alt', data: '192.0.2.40' }]),
      }
    })
    const [a, b] = await Promise.all([
      ask(handler, query('www.late.blockgov.alt', 'A')),
      ask(handler, query('late.blockgov.alt', 'A')),
    ])
    expect(a.rcode).toBe('NXDOMAIN')
    expect(b.answers).toMatchObject([{ data: '192.0.2.40' }])
    await ask(handler, query('late.blockgov.alt', 'A'))
    expect(loads).toEqual(['late.blockgov.alt'])
  })

  it('keeps its own copy of a message whose answer waits on the chain (the UDP reader reuses its buffer)', async () => {
    const { handler } = setup({ now: NOW }, async () => ({
      expiresAt: NOW + DAY,
      suspended: false,
      records: encodeRecords([{ type: 'A', name: 'late.blockgov.alt', data: '192.0.2.41' }]),
    }))
    const message = query('Late.blockgov.alt', 'A', { id: 4242 })
    const pending = handler.handle(message, 'udp')
    expect(pending).toBeInstanceOf(Promise)
    query('other.blockgov.alt', 'A', { id: 7 }).copy(message)
    const reply = await pending
    if (reply === null) throw new Error('dropped')
    const decoded = decodeReply(reply)
    expect(decoded.id).toBe(4242)
    expect(decoded.questions).toMatchObject([{ name: 'Late.blockgov.alt', type: 'A' }])
    expect(decoded.answers).toMatchObject([{ data: '192.0.2.41' }])
  })

  it('remembers an unregistered name for the negative TTL before asking the chain again', async () => {
    const clock = { now: NOW }
    let loads = 0
    const { handler } = setup(clock, async () => {
      loads++
      return null
    })
    expect((await ask(handler, query('ghost.blockgov.alt', 'A'))).rcode).toBe('NXDOMAIN')
    expect((await ask(handler, query('ghost.blockgov.alt', 'TXT'))).rcode).toBe('NXDOMAIN')
    expect(loads).toBe(1)
    clock.now += 31
    await ask(handler, query('ghost.blockgov.alt', 'A'))
    expect(loads).toBe(2)
  })

  it('answers SERVFAIL with EDE 23 when the chain does not answer in time, and does not hang', async () => {
    const { handler } = setup(
      { now: NOW },
      (_name, signal) => new Promise((_, reject) => signal.addEventListener('abort', reject)),
    )
    const reply = await ask(handler, query('slow.blockgov.alt', 'A', { udpSize: 1232 }))
    expect(reply.rcode).toBe('SERVFAIL')
    expect(reply.additionals?.[0]).toMatchObject({ options: [{ code: 15 }] })
  })

  it('does not read the chain while the zone is stale', async () => {
    let loads = 0
    const { zone, handler } = setup({ now: NOW }, async () => {
      loads++
      return null
    })
    zone.markStale(true)
    expect((await ask(handler, query('new.blockgov.alt', 'A'))).rcode).toBe('NXDOMAIN')
    expect(loads).toBe(0)
  })

  it('counts queries, responses and cache use in the Prometheus text', async () => {
    const { zone, handler } = setup()
    zone.setChainLag(4)
    await ask(handler, query('example.blockgov.alt', 'A'))
    await ask(handler, query('example.blockgov.alt', 'A'))
    await ask(handler, query('nope.blockgov.alt', 'TXT'))
    const text = handler.metricsText()
    expect(text).toContain('blockgov_dns_queries_total{qtype="A"} 2')
    expect(text).toContain('blockgov_dns_queries_total{qtype="TXT"} 1')
    expect(text).toContain('blockgov_dns_responses_total{rcode="NOERROR"} 2')
    expect(text).toContain('blockgov_dns_responses_total{rcode="NXDOMAIN"} 1')
    expect(text).toContain('blockgov_dns_cache_hits_total 1')
    expect(text).toContain('blockgov_dns_chain_lag_seconds 4')
    expect(text).toContain('# TYPE blockgov_dns_queries_total counter')
  })
})
