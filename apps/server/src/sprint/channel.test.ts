import { randomUUID } from 'node:crypto'
import { hashPassword } from '@blockgov/auth'
import { insertOrganiser } from '@blockgov/db'
import { describeEachDatabase } from '@blockgov/db/testing'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { connect, listen, seqsOf } from '../test-socket.ts'
import { testApp } from '../test-support.ts'

describeEachDatabase('live channel over WebSocket', (database) => {
  let app: FastifyInstance
  let url: string
  let cookie: string
  let sessionId: string
  let token: string

  beforeAll(async () => {
    await insertOrganiser(database().db, {
      id: randomUUID(),
      email: 'live@example.org',
      displayName: 'Live',
      passwordHash: await hashPassword('a-long-password-123'),
    })
    app = await testApp(database())
    url = await listen(app)
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'live@example.org', password: 'a-long-password-123' },
    })
    cookie = String(login.headers['set-cookie']).split(';')[0] ?? ''
    const created = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie },
      payload: { title: 'Live' },
    })
    sessionId = created.json().id
    const joined = await app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { code: created.json().code, displayName: 'Ana', presence: 'online' },
    })
    token = joined.json().token
  })
  afterAll(() => app.close())

  const connected = (headers: Record<string, string> = {}) => connect(url, headers)

  it('streams the backlog then live events, and acks commands after their events', async () => {
    const organiser = await connected({ cookie })
    organiser.send({ type: 'subscribe', sessionId, sinceSeq: 0 })
    await organiser.waitFor((m) => m.type === 'subscribed')
    expect(seqsOf(organiser.received)).toEqual([1, 2])

    const participant = await connected()
    participant.send({ type: 'subscribe', sessionId, sinceSeq: 2, token })
    const subscribed = await participant.waitFor((m) => m.type === 'subscribed')
    expect(subscribed).toMatchObject({ viewer: { kind: 'participant' } })

    const commandId = randomUUID()
    organiser.send({ type: 'command', sessionId, commandId, command: { type: 'phase.start', index: 0 } })
    const ack = await organiser.waitFor((m) => m.type === 'ack')
    expect(ack).toEqual({ type: 'ack', commandId, seq: 3 })
    const seen = await participant.waitFor((m) => m.type === 'events' && m.events.some((e) => e.seq === 3))
    expect(seen.type === 'events' && seen.events[0]?.event.type).toBe('phaseStarted')
    // The command's events reached its sender before the ack, so a client's state is current when acked.
    const ackIndex = organiser.received.indexOf(ack)
    expect(seqsOf(organiser.received.slice(0, ackIndex))).toContain(3)
    organiser.socket.close()
    participant.socket.close()
  })

  it('resumes after a reconnect with no lost and no duplicated events, and a retried command is not applied twice', async () => {
    const first = await connected()
    first.send({ type: 'subscribe', sessionId, sinceSeq: 0, token })
    await first.waitFor((m) => m.type === 'subscribed')
    const lastSeen = Math.max(...seqsOf(first.received))
    first.socket.terminate() // drop without a goodbye, like a phone losing its network

    // While the participant is away, the room moves on.
    const organiser = await connected({ cookie })
    organiser.send({ type: 'subscribe', sessionId, sinceSeq: lastSeen })
    await organiser.waitFor((m) => m.type === 'subscribed')
    const raise = randomUUID()
    organiser.send({
      type: 'command',
      sessionId,
      commandId: randomUUID(),
      command: { type: 'phase.extend', minutes: 2 },
    })
    await organiser.waitFor((m) => m.type === 'ack')

    const again = await connected()
    again.send({ type: 'subscribe', sessionId, sinceSeq: lastSeen, token })
    await again.waitFor((m) => m.type === 'subscribed')
    expect(seqsOf(again.received)).toEqual([lastSeen + 1])

    // The participant raises a hand; its ack is "lost" and it retries with the same id.
    again.send({ type: 'command', sessionId, commandId: raise, command: { type: 'hand.raise' } })
    const firstAck = await again.waitFor((m) => m.type === 'ack' && m.commandId === raise)
    again.send({ type: 'command', sessionId, commandId: raise, command: { type: 'hand.raise' } })
    await new Promise((resolve) => setTimeout(resolve, 200))
    const acks = again.received.filter((m) => m.type === 'ack' && m.commandId === raise)
    expect(acks).toEqual([firstAck, firstAck])
    const all = seqsOf(again.received)
    expect(new Set(all).size).toBe(all.length)
    organiser.socket.close()
    again.socket.close()
  })

  it('refuses commands before subscribing, invalid commands and bad tokens with codes', async () => {
    const c = await connected()
    const early = randomUUID()
    c.send({ type: 'command', sessionId, commandId: early, command: { type: 'hand.raise' } })
    expect(await c.waitFor((m) => m.type === 'rejected')).toMatchObject({ error: { code: 'NOT_SUBSCRIBED' } })
    c.send({ type: 'subscribe', sessionId, sinceSeq: 0, token: 'not-a-token' })
    expect(await c.waitFor((m) => m.type === 'error')).toMatchObject({ error: { code: 'INVALID_TOKEN' } })
    c.send({ type: 'subscribe', sessionId, sinceSeq: 0, token })
    await c.waitFor((m) => m.type === 'subscribed')
    const bad = randomUUID()
    c.send({ type: 'command', sessionId, commandId: bad, command: { type: 'card.add', text: '' } })
    expect(await c.waitFor((m) => m.type === 'rejected' && m.commandId === bad)).toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
    })
    c.socket.close()
  })

  it('keeps every acknowledged event across a server restart', async () => {
    const before = await app.inject({ method: 'GET', url: `/api/sessions/${sessionId}/events`, headers: { cookie } })
    const restarted = await testApp(database()) // a new process: new hub, nothing in memory
    try {
      const after = await restarted.inject({
        method: 'GET',
        url: `/api/sessions/${sessionId}/events`,
        headers: { cookie },
      })
      expect(after.json()).toEqual(before.json())
      const command = await restarted.inject({
        method: 'POST',
        url: `/api/sessions/${sessionId}/commands`,
        headers: { cookie },
        payload: { commandId: randomUUID(), command: { type: 'phase.end' } },
      })
      expect(command.json().seq).toBe(before.json().events.length + 1)
    } finally {
      await restarted.close()
    }
  })
})
