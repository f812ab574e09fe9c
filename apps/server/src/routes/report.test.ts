import { describeEachDatabase } from '@blockgov/db/testing'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { signedInOrganiser, testApp } from '../test-support.ts'

describeEachDatabase('GET /api/sessions/:id/report', (database) => {
  let app: FastifyInstance

  beforeAll(async () => {
    app = await testApp(database())
  })
  afterAll(() => app.close())

  it('drafts the IGF-structured report with consented participation figures, for the organiser only', async () => {
    const cookie = await signedInOrganiser(app, database(), 'report@example.org', 'Report Organiser')
    const created = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { cookie },
      payload: { title: 'Reported <session>' },
    })
    const { id, code } = created.json()
    const people = [
      { displayName: 'A', presence: 'room', profile: { gender: { value: 'woman', consent: true } } },
      { displayName: 'B', presence: 'room', profile: {} },
      { displayName: 'C', presence: 'online', profile: { gender: { value: 'man', consent: true } } },
    ]
    let token = ''
    for (const person of people) {
      const joined = await app.inject({ method: 'POST', url: '/api/join', payload: { code, ...person } })
      token = joined.json().token
    }

    const md = await app.inject({
      method: 'GET',
      url: `/api/sessions/${id}/report?format=md&sdgs=4,16`,
      headers: { cookie },
    })
    expect(md.statusCode).toBe(200)
    expect(md.headers['content-type']).toContain('text/markdown')
    expect(md.body).toContain('## 6. Estimated Participation')
    expect(md.body).toMatch(/In the room \(signed in\): 2/)
    expect(md.body).toMatch(/Online: 1/)
    expect(md.body).toMatch(/Women: 1 \(from consented answers; 1 did not answer\)/)
    expect(md.body).toContain('Report Organiser')

    const html = await app.inject({ method: 'GET', url: `/api/sessions/${id}/report`, headers: { cookie } })
    expect(html.headers['content-type']).toContain('text/html')
    expect(html.body).toMatch(/^<!doctype html>/i)
    expect(html.body).toContain('Reported &lt;session&gt;')
    expect(html.body).not.toContain('<script')

    const participant = await app.inject({
      method: 'GET',
      url: `/api/sessions/${id}/report`,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(participant.json().code).toBe('NOT_ALLOWED')

    // Editing, then publishing: versions are numbered and frozen.
    const save = await app.inject({
      method: 'PUT',
      url: `/api/sessions/${id}/report/sections/keyPolicyQuestions`,
      headers: { cookie },
      payload: { text: 'How can capacity building make blockchain governance more inclusive?' },
    })
    expect(save.statusCode).toBe(204)
    const published = await app.inject({
      method: 'POST',
      url: `/api/sessions/${id}/report/versions`,
      headers: { cookie },
      payload: { sdgs: [4] },
    })
    expect(published.json()).toEqual({ version: 1 })
    await app.inject({
      method: 'PUT',
      url: `/api/sessions/${id}/report/sections/keyPolicyQuestions`,
      headers: { cookie },
      payload: { text: 'A later rewording.' },
    })
    const second = await app.inject({
      method: 'POST',
      url: `/api/sessions/${id}/report/versions`,
      headers: { cookie },
      payload: {},
    })
    expect(second.json()).toEqual({ version: 2 })
    const v1 = await app.inject({
      method: 'GET',
      url: `/api/sessions/${id}/report/versions/1?format=md`,
      headers: { cookie },
    })
    expect(v1.body).toContain('How can capacity building make blockchain governance more inclusive?')
    expect(v1.body).not.toContain('A later rewording.')
    const list = await app.inject({
      method: 'GET',
      url: `/api/sessions/${id}/report/versions`,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(list.json().map((v: { version: number }) => v.version)).toEqual([2, 1])
    const participantPublish = await app.inject({
      method: 'POST',
      url: `/api/sessions/${id}/report/versions`,
      headers: { authorization: `Bearer ${token}` },
      payload: {},
    })
    expect(participantPublish.json().code).toBe('NOT_ALLOWED')
  })
})
