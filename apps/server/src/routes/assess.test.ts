import { describeEachDatabase } from '@blockgov/db/testing'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { signedInOrganiser, testApp } from '../test-support.ts'

const initiative = {
  name: 'Digital credentials programme',
  body: 'Ministry of Education',
  jurisdiction: 'Exampleland',
  stage: 'pilot',
  description: 'Diplomas issued as verifiable credentials.',
  links: ['https://example.org/credentials'],
}

describeEachDatabase('assess routes', (database) => {
  let app: FastifyInstance
  let cookie = ''
  let otherCookie = ''

  beforeAll(async () => {
    app = await testApp(database())
    cookie = await signedInOrganiser(app, database(), 'assess-routes@example.org')
    otherCookie = await signedInOrganiser(app, database(), 'assess-other@example.org')
  })
  afterAll(() => app.close())

  const asOrganiser = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object, who = cookie) =>
    app.inject({ method, url, headers: { cookie: who }, ...(payload === undefined ? {} : { payload }) })
  const asEvaluator = (method: 'GET' | 'PUT', url: string, token: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload }),
    })

  async function created(): Promise<string> {
    const response = await asOrganiser('POST', '/api/assess/evaluations', { initiative })
    expect(response.statusCode).toBe(201)
    return response.json().id
  }

  it('runs the workflow over HTTP and serves the published report as HTML, PDF and JSON', async () => {
    const id = await created()
    expect(
      (
        await asOrganiser('PATCH', `/api/assess/evaluations/${id}`, {
          gateAnswers: { 'store-state': true, 'multiple-writers': false },
        })
      ).statusCode,
    ).toBe(200)
    expect(
      (await asOrganiser('POST', `/api/assess/evaluations/${id}/actions`, { action: 'open-panel' })).json(),
    ).toEqual({
      status: 'panel-open',
      version: null,
    })
    const groups = ['government', 'civil-society', 'academia']
    const tokens: string[] = []
    for (const [i, group] of groups.entries()) {
      const invite = await asOrganiser('POST', `/api/assess/evaluations/${id}/invites`, { label: `Evaluator ${i + 1}` })
      expect(invite.statusCode).toBe(201)
      const { token, path } = invite.json()
      expect(path).toBe(`/assess/evaluate#token=${token}`)
      tokens.push(token)
      expect(
        (await asEvaluator('PUT', '/api/assess/me/declaration', token, { group, conflicts: 'None' })).statusCode,
      ).toBe(200)
      const scored = await asEvaluator('PUT', '/api/assess/me/scores/necessity', token, {
        rating: i === 2 ? 'cannot-assess' : i * 3,
        rationale: 'Because.',
        evidence: ['https://example.org/evidence'],
      })
      expect(scored.statusCode).toBe(200)
    }
    const me = await asEvaluator('GET', '/api/assess/me', tokens[0] ?? '')
    expect(me.json().me).toMatchObject({ group: 'government', declared: true, scored: 1 })
    expect(me.json().evaluation.evaluators).toBeUndefined()
    expect((await asEvaluator('GET', '/api/assess/me/aggregation', tokens[0] ?? '')).json().code).toBe(
      'ASSESS_WRONG_STATE',
    )

    const aggregation = await asOrganiser('GET', `/api/assess/evaluations/${id}/aggregation`)
    expect(aggregation.json().panel).toEqual({
      groups: ['government', 'civil-society', 'academia'],
      evaluators: 3,
      threshold: 3,
      multistakeholder: true,
    })
    expect(aggregation.json().principles[0]).toMatchObject({
      principleId: 'necessity',
      overall: { median: 1.5, cannotAssess: 1 },
      transparencyFinding: true,
      disagreement: { gap: 3 },
    })

    await asOrganiser('POST', `/api/assess/evaluations/${id}/actions`, { action: 'close-panel' })
    await asOrganiser('PUT', `/api/assess/evaluations/${id}/conclusions`, { findings: 'F', recommendations: 'R' })
    const published = await asOrganiser('POST', `/api/assess/evaluations/${id}/actions`, { action: 'publish' })
    expect(published.json()).toEqual({ status: 'published', version: 1 })

    const html = await app.inject({ method: 'GET', url: `/api/assess/evaluations/${id}/reports/1` })
    expect(html.headers['content-type']).toContain('text/html')
    expect(html.body).toContain('<h1>Evaluation report: Digital credentials programme</h1>')
    const pdf = await app.inject({ method: 'GET', url: `/api/assess/evaluations/${id}/reports/1?format=pdf` })
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    const json = await app.inject({ method: 'GET', url: `/api/assess/evaluations/${id}/reports/1?format=json` })
    expect(json.json().scores).toHaveLength(3)
    expect((await app.inject({ method: 'GET', url: '/api/assess/reports' })).json()).toContainEqual(
      expect.objectContaining({ id, version: 1, illustrative: false }),
    )
    const audit = await asOrganiser('GET', `/api/assess/evaluations/${id}/audit`)
    expect(audit.json().filter((e: { action: string }) => e.action === 'scored')).toHaveLength(3)
  })

  it('rejects bad input with stable codes', async () => {
    const bad = await asOrganiser('POST', '/api/assess/evaluations', {
      initiative: { ...initiative, links: ['javascript:alert(1)'] },
    })
    expect(bad.json().code).toBe('VALIDATION_FAILED')
    const id = await created()
    expect(
      (
        await asOrganiser('PATCH', `/api/assess/evaluations/${id}`, { gateAnswers: { 'no-such-question': true } })
      ).json().code,
    ).toBe('ASSESS_GATE_QUESTION_UNKNOWN')
    expect(
      (await app.inject({ method: 'POST', url: '/api/assess/evaluations', payload: { initiative } })).json().code,
    ).toBe('NOT_SIGNED_IN')
    expect((await asOrganiser('GET', `/api/assess/evaluations/${id}`, undefined, otherCookie)).json().code).toBe(
      'ASSESS_NOT_ORGANISER',
    )
    expect((await app.inject({ method: 'GET', url: `/api/assess/evaluations/${id}/reports/1` })).json().code).toBe(
      'ASSESS_REPORT_NOT_FOUND',
    )
  })

  it('gives the organiser no way to write a score, and evaluators none without their link', async () => {
    const id = await created()
    await asOrganiser('PATCH', `/api/assess/evaluations/${id}`, { gateAnswers: { 'store-state': false } })
    await asOrganiser('POST', `/api/assess/evaluations/${id}/actions`, { action: 'open-panel' })
    const asOrganiserScore = await asOrganiser('PUT', '/api/assess/me/scores/necessity', {
      rating: 4,
      rationale: 'Mine.',
    })
    expect([asOrganiserScore.statusCode, asOrganiserScore.json().code]).toEqual([401, 'ASSESS_INVITE_INVALID'])
    const wrong = await asEvaluator('PUT', '/api/assess/me/scores/necessity', 'not-a-token', {
      rating: 4,
      rationale: 'Because.',
    })
    expect(wrong.json().code).toBe('ASSESS_INVITE_INVALID')
    const invite = await asOrganiser('POST', `/api/assess/evaluations/${id}/invites`, { label: 'E' })
    const { token } = invite.json()
    const early = await asEvaluator('PUT', '/api/assess/me/scores/necessity', token, {
      rating: 2,
      rationale: 'Because.',
    })
    expect(early.json().code).toBe('ASSESS_DECLARATION_REQUIRED')
    const badRating = await asEvaluator('PUT', '/api/assess/me/scores/necessity', token, {
      rating: 5,
      rationale: 'Because.',
    })
    expect(badRating.json().code).toBe('VALIDATION_FAILED')
  })

  it('accepts public comments only during the comment period', async () => {
    const id = await created()
    const early = await app.inject({
      method: 'POST',
      url: `/api/assess/evaluations/${id}/comments`,
      payload: { text: 'Hello there' },
    })
    expect([early.statusCode, early.json().code]).toEqual([409, 'ASSESS_COMMENTS_CLOSED'])
    const hidden = await app.inject({ method: 'GET', url: `/api/assess/evaluations/${id}/public` })
    expect(hidden.json().code).toBe('ASSESS_NOT_FOUND')
    await asOrganiser('PATCH', `/api/assess/evaluations/${id}`, { gateAnswers: { 'store-state': false } })
    for (const action of ['open-panel', 'close-panel', 'open-comment']) {
      await asOrganiser('POST', `/api/assess/evaluations/${id}/actions`, { action })
    }
    const summary = await app.inject({ method: 'GET', url: `/api/assess/evaluations/${id}/public` })
    expect(summary.json()).toMatchObject({ status: 'comment', publishedVersions: [] })
    const sent = await app.inject({
      method: 'POST',
      url: `/api/assess/evaluations/${id}/comments`,
      payload: { text: 'Publish the DPIA, please.' },
    })
    expect(sent.statusCode).toBe(201)
    await asOrganiser('POST', `/api/assess/evaluations/${id}/actions`, { action: 'publish' })
    const report = await app.inject({ method: 'GET', url: `/api/assess/evaluations/${id}/reports/1?format=json` })
    expect(report.json().comments.map((c: { text: string }) => c.text)).toEqual(['Publish the DPIA, please.'])
  })

  it('documents every route in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.startsWith('/api/assess/'))
        .sort(),
    ).toEqual([
      '/api/assess/evaluations',
      '/api/assess/evaluations/{id}',
      '/api/assess/evaluations/{id}/actions',
      '/api/assess/evaluations/{id}/aggregation',
      '/api/assess/evaluations/{id}/audit',
      '/api/assess/evaluations/{id}/comments',
      '/api/assess/evaluations/{id}/conclusions',
      '/api/assess/evaluations/{id}/invites',
      '/api/assess/evaluations/{id}/public',
      '/api/assess/evaluations/{id}/reports/{version}',
      '/api/assess/evaluations/{id}/reports/{version}/aggregation',
      '/api/assess/examples',
      '/api/assess/me',
      '/api/assess/me/aggregation',
      '/api/assess/me/declaration',
      '/api/assess/me/minority-statement',
      '/api/assess/me/scores/{principleId}',
      '/api/assess/reports',
    ])
  })

  it('loads the illustrative examples as published, illustrative reports', async () => {
    const loaded = await asOrganiser('POST', '/api/assess/examples')
    expect(loaded.statusCode).toBe(201)
    const [first] = loaded.json().ids as string[]
    const html = await app.inject({ method: 'GET', url: `/api/assess/evaluations/${first}/reports/1` })
    expect(html.body).toContain('Illustrative example.')
    expect(html.body).toContain('Multistakeholder evaluation: 3 stakeholder group(s) took part')
  })

  it('loads each illustrative example once, however often it is asked', async () => {
    const first = await asOrganiser('POST', '/api/assess/examples')
    const again = await asOrganiser('POST', '/api/assess/examples')
    expect(again.statusCode).toBe(200)
    expect(again.json()).toEqual({ ids: first.json().ids, created: 0 })
    const published = (await app.inject({ method: 'GET', url: '/api/assess/reports' })).json() as {
      name: string
      illustrative: boolean
    }[]
    const names = published.filter((report) => report.illustrative).map((report) => report.name)
    expect(names).toHaveLength(2)
    expect(new Set(names).size).toBe(2)
  })
})
