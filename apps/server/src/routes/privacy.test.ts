import { enforceProfileRetention, readProfiles } from '@blockgov/db'
import { describeEachDatabase } from '@blockgov/db/testing'
import { pseudonymFor } from '@blockgov/sprint'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createdSession, signedInOrganiser, testApp } from '../test-support.ts'

describeEachDatabase('participants’ data rights', (database) => {
  let app: FastifyInstance
  let cookie = ''
  let sessionId = ''
  let code = ''

  beforeAll(async () => {
    app = await testApp(database())
    cookie = await signedInOrganiser(app, database(), 'rights@example.org')
    ;({ id: sessionId, code } = await createdSession(app, cookie, 'Rights'))
  })
  afterAll(() => app.close())

  async function join(name: string) {
    const joined = await app.inject({
      method: 'POST',
      url: '/api/join',
      payload: {
        code,
        displayName: name,
        presence: 'room',
        profile: { gender: { value: 'woman', consent: true }, region: { value: 'Europe', consent: true } },
      },
    })
    return joined.json() as { participantId: string; token: string }
  }

  it('exports what the session holds about a participant, and only to them', async () => {
    const { participantId, token } = await join('Ines Export')
    const response = await app.inject({
      method: 'GET',
      url: `/api/sessions/${sessionId}/me`,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toContain('attachment')
    const body = response.json()
    expect(body.record).toMatchObject({
      participantId,
      displayName: 'Ines Export',
      presence: 'room',
      joinedVia: 'code',
    })
    expect(body.profile.map((p: { field: string }) => p.field).sort()).toEqual(['gender', 'region'])
    const organiser = await app.inject({ method: 'GET', url: `/api/sessions/${sessionId}/me`, headers: { cookie } })
    expect(organiser.json().code).toBe('INVALID_TOKEN')
  })

  it('erases: the name becomes a stable pseudonym in the stored log, answers and access are gone', async () => {
    const { participantId, token } = await join('Jana Erase')
    const auth = { authorization: `Bearer ${token}` }
    const erased = await app.inject({ method: 'POST', url: `/api/sessions/${sessionId}/me/erase`, headers: auth })
    expect(erased.json()).toEqual({ pseudonym: pseudonymFor(participantId) })

    const log = await app.inject({ method: 'GET', url: `/api/sessions/${sessionId}/events`, headers: { cookie } })
    expect(JSON.stringify(log.json())).not.toContain('Jana Erase')
    const types = log.json().events.map((e: { event: { type: string } }) => e.event.type)
    expect(types).toContain('participantErased')
    expect((await readProfiles(database().db, sessionId)).has(participantId)).toBe(false)
    const after = await app.inject({ method: 'GET', url: `/api/sessions/${sessionId}/me`, headers: auth })
    expect(after.json().code).toBe('INVALID_TOKEN')

    // A restarted server replays the scrubbed log: the name does not come back.
    const restarted = await testApp(database())
    try {
      const replayed = await restarted.inject({
        method: 'GET',
        url: `/api/sessions/${sessionId}/events`,
        headers: { cookie },
      })
      expect(JSON.stringify(replayed.json())).not.toContain('Jana Erase')
    } finally {
      await restarted.close()
    }
  })

  it('deletes profile answers older than the session’s retention period', async () => {
    const { participantId } = await join('Kai Retention')
    const set = await app.inject({
      method: 'PUT',
      url: `/api/sessions/${sessionId}/retention`,
      headers: { cookie },
      payload: { days: 30 },
    })
    expect(set.statusCode).toBe(204)
    expect(await enforceProfileRetention(database().db, new Date())).toBe(0)
    const later = new Date(Date.now() + 31 * 24 * 3600 * 1000)
    expect(await enforceProfileRetention(database().db, later)).toBeGreaterThan(0)
    expect((await readProfiles(database().db, sessionId)).has(participantId)).toBe(false)
  })
})
