import { randomUUID } from 'node:crypto'
import { describeEachDatabase } from '@blockgov/db/testing'
import type { StoredEvent } from '@blockgov/sprint'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { connect, listen, type Message } from '../test-socket.ts'
import { createdSession, signedInOrganiser, testApp } from '../test-support.ts'

const cardEvents = (messages: Message[]) =>
  messages.flatMap((m) =>
    m.type === 'events' ? (m.events as unknown as StoredEvent[]).filter((e) => e.event.type === 'cardAdded') : [],
  )

describeEachDatabase('scoped live delivery', (database) => {
  let app: FastifyInstance
  let url: string
  let cookie: string
  let sessionId: string
  const tokens = new Map<string, string>()
  const groupOf = new Map<string, string>()

  beforeAll(async () => {
    app = await testApp(database())
    url = await listen(app)
    cookie = await signedInOrganiser(app, database(), 'scoped@example.org')
    const session = await createdSession(app, cookie, 'Scoped')
    sessionId = session.id
    for (const name of ['Ana', 'Bo', 'Cy', 'Di']) {
      const joined = await app.inject({
        method: 'POST',
        url: '/api/join',
        payload: { code: session.code, displayName: name, presence: 'room' },
      })
      tokens.set(joined.json().participantId, joined.json().token)
    }
    const command = (body: unknown) =>
      app.inject({
        method: 'POST',
        url: `/api/sessions/${sessionId}/commands`,
        headers: { cookie },
        payload: { commandId: randomUUID(), command: body },
      })
    await command({ type: 'groups.form', size: { groupCount: 2 }, seed: 7 })
    await command({ type: 'phase.start', index: 2 })
    const state = await app.inject({ method: 'GET', url: `/api/sessions/${sessionId}/events`, headers: { cookie } })
    const formed = (state.json().events as StoredEvent[]).find((e) => e.event.type === 'groupsFormed')
    if (formed?.event.type !== 'groupsFormed') throw new Error('groups were not formed')
    for (const g of formed.event.groups) for (const m of g.members) groupOf.set(m, g.groupId)
  })
  afterAll(() => app.close())

  const subscribed = async (token?: string, sinceSeq = 0, knownDesigns?: string[]) => {
    const client = await connect(url, token === undefined ? { cookie } : {})
    client.send({ type: 'subscribe', sessionId, sinceSeq, token, knownDesigns })
    await client.waitFor((m) => m.type === 'subscribed')
    return client
  }

  it('sends board events to the people of that board and the organisers only, and slices at a rotation', async () => {
    const [author, ...others] = [...tokens.keys()]
    if (author === undefined) throw new Error('no participants')
    const peer = others.find((p) => groupOf.get(p) === groupOf.get(author))
    const stranger = others.find((p) => groupOf.get(p) !== groupOf.get(author))
    if (peer === undefined || stranger === undefined) throw new Error('unexpected groups')
    const [writer, mate, outsider, organiser] = await Promise.all([
      subscribed(tokens.get(author)),
      subscribed(tokens.get(peer)),
      subscribed(tokens.get(stranger)),
      subscribed(),
    ])

    const cardId = randomUUID()
    writer.send({
      type: 'command',
      sessionId,
      commandId: randomUUID(),
      command: { type: 'card.add', cardId, kind: 'topic', text: 'Identity' },
    })
    const ack = await writer.waitFor((m) => m.type === 'ack')
    const added = (m: Message) => m.type === 'events' && m.events.some((e) => e.event.cardId === cardId)
    await mate.waitFor(added)
    await organiser.waitFor(added)
    // A session-wide event sent after the card reaches the outsider; the card never did.
    const extend = randomUUID()
    await app.inject({
      method: 'POST',
      url: `/api/sessions/${sessionId}/commands`,
      headers: { cookie },
      payload: { commandId: extend, command: { type: 'phase.extend', minutes: 1 } },
    })
    await outsider.waitFor((m) => m.type === 'events' && m.events.some((e) => e.commandId === extend))
    expect(cardEvents(outsider.received)).toEqual([])
    expect(ack.type === 'ack' && ack.seq).toBeGreaterThan(0)

    // A rotation gives the outsider's group the author's design: its contents arrive as one slice.
    await app.inject({
      method: 'POST',
      url: `/api/sessions/${sessionId}/commands`,
      headers: { cookie },
      payload: { commandId: randomUUID(), command: { type: 'phase.start', index: 5 } },
    })
    const slice = await outsider.waitFor((m) => m.type === 'designSlice' && m.slice.designId === groupOf.get(author))
    expect(slice.type === 'designSlice' && slice.slice.cards.map((c) => c.id)).toEqual([cardId])

    // Reconnecting with the boards it holds, the outsider gets no slice it already has.
    const lastSeq = Math.max(
      ...outsider.received.flatMap((m) => (m.type === 'events' ? m.events.map((e) => e.seq) : [])),
    )
    const known = [...new Set(groupOf.values())]
    const back = await subscribed(tokens.get(stranger), lastSeq, known)
    expect(back.received.filter((m) => m.type === 'designSlice')).toEqual([])
    // Reconnecting from scratch replays the boards it can see as events, not slices.
    const fresh = await subscribed(tokens.get(stranger))
    expect(fresh.received.filter((m) => m.type === 'designSlice')).toEqual([])
    expect(cardEvents(fresh.received).map((e) => e.event.type === 'cardAdded' && e.event.cardId)).toEqual([cardId])
    for (const c of [writer, mate, outsider, organiser, back, fresh]) c.socket.close()
  })
})
