import { randomUUID } from 'node:crypto'
import { insertOrganiser } from '@blockgov/db'
import { describeEachDatabase } from '@blockgov/db/testing'
import { beforeAll, expect, it } from 'vitest'
import { defaultPartners, ReviewsService } from './reviews.ts'

const output = {
  area: 'groups',
  ref: 'library-workshops',
  title: 'Library workshops',
  path: '/groups/library-workshops',
} as const

describeEachDatabase('partner reviews', (database) => {
  const organiser = randomUUID()
  let reviews: ReviewsService

  beforeAll(async () => {
    await insertOrganiser(database().db, {
      id: organiser,
      email: 'rev@example.org',
      displayName: 'R',
      passwordHash: 'x',
    })
    reviews = new ReviewsService(database().db, () => new Date('2026-11-27T12:00:00Z'))
  })

  it('asks each default partner with its checklist; the reviewer ticks, comments and completes by token', async () => {
    const access = await reviews.request(output, 'accessibility', organiser)
    const library = await reviews.request(output, 'libraries', organiser, '  Our local library network ')
    expect(access.review).toMatchObject({
      partner: 'Dynamic Coalition on Accessibility and Disability',
      kind: 'accessibility',
      status: 'requested',
    })
    expect(access.review.checklist.map((i) => i.id)).toEqual(defaultPartners.accessibility.checklist.map((i) => i.id))
    expect(library.review).toMatchObject({ partner: 'Our local library network', kind: 'libraries', source: null })
    // The accessibility checklist points the reviewer at the standard it quotes, as the sources registry cites it.
    expect(access.review.source).toEqual({
      title: 'Web Content Accessibility Guidelines (WCAG) 2.2',
      issuer: 'W3C',
      year: 2023,
      url: 'https://www.w3.org/TR/WCAG22/',
    })
    expect(library.review.checklist.map((i) => i.id)).toEqual(['printable', 'offline', 'plain-language', 'no-account'])

    expect(await reviews.byToken(access.token)).toMatchObject({ ok: true, value: { id: access.review.id } })
    expect(await reviews.byToken('not-a-token')).toEqual({ ok: false, code: 'LIST_TOKEN_INVALID' })

    const saved = await reviews.answer(library.token, ['printable', 'no-account', 'made-up'], 'Print CSS works.', false)
    expect(saved).toMatchObject({ ok: true, value: { status: 'in-review', comment: 'Print CSS works.' } })
    expect(saved.ok && saved.value.checklist.filter((i) => i.checked).map((i) => i.id)).toEqual([
      'printable',
      'no-account',
    ])
    const done = await reviews.answer(
      library.token,
      ['printable', 'offline', 'plain-language', 'no-account'],
      'All good.',
      true,
    )
    expect(done).toMatchObject({ ok: true, value: { status: 'completed' } })

    const status = await reviews.forOutput('groups', 'library-workshops')
    expect(status.map((r) => [r.partner, r.status])).toEqual([
      ['Dynamic Coalition on Accessibility and Disability', 'requested'],
      ['Our local library network', 'completed'],
    ])
    expect(JSON.stringify(status)).not.toContain(access.token)
  })
})
