import { execFile } from 'node:child_process'
import { createSocket } from 'node:dgram'
import { promises as dns } from 'node:dns'
import { promisify } from 'node:util'
import dnsPacket from 'dns-packet'
import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dohRoutes } from './doh.ts'
import { type Gateway, startGateway } from './gateway.ts'
import { encodeRecords } from './records.ts'
import { answerLines, DAY, exampleZone, query } from './test-kit.ts'

const run = promisify(execFile)
const clock = { now: Math.floor(Date.now() / 1000) }
const zone = exampleZone(clock)
zone.upsertName('big.blockgov.alt', {
  expiresAt: clock.now + DAY,
  suspended: false,
  records: encodeRecords(
    Array.from({ length: 7 }, (_, i) => ({
      type: 'TXT' as const,
      name: 'big.blockgov.alt',
      data: [`${'t'.repeat(200)}${i}`],
    })),
  ),
})
zone.upsertName('disputed.blockgov.alt', { expiresAt: clock.now + DAY, suspended: true, records: new Uint8Array() })
let gateway: Gateway

/** Runs dig with one try and a 2 s timeout; returns its output. */
async function dig(...args: string[]): Promise<string> {
  const { stdout } = await run('dig', [`@${gateway.host}`, '-p', String(gateway.port), '+tries=1', '+time=2', ...args])
  return stdout
}

async function kdig(...args: string[]): Promise<string> {
  const { stdout } = await run('kdig', [
    `@${gateway.host}`,
    '-p',
    String(gateway.port),
    '+retry=0',
    '+timeout=2',
    ...args,
  ])
  return stdout
}

const tcpQueries = () =>
  Number(/blockgov_dns_transport_queries_total\{transport="tcp"\} (\d+)/.exec(gateway.metricsText())?.[1])

const status = (output: string) => /status: ([A-Z]+)/i.exec(output)?.[1]

function resolver(): dns.Resolver {
  const client = new dns.Resolver({ timeout: 2000, tries: 1 })
  client.setServers([`${gateway.host}:${gateway.port}`])
  return client
}

it('uses batched UDP I/O by default where it is built (Linux, compiled on npm ci)', async () => {
  const byDefault = await startGateway({ zone, port: 0 })
  await byDefault.stop()
  expect(byDefault.udpIo).toBe('batched')
})

// Every behaviour over both UDP readers: batched (recvmmsg/sendmmsg) and Node's dgram, the fallback elsewhere.
describe.each(['batched', 'dgram'] as const)('the gateway with real DNS clients, %s UDP', (udpIo) => {
  beforeAll(async () => {
    gateway = await startGateway({ zone, port: 0, udpIo })
  })
  afterAll(() => gateway.stop())

  it('binds UDP and TCP on the same port when given port 0', () => {
    expect(gateway.port).toBeGreaterThan(0)
    expect(gateway.udpIo).toBe(udpIo)
  })

  it('answers dig over UDP, echoing the question case and the TTL', async () => {
    const output = await dig('ExAmple.BlockGov.alt', 'A')
    expect(status(output)).toBe('NOERROR')
    expect(output).toContain(';ExAmple.BlockGov.alt.\t\tIN\tA')
    expect(output).toMatch(/flags: qr aa rd;/)
    expect(answerLines(output)).toEqual(['example.blockgov.alt. 300 A 192.0.2.1'])
  })

  it('answers dig over TCP', async () => {
    const output = await dig('+tcp', 'example.blockgov.alt', 'AAAA')
    expect(output).toContain('(TCP)')
    expect(answerLines(output)).toEqual(['example.blockgov.alt. 300 AAAA 2001:db8::1'])
  })

  it('lets dig fall back to TCP when the UDP answer is truncated', async () => {
    const output = await dig('+noedns', 'big.blockgov.alt', 'TXT')
    expect(output).toContain('Truncated, retrying in TCP mode')
    expect(answerLines(output)).toHaveLength(7)
  })

  it('answers NXDOMAIN with the SOA in authority', async () => {
    const output = await dig('nobody.blockgov.alt', 'A')
    expect(status(output)).toBe('NXDOMAIN')
    expect(output).toMatch(
      /AUTHORITY SECTION:\nblockgov\.alt\.\s+60\s+IN\s+SOA\s+ns1\.blockgov\.alt\. hostmaster\.blockgov\.alt\. 1 /,
    )
  })

  it('refuses names outside its namespace (no open recursion)', async () => {
    expect(status(await dig('example.com', 'A'))).toBe('REFUSED')
  })

  it('answers kdig over UDP and TCP, and shows the EDE of a suspended name', async () => {
    expect(await kdig('+short', 'example.blockgov.alt', 'TXT')).toBe('"v=blockgov1"\n')
    expect(await kdig('+tcp', '+short', 'example.blockgov.alt', 'MX')).toBe('10 mail.example.org.\n')
    const suspended = await kdig('+edns', 'disputed.blockgov.alt', 'A')
    expect(suspended).toContain('status: NXDOMAIN')
    expect(suspended).toContain("EDE: 16 (Censored): 'name suspended by dispute resolution'")
  })

  it('answers kdig queries with a big EDNS buffer in full over UDP up to 1232 bytes', async () => {
    const output = await kdig('+bufsize=4096', 'big.blockgov.alt', 'TXT')
    expect(output).toContain('UDP size: 1232 B')
    expect(output).toContain('ANSWER: 7')
  })

  it("serves Node's resolver every record type it publishes", async () => {
    // toMatchObject, not toEqual: Node 24 adds a `type` field to MX, SRV and CAA records.
    const client = resolver()
    expect(await client.resolve4('example.blockgov.alt')).toEqual(['192.0.2.1'])
    expect(await client.resolve6('example.blockgov.alt')).toEqual(['2001:db8::1'])
    expect(await client.resolveTxt('example.blockgov.alt')).toEqual([['v=blockgov1']])
    expect(await client.resolveMx('example.blockgov.alt')).toMatchObject([
      { priority: 10, exchange: 'mail.example.org' },
    ])
    expect(await client.resolveCname('www.example.blockgov.alt')).toEqual(['example.blockgov.alt'])
    expect(await client.resolveSrv('_sip._udp.example.blockgov.alt')).toMatchObject([
      { name: 'sip.example.org', port: 5060, priority: 1, weight: 5 },
    ])
    expect(await client.resolveCaa('example.blockgov.alt')).toMatchObject([{ critical: 0, issue: 'ca.example.org' }])
    expect(await client.resolveNs('blockgov.alt')).toEqual(['ns1.blockgov.alt'])
    expect(await client.resolveSoa('blockgov.alt')).toMatchObject({ nsname: 'ns1.blockgov.alt', minttl: 60 })
  })

  it("gives Node's resolver ENOTFOUND for unregistered names and ENODATA for missing types", async () => {
    const client = resolver()
    await expect(client.resolve4('nobody.blockgov.alt')).rejects.toMatchObject({ code: 'ENOTFOUND' })
    await expect(client.resolveMx('_sip._udp.example.blockgov.alt')).rejects.toMatchObject({ code: 'ENODATA' })
  })

  it("lets Node's resolver fall back to TCP for a truncated answer", async () => {
    const tcpBefore = tcpQueries()
    const texts = await resolver().resolveTxt('big.blockgov.alt')
    expect(texts).toHaveLength(7)
    expect(tcpQueries()).toBe(tcpBefore + 1)
  })

  it('answers DNS over HTTPS GET and POST through the Fastify plugin on a real socket', async () => {
    const app = Fastify()
    await app.register(dohRoutes, { handler: gateway.handler })
    const base = await app.listen({ host: '127.0.0.1', port: 0 })
    try {
      const message = query('example.blockgov.alt', 'AAAA', { id: 0 })
      const get = await fetch(`${base}/dns-query?dns=${message.toString('base64url')}`, {
        headers: { accept: 'application/dns-message' },
      })
      expect(get.headers.get('content-type')).toBe('application/dns-message')
      expect(dnsPacket.decode(Buffer.from(await get.arrayBuffer())).answers).toMatchObject([{ data: '2001:db8::1' }])
      const post = await fetch(`${base}/dns-query`, {
        method: 'POST',
        headers: { 'content-type': 'application/dns-message' },
        body: query('big.blockgov.alt', 'TXT', { id: 0 }),
      })
      expect(dnsPacket.decode(Buffer.from(await post.arrayBuffer())).answers).toHaveLength(7)
    } finally {
      await app.close()
    }
  })

  it('reports what it answered in the Prometheus text', () => {
    const text = gateway.metricsText()
    expect(text).toContain(`blockgov_dns_udp_io_info{io="${udpIo}"} 1`)
    if (udpIo === 'batched') expect(text).toContain('blockgov_dns_udp_send_failed_total 0')
    expect(text).toMatch(/blockgov_dns_transport_queries_total\{transport="udp"\} [1-9]/)
    expect(text).toMatch(/blockgov_dns_transport_queries_total\{transport="tcp"\} [1-9]/)
    expect(text).toMatch(/blockgov_dns_transport_queries_total\{transport="doh"\} [1-9]/)
  })
})

describe.each(['batched', 'dgram'] as const)('UDP response-rate limiting, %s UDP', (udpIo) => {
  it('drops and slips answers past the limit when loopback is not exempt', async () => {
    const limited = await startGateway({
      zone,
      port: 0,
      udpIo,
      rateLimit: { responsesPerSecond: 1, burst: 2, slip: 2, exemptLoopback: false },
    })
    const socket = createSocket('udp4')
    try {
      const replies: ReturnType<typeof dnsPacket.decode>[] = []
      socket.on('message', (message) => replies.push(dnsPacket.decode(message)))
      await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()))
      for (let id = 1; id <= 6; id++) socket.send(query('example.blockgov.alt', 'A', { id }), limited.port, '127.0.0.1')
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(replies.filter((reply) => !reply.flag_tc).map((reply) => reply.id)).toEqual([1, 2])
      expect(replies.filter((reply) => reply.flag_tc).map((reply) => reply.answers?.length)).toEqual([0, 0])
      expect(limited.metricsText()).toContain('blockgov_dns_rate_limited_total 4')
    } finally {
      socket.close()
      await limited.stop()
    }
  })
})
