import { randomUUID } from 'node:crypto'
import { hashPassword } from '@blockgov/auth'
import { type Database, insertOrganiser, openDatabase } from '@blockgov/db'
import { openTestDatabase, testDatabaseKinds, testPostgresUrl } from '@blockgov/db/testing'
import { CloseCode } from '@blockgov/protocol'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, listen, range, seqsOf } from './test-socket.ts'
import { testApp } from './test-support.ts'

describe.runIf(testDatabaseKinds().includes('postgres'))('two server instances on one Postgres', () => {
  let first: Database
  let second: Database
  let appA: FastifyInstance
  let appB: FastifyInstance
  let urlA: string
  let urlB: string
  let cookie: string
  let sessionId: string
  const tokens: string[] = []

  beforeAll(async () => {
    first = await openTestDatabase('postgres')
    const schema = (await first.db.execute<{ schema: string }>('select current_schema() as schema')).rows[0]?.schema
    const url = new URL(testPostgresUrl() ?? '')
    url.searchParams.set('options', `-c search_path=${schema}`)
    second = await openDatabase({ kind: 'postgres', url: url.toString() })
    await insertOrganiser(first.db, {
      id: randomUUID(),
      email: 'scale@example.org',
      displayName: 'Scale',
      passwordHash: await hashPassword('a-long-password-123'),
    })
    appA = await testApp(first, { RATE_LIMIT_PER_MINUTE: '100000' })
    appB = await testApp(second, { RATE_LIMIT_PER_MINUTE: '100000' })
    urlA = await listen(appA)
    urlB = await listen(appB)
    const login = await fetch(`${urlA}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'scale@example.org', password: 'a-long-password-123' }),
    })
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
    const created = await appA.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie },
      payload: { title: 'Scale-out' },
    })
    sessionId = created.json().id
    for (const name of ['Ana', 'Ben', 'Caro']) {
      // Joins alternate between the instances, so both hubs load the session early.
      const app = tokens.length % 2 === 0 ? appA : appB
      const joined = await app.inject({
        method: 'POST',
        url: '/api/join',
        payload: { code: created.json().code, displayName: name, presence: 'online' },
      })
      expect(joined.statusCode).toBe(201)
      tokens.push(joined.json().token)
    }
  }, 60_000)

  afterAll(async () => {
    await appA?.close()
    await appB?.close()
    await second?.close()
    await first?.close()
  }, 60_000)

  async function command(baseUrl: string, token: string, commandId = randomUUID()) {
    const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        commandId,
        command: { type: 'participant.volunteer', facilitator: true, rapporteur: false },
      }),
    })
    expect(response.status).toBe(200)
    return (await response.json()) as { commandId: string; seq: number }
  }

  async function logSeqs(): Promise<number[]> {
    const response = await appA.inject({ method: 'GET', url: `/api/sessions/${sessionId}/events`, headers: { cookie } })
    return response.json().events.map((e: { seq: number }) => e.seq)
  }

  it('streams to a client on B an event appended through A, and B decides on top of it', async () => {
    const watcher = await connect(urlB, { cookie })
    watcher.send({ type: 'subscribe', sessionId, sinceSeq: 0 })
    await watcher.waitFor((m) => m.type === 'subscribed')
    const start = seqsOf(watcher.received).length

    const latencies: number[] = []
    for (let i = 0; i < 10; i++) {
      const ack = await command(urlA, tokens[0] ?? '')
      const acked = performance.now()
      await watcher.waitFor((m) => m.type === 'events' && m.events.some((e) => e.seq === ack.seq))
      latencies.push(performance.now() - acked)
    }
    // B's hub followed A, so its own command lands right after A's without a client-visible conflict.
    const onB = await command(urlB, tokens[1] ?? '')
    expect(onB.seq).toBe(start + 11)
    await watcher.waitFor((m) => m.type === 'events' && m.events.some((e) => e.seq === onB.seq))
    expect(seqsOf(watcher.received)).toEqual(range(1, onB.seq))
    expect(await logSeqs()).toEqual(range(1, onB.seq))
    latencies.sort((a, b) => a - b)
    console.info(
      `cross-instance latency, ack on A → event on B: median ${latencies[5]?.toFixed(1)} ms, max ${latencies[9]?.toFixed(1)} ms`,
    )
    watcher.socket.close()
  })

  it('acks concurrent commands on both instances with contiguous seqs, and both instances stream all of them once', async () => {
    const watchers = [await connect(urlA, { cookie }), await connect(urlB, { cookie })]
    for (const w of watchers) {
      w.send({ type: 'subscribe', sessionId, sinceSeq: 0 })
      await w.waitFor((m) => m.type === 'subscribed')
    }
    const before = (await logSeqs()).length
    const sends = tokens.flatMap((token, who) =>
      range(1, 20).map((i) => command((who + i) % 2 === 0 ? urlA : urlB, token)),
    )
    const acks = await Promise.all(sends)
    const seqs = acks.map((a) => a.seq).sort((a, b) => a - b)
    expect(seqs).toEqual(range(before + 1, before + acks.length))
    const last = before + acks.length
    expect(await logSeqs()).toEqual(range(1, last))
    for (const w of watchers) {
      await w.waitFor((m) => m.type === 'events' && m.events.some((e) => e.seq === last))
      expect(seqsOf(w.received)).toEqual(range(1, last))
      w.socket.close()
    }
  })

  it('closes sockets with 1001 (going away) when an instance shuts down, after in-flight commands finish', async () => {
    const client = await connect(urlB, { cookie })
    client.send({ type: 'subscribe', sessionId, sinceSeq: 0 })
    await client.waitFor((m) => m.type === 'subscribed')
    // Settled from the start: requests that reach B after it began closing are refused (503), which is fine
    // here, and must not surface as unhandled rejections while the test waits for the close.
    const inFlight = Promise.allSettled(range(1, 10).map(() => command(urlB, tokens[2] ?? '').then((ack) => ack.seq)))
    await new Promise((resolve) => setTimeout(resolve, 5))
    await appB.close()
    expect(await client.closed).toBe(CloseCode.GOING_AWAY)
    const results = await inFlight
    const acked = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
    // Requests accepted before the close were answered; the log holds exactly the acked ones after the rest.
    const log = await logSeqs()
    expect(log).toEqual(range(1, log.length))
    for (const seq of acked) expect(log).toContain(seq)
  })
})
