import { randomUUID } from 'node:crypto'
import { hashPassword } from '@blockgov/auth'
import { insertOrganiser, readProfiles } from '@blockgov/db'
import { describeEachDatabase } from '@blockgov/db/testing'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { testApp } from '../test-support.ts'

describeEachDatabase('sessions API', (database) => {
  let app: FastifyInstance
  let cookie = ''
  let sessionId = ''
  let code = ''

  beforeAll(async () => {
    await insertOrganiser(database().db, {
      id: randomUUID(),
      email: 'organiser@example.org',
      displayName: 'Organiser',
      passwordHash: await hashPassword('a-long-password-123'),
    })
    app = await testApp(database())
  })
  afterAll(() => app.close())

  const command = (auth: Record<string, string>, body: unknown) =>
    app.inject({ method: 'POST', url: `/api/sessions/${sessionId}/commands`, headers: auth, payload: body as object })

  it('refuses a wrong password with INVALID_CREDENTIALS and signs in with the right one', async () => {
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'organiser@example.org', password: 'nope' },
    })
    expect(wrong.statusCode).toBe(401)
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS')
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'who@example.org', password: 'nope' },
    })
    expect(unknown.json().code).toBe('INVALID_CREDENTIALS')
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ORGANISER@example.org', password: 'a-long-password-123' },
    })
    expect(ok.statusCode).toBe(200)
    const setCookie = String(ok.headers['set-cookie'])
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Strict')
    cookie = setCookie.split(';')[0] ?? ''
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })
    expect(me.json()).toMatchObject({ email: 'organiser@example.org', displayName: 'Organiser' })
  })

  it('creates a session from the IGF template only when signed in', async () => {
    const anonymous = await app.inject({ method: 'POST', url: '/api/sessions', payload: { title: 'x' } })
    expect(anonymous.json().code).toBe('NOT_SIGNED_IN')
    const created = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie },
      payload: { title: 'Capacity Building for Better Blockchain Governance' },
    })
    expect(created.statusCode).toBe(201)
    sessionId = created.json().id
    code = created.json().code
    expect(code).toMatch(/^[A-Z2-9]{6}$/)
    const list = await app.inject({ method: 'GET', url: '/api/sessions', headers: { cookie } })
    expect(list.json().map((s: { id: string }) => s.id)).toContain(sessionId)
  })

  it('lets people join by code, storing only consented profile fields', async () => {
    const badCode = await app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { code: 'ZZZZZZ', displayName: 'A', presence: 'room' },
    })
    expect(badCode.json().code).toBe('JOIN_CODE_INVALID')
    const noConsent = await app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { code, displayName: 'Ana', presence: 'room', profile: { gender: { value: 'woman', consent: false } } },
    })
    expect(noConsent.json().code).toBe('VALIDATION_FAILED')
    const joined = await app.inject({
      method: 'POST',
      url: '/api/join',
      payload: {
        code: code.toLowerCase(),
        displayName: 'Ana',
        presence: 'online',
        profile: { gender: { value: 'woman', consent: true }, region: { value: 'Africa', consent: true } },
      },
    })
    expect(joined.statusCode).toBe(201)
    const { participantId, token } = joined.json()
    const profiles = await readProfiles(database().db, sessionId)
    expect(Object.fromEntries(profiles.get(participantId) ?? [])).toEqual({ gender: 'woman', region: 'Africa' })
    const events = await app.inject({
      method: 'GET',
      url: `/api/sessions/${sessionId}/events`,
      headers: { authorization: `Bearer ${token}` },
    })
    const types = events.json().events.map((e: { event: { type: string } }) => e.event.type)
    expect(types).toEqual(['sessionCreated', 'participantJoined'])
    expect(JSON.stringify(events.json())).not.toContain('woman') // profile answers never enter the log
  })

  it('runs commands with role checks, idempotent retries and stable error codes', async () => {
    const joined = await app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { code, displayName: 'Ben', presence: 'room' },
    })
    const participant = { authorization: `Bearer ${joined.json().token}` }
    const close = { commandId: randomUUID(), command: { type: 'session.close' } }
    const refused = await command(participant, close)
    expect(refused.statusCode).toBe(403)
    expect(refused.json().code).toBe('NOT_ALLOWED')

    const start = { commandId: randomUUID(), command: { type: 'phase.start', index: 0 } }
    const first = await command({ cookie }, start)
    expect(first.statusCode).toBe(200)
    const retry = await command({ cookie }, start)
    expect(retry.json()).toEqual(first.json()) // same ack, nothing appended twice

    const raise = await command(participant, { commandId: randomUUID(), command: { type: 'hand.raise' } })
    expect(raise.statusCode).toBe(200)
    const bad = await command(participant, { commandId: randomUUID(), command: { type: 'card.add', text: 'x' } })
    expect(bad.json().code).toBe('VALIDATION_FAILED')
    const early = await command(participant, {
      commandId: randomUUID(),
      command: { type: 'card.add', cardId: randomUUID(), kind: 'topic', text: 'Identity' },
    })
    expect(early.json().code).toBe('NOT_IN_GROUP')
    const other = await app.inject({
      method: 'POST',
      url: `/api/sessions/${randomUUID()}/commands`,
      headers: { cookie },
      payload: start,
    })
    expect(other.json().code).toBe('SESSION_NOT_FOUND')
  })

  it('does not accept a participant token for another session', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie },
      payload: { title: 'Other' },
    })
    const joined = await app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { code: created.json().code, displayName: 'C', presence: 'room' },
    })
    const response = await command(
      { authorization: `Bearer ${joined.json().token}` },
      { commandId: randomUUID(), command: { type: 'hand.raise' } },
    )
    expect(response.json().code).toBe('NOT_SIGNED_IN')
  })
})
