import { randomUUID } from 'node:crypto'
import { describeEachDatabase } from '@blockgov/db/testing'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createdSession, signedInOrganiser, testApp } from '../test-support.ts'

describeEachDatabase('GET /api/sessions/:id/evaluation', (database) => {
  let app: FastifyInstance

  beforeAll(async () => {
    app = await testApp(database())
  })
  afterAll(() => app.close())

  it('breaks results down by consented stakeholder group, computed on the server', async () => {
    const cookie = await signedInOrganiser(app, database(), 'eval@example.org')
    const { id: sessionId, code } = await createdSession(app, cookie, 'Eval')
    const stakeholders = ['civil-society', 'civil-society', 'government', 'government', undefined, undefined]
    const tokens: string[] = []
    for (const [i, stakeholder] of stakeholders.entries()) {
      const profile = stakeholder === undefined ? {} : { stakeholder: { value: stakeholder, consent: true } }
      const joined = await app.inject({
        method: 'POST',
        url: '/api/join',
        payload: { code, displayName: `P${i}`, presence: 'room', profile },
      })
      tokens.push(joined.json().token)
    }
    const send = async (auth: Record<string, string>, command: object) => {
      const response = await app.inject({
        method: 'POST',
        url: `/api/sessions/${sessionId}/commands`,
        headers: auth,
        payload: { commandId: randomUUID(), command },
      })
      expect(response.statusCode, JSON.stringify(response.json())).toBe(200)
    }
    const as = (i: number) => ({ authorization: `Bearer ${tokens[i]}` })
    await send({ cookie }, { type: 'groups.form', size: { groupCount: 1 } })
    await send({ cookie }, { type: 'phase.start', index: 2 }) // brainstorm
    const topicId = randomUUID()
    const ideaId = randomUUID()
    await send(as(0), { type: 'card.add', cardId: topicId, kind: 'topic', text: 'Identity' })
    await send(as(0), { type: 'card.add', cardId: ideaId, kind: 'idea', parentId: topicId, text: 'Pilot a registry' })
    await send({ cookie }, { type: 'phase.start', index: 3 }) // evaluate
    const values = [5, 5, 1, 1, 3, 3]
    for (const [i, value] of values.entries()) {
      for (const criterionId of ['feasible', 'useful-coalition', 'useful-igf']) {
        await send(as(i), { type: 'score.set', ideaId, criterionId, value })
      }
    }

    const response = await app.inject({
      method: 'GET',
      url: `/api/sessions/${sessionId}/evaluation`,
      headers: { cookie },
    })
    expect(response.statusCode).toBe(200)
    const [design] = response.json().designs
    const [result] = design.results
    expect(result).toMatchObject({ ideaId, raters: 6, weightedMean: 3, highDisagreement: true })
    expect(result.byStakeholder).toEqual(
      expect.arrayContaining([
        { stakeholder: 'civil-society', raters: 2, weightedMean: 5 },
        { stakeholder: 'government', raters: 2, weightedMean: 1 },
      ]),
    )
    const participantView = await app.inject({
      method: 'GET',
      url: `/api/sessions/${sessionId}/evaluation`,
      headers: as(5),
    })
    expect(participantView.statusCode).toBe(200)
    const stranger = await app.inject({ method: 'GET', url: `/api/sessions/${sessionId}/evaluation` })
    expect(stranger.json().code).toBe('NOT_SIGNED_IN')
  })
})
