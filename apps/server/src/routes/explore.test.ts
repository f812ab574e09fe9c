import { describeEachDatabase } from '@blockgov/db/testing'
import type { ExploreContributionBody } from '@blockgov/protocol'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { signedInOrganiser, testApp } from '../test-support.ts'
import { CONTRIBUTIONS_PER_HOUR } from './explore.ts'

const newUseCase: ExploreContributionBody = {
  kind: 'new-use-case',
  credit: 'Ada Contributor',
  sources: [{ title: 'A study of the thing', url: 'https://example.org/study' }],
  name: 'Blockchain registry of things',
  summary: 'A registry of things kept on a permissioned ledger by a public body.',
  issues: ['public-registries'],
  claimedContribution: 'Makes the registry auditable by anyone who holds a copy.',
  statusAndDates: 'Pilot since 2024 (press release).',
  evidence: 'Only the operator’s press release so far.',
  problems: '',
  alternative: 'A signed, append-only public log.',
  region: 'Europe and Central Asia',
}

const correction: ExploreContributionBody = {
  kind: 'correction',
  credit: 'Bo Reviewer',
  sources: [{ title: 'The project’s own page', url: 'https://example.org/project' }],
  target: 'namecoin',
  correction: 'The status history should mention the 2011 merged-mining change.',
}

describeEachDatabase('Explore contributions and moderation', (database) => {
  let app: FastifyInstance
  let cookie = ''

  beforeAll(async () => {
    app = await testApp(database())
    cookie = await signedInOrganiser(app, database(), 'explore-editor@example.org')
  })
  afterAll(() => app.close())

  const propose = (payload: object) => app.inject({ method: 'POST', url: '/api/explore/contributions', payload })
  const queue = (status = 'pending', headers: Record<string, string> = { cookie }) =>
    app.inject({ method: 'GET', url: `/api/explore/contributions?status=${status}`, headers })
  const review = (id: string, payload: object, headers: Record<string, string> = { cookie }) =>
    app.inject({ method: 'POST', url: `/api/explore/contributions/${id}/review`, payload, headers })

  it('accepts a proposal into the pending queue, which only organisers can read', async () => {
    const created = await propose(newUseCase)
    expect(created.statusCode).toBe(201)
    const { id } = created.json()
    expect(created.json()).toEqual({ id, status: 'pending' })

    const anonymous = await queue('pending', {})
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.json().code).toBe('NOT_SIGNED_IN')

    const pending = await queue()
    expect(pending.statusCode).toBe(200)
    const found = pending.json().contributions.find((c: { id: string }) => c.id === id)
    expect(found).toMatchObject({ status: 'pending', reviewedAt: null, proposal: newUseCase })
  })

  it('rejects a proposal without sources, with an unsafe link or with unknown fields', async () => {
    for (const payload of [
      { ...newUseCase, sources: [] },
      { ...newUseCase, sources: [{ title: 'Bad link', url: 'javascript:alert(1)' }] },
      { ...newUseCase, extra: 'field' },
      { ...correction, target: 'Not An Id' },
    ]) {
      const response = await propose(payload)
      expect(response.statusCode).toBe(400)
      expect(response.json().code).toBe('VALIDATION_FAILED')
    }
  })

  it('publishes an accepted proposal with its credit, and a decision cannot be taken twice', async () => {
    const { id } = (await propose(correction)).json()
    expect(
      (await app.inject({ method: 'GET', url: '/api/explore/published' })).json().contributions,
    ).not.toContainEqual(expect.objectContaining({ id }))

    const accepted = await review(id, { decision: 'accept', note: 'Verified against the source.' })
    expect(accepted.statusCode).toBe(200)
    expect(accepted.json()).toMatchObject({ id, status: 'accepted', reviewNote: 'Verified against the source.' })

    const published = (await app.inject({ method: 'GET', url: '/api/explore/published' })).json().contributions
    expect(published).toContainEqual(
      expect.objectContaining({ id, status: 'accepted', proposal: expect.objectContaining({ credit: 'Bo Reviewer' }) }),
    )

    const again = await review(id, { decision: 'reject', reason: 'Changed my mind.' })
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('EXPLORE_ALREADY_REVIEWED')
  })

  it('rejects with a reason, which is required, and keeps rejected proposals out of the published list', async () => {
    const { id } = (await propose({ ...correction, credit: 'Cy Rejected' })).json()
    const noReason = await review(id, { decision: 'reject' })
    expect(noReason.statusCode).toBe(400)

    const rejected = await review(id, { decision: 'reject', reason: 'The source does not say this.' })
    expect(rejected.json()).toMatchObject({ status: 'rejected', reviewNote: 'The source does not say this.' })
    expect((await queue('rejected')).json().contributions).toContainEqual(expect.objectContaining({ id }))
    const published = (await app.inject({ method: 'GET', url: '/api/explore/published' })).json().contributions
    expect(published).not.toContainEqual(expect.objectContaining({ id }))
  })

  it('only organisers review, and an unknown proposal is a stable 404', async () => {
    const { id } = (await propose(newUseCase)).json()
    const anonymous = await review(id, { decision: 'accept' }, {})
    expect(anonymous.json().code).toBe('NOT_SIGNED_IN')
    const missing = await review('00000000-0000-4000-8000-000000000000', { decision: 'accept' })
    expect(missing.statusCode).toBe(404)
    expect(missing.json().code).toBe('EXPLORE_CONTRIBUTION_NOT_FOUND')
  })

  it(`limits one address to ${CONTRIBUTIONS_PER_HOUR} proposals an hour`, async () => {
    const limited = await testApp(database())
    try {
      for (let i = 0; i < CONTRIBUTIONS_PER_HOUR; i++) {
        const ok = await limited.inject({ method: 'POST', url: '/api/explore/contributions', payload: correction })
        expect(ok.statusCode).toBe(201)
      }
      const over = await limited.inject({ method: 'POST', url: '/api/explore/contributions', payload: correction })
      expect(over.statusCode).toBe(429)
      expect(over.json().code).toBe('RATE_LIMITED')
    } finally {
      await limited.close()
    }
  })
})
