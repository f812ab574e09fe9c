import dnsPacket from 'dns-packet'
import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dohRoutes } from './doh.ts'
import { QueryHandler } from './query-handler.ts'
import { encodeRecords } from './records.ts'
import { decodeReply, exampleZone, query } from './test-kit.ts'

const app = Fastify()
const handler = new QueryHandler({ zone: exampleZone() })

beforeAll(async () => {
  await app.register(dohRoutes, { handler })
  await app.ready()
})
afterAll(() => app.close())

describe('dohRoutes (RFC 8484)', () => {
  it('answers GET with a base64url dns parameter, ID 0 as DoH clients send it', async () => {
    const dns = query('example.blockgov.alt', 'A', { id: 0 }).toString('base64url')
    const response = await app.inject({ method: 'GET', url: `/dns-query?dns=${dns}` })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('application/dns-message')
    expect(response.headers['cache-control']).toBe('max-age=300')
    expect(dnsPacket.decode(response.rawPayload)).toMatchObject({ id: 0, answers: [{ data: '192.0.2.1' }] })
  })

  it('answers POST with an application/dns-message body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/dns-query',
      headers: { 'content-type': 'application/dns-message' },
      payload: query('nope.blockgov.alt', 'TXT', { id: 0 }),
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('max-age=60') // the negative TTL (SOA minimum)
    expect(dnsPacket.decode(response.rawPayload)).toMatchObject({ rcode: 'NXDOMAIN', authorities: [{ type: 'SOA' }] })
  })

  it('never truncates, whatever the client advertised', async () => {
    const zone = exampleZone()
    const records = Array.from({ length: 10 }, (_, i) => `${'z'.repeat(200)}${i}`)
    zone.upsertName('big.blockgov.alt', {
      expiresAt: zone.now() + 3600,
      suspended: false,
      records: encodeRecords(records.map((text) => ({ type: 'TXT', name: 'big.blockgov.alt', data: [text] }))),
    })
    const local = Fastify()
    await local.register(dohRoutes, { handler: new QueryHandler({ zone }) })
    const dns = query('big.blockgov.alt', 'TXT', { id: 0 }).toString('base64url')
    const response = await local.inject({ method: 'GET', url: `/dns-query?dns=${dns}` })
    expect(dnsPacket.decode(response.rawPayload)).toMatchObject({ flag_tc: false })
    expect(dnsPacket.decode(response.rawPayload).answers).toHaveLength(10)
    await local.close()
  })

  it('rejects a missing or non-base64url dns parameter with 400 and a stable code', async () => {
    for (const url of ['/dns-query', '/dns-query?dns=not%20base64!']) {
      const response = await app.inject({ method: 'GET', url })
      expect(response.statusCode).toBe(400)
      expect(response.json()).toMatchObject({ code: 'DNS_BAD_REQUEST' })
    }
  })

  it('rejects a DNS response sent as a query with 400', async () => {
    const message = query('example.blockgov.alt', 'A')
    message[2] = (message[2] as number) | 0x80
    const response = await app.inject({ method: 'GET', url: `/dns-query?dns=${message.toString('base64url')}` })
    expect(response.statusCode).toBe(400)
  })

  it('rejects other media types with 415', async () => {
    const response = await app.inject({ method: 'POST', url: '/dns-query', payload: { not: 'dns' } })
    expect(response.statusCode).toBe(415)
  })

  it('answers malformed messages FORMERR over HTTP 200, as DNS errors are DNS answers', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/dns-query',
      headers: { 'content-type': 'application/dns-message' },
      payload: Buffer.from('0000010000020000000000000000', 'hex'),
    })
    expect(response.statusCode).toBe(200)
    expect(decodeReply(response.rawPayload).rcode).toBe('FORMERR')
  })
})
