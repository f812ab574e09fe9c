import { randomUUID } from 'node:crypto'
import { describeEachDatabase } from '@blockgov/db/testing'
import { GroupsService } from '@blockgov/groups'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildApp } from '../app.ts'
import { createdSession, signedInOrganiser, testConfig } from '../test-support.ts'

const publicUrl = 'https://blockgov.example.org'

describeEachDatabase('Groups API', (database) => {
  let app: FastifyInstance
  let cookie = ''

  beforeAll(async () => {
    // No relay: everything mailed stays in the built-in outbox, which this test reads through the API.
    const groups = new GroupsService({
      db: database().db,
      listDomain: 'lists.example.org',
      publicUrl: () => publicUrl,
      relay: false,
      now: () => new Date(),
    })
    app = await buildApp({ config: testConfig(), database: database(), version: '0.0.0-test', groups })
    cookie = await signedInOrganiser(app, database(), 'groups@example.org')
  })
  afterAll(() => app.close())

  it('publishes its routes in the OpenAPI document', async () => {
    const response = await app.inject({ url: '/api/openapi.json' })
    expect(response.statusCode).toBe(200)
    expect(Object.keys(response.json().paths)).toEqual(
      expect.arrayContaining(['/api/groups', '/api/groups/lists/{slug}/subscribe', '/api/groups/unsubscribe/{token}']),
    )
  })

  const outbox = async () =>
    (await app.inject({ url: '/api/groups-admin/outbox', headers: { cookie } })).json().messages

  it('creates a group by hand for organisers only, validates input, and sends its announcement once', async () => {
    const body = {
      name: 'Library workshops',
      purpose: 'Run blockchain-governance workshops in public libraries.',
      leader: 'Grace',
      nextStep: 'Pick three pilot libraries',
      milestones: [{ title: 'Pilot list', owner: 'Grace', due: '2027-02-01' }],
      outputArea: 'learn',
    }
    const anonymous = await app.inject({ method: 'POST', url: '/api/groups', payload: body })
    expect(anonymous.json()).toMatchObject({ code: 'NOT_SIGNED_IN' })
    const invalid = await app.inject({ method: 'POST', url: '/api/groups', headers: { cookie }, payload: { name: '' } })
    expect(invalid.json()).toMatchObject({ code: 'VALIDATION_FAILED' })
    const created = await app.inject({ method: 'POST', url: '/api/groups', headers: { cookie }, payload: body })
    expect(created.statusCode).toBe(201)
    expect(created.json()).toMatchObject({ slug: 'library-workshops', address: 'library-workshops@lists.example.org' })
    const page = await app.inject({ url: '/api/groups/library-workshops' })
    expect(page.json()).toMatchObject({ leader: 'Grace', members: 0, milestones: body.milestones, outputArea: 'learn' })
    expect(typeof page.json().createdAt).toBe('string')

    const draft = await app.inject({ url: '/api/groups/library-workshops/announcement', headers: { cookie } })
    expect(draft.json().body).toContain('How to join')
    const edit = await app.inject({
      method: 'PUT',
      url: '/api/groups/library-workshops/announcement',
      headers: { cookie },
      payload: { subject: 'Join the library workshops group', body: 'We run workshops. Join us.' },
    })
    expect(edit.statusCode).toBe(200)

    // A member of the main list, so the announcement has somewhere to go.
    await app.inject({
      method: 'POST',
      url: '/api/groups/lists/announce/subscribe',
      payload: { email: 'coalition@example.net' },
    })
    const confirmation = (await outbox()).find((m: { recipient: string }) => m.recipient === 'coalition@example.net')
    expect(confirmation).toMatchObject({ kind: 'confirmation', state: 'stored' })
    const token = /\/groups\/confirm\/([A-Za-z0-9_-]+)/.exec(confirmation.raw.replace(/=\r?\n/g, ''))?.[1]
    const confirmed = await app.inject({ method: 'POST', url: '/api/groups/confirm', payload: { token } })
    expect(confirmed.json()).toEqual({ list: 'announce', name: 'Coalition announcements' })

    const send = () =>
      app.inject({ method: 'POST', url: '/api/groups/library-workshops/announcement/send', headers: { cookie } })
    expect((await send()).json()).toEqual({ deliveries: 1 })
    expect((await send()).json()).toMatchObject({ code: 'ANNOUNCEMENT_ALREADY_SENT' })
    const announcement = (await outbox()).find((m: { kind: string }) => m.kind === 'announcement')
    expect(announcement).toMatchObject({ subject: 'Join the library workshops group', state: 'stored' })
    const archive = await app.inject({ url: '/api/groups/lists/announce' })
    expect(archive.json().threads[0].root.subject).toBe('Join the library workshops group')
  })

  it('creates one group from a sprint outcome, linked back to its session', async () => {
    const { id: sessionId, code } = await createdSession(app, cookie, 'Sprint at IGF')
    const joined = await app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { code, displayName: 'Lee', presence: 'room', profile: {} },
    })
    const leader = joined.json().participantId as string
    const send = async (command: object) => {
      const response = await app.inject({
        method: 'POST',
        url: `/api/sessions/${sessionId}/commands`,
        headers: { cookie },
        payload: { commandId: randomUUID(), command },
      })
      expect(response.statusCode, response.body).toBe(200)
    }
    await send({ type: 'groups.form', size: { groupCount: 1 } })
    const events = (await app.inject({ url: `/api/sessions/${sessionId}/events`, headers: { cookie } })).json().events
    const formed = events.find((e: { event: { type: string } }) => e.event.type === 'groupsFormed')
    const groupId = formed.event.groups[0].groupId as string
    await send({ type: 'phase.start', index: 8 }) // outcomes
    await send({
      type: 'outcome.set',
      groupId,
      project: 'Open registry pilot',
      leaderId: leader,
      nextStep: 'Write the charter',
    })

    const outcomes = (await app.inject({ url: '/api/groups/outcomes', headers: { cookie } })).json().outcomes
    expect(outcomes).toEqual([
      expect.objectContaining({
        sessionId,
        groupId,
        project: 'Open registry pilot',
        leader: 'Lee',
        workingGroup: null,
      }),
    ])
    const make = () =>
      app.inject({
        method: 'POST',
        url: '/api/groups/from-outcome',
        headers: { cookie },
        payload: { sessionId, groupId },
      })
    const first = (await make()).json()
    expect(first).toMatchObject({
      slug: 'open-registry-pilot',
      leader: 'Lee',
      nextStep: 'Write the charter',
      source: { sessionId, sprintGroupId: groupId },
    })
    expect((await make()).json().id).toBe(first.id)
    const missing = await app.inject({
      method: 'POST',
      url: '/api/groups/from-outcome',
      headers: { cookie },
      payload: { sessionId, groupId: 'no-such-group' },
    })
    expect(missing.json()).toMatchObject({ code: 'SPRINT_OUTCOME_NOT_FOUND' })
  })

  it('subscribes with double opt-in, unsubscribes in one click (RFC 8058 form POST), and rate-limits the form', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/groups/lists/library-workshops/subscribe',
      payload: { email: 'not-an-address' },
    })
    expect(bad.json()).toMatchObject({ code: 'LIST_EMAIL_INVALID' })
    const ok = await app.inject({
      method: 'POST',
      url: '/api/groups/lists/library-workshops/subscribe',
      payload: { email: 'reader@example.org', digest: true },
    })
    expect(ok.statusCode).toBe(202)
    const mail = (await outbox()).find((m: { recipient: string }) => m.recipient === 'reader@example.org')
    const token = /\/groups\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.raw.replace(/=\r?\n/g, ''))?.[1]
    await app.inject({ method: 'POST', url: '/api/groups/confirm', payload: { token } })
    const again = await app.inject({ method: 'POST', url: '/api/groups/confirm', payload: { token } })
    expect(again.json()).toMatchObject({ code: 'LIST_TOKEN_INVALID' })
    expect((await app.inject({ url: '/api/groups/library-workshops' })).json().members).toBe(1)

    const exported = await app.inject({
      method: 'POST',
      url: '/api/groups-admin/subscribers/export',
      headers: { cookie },
      payload: { email: 'reader@example.org' },
    })
    expect(exported.json().subscriptions).toEqual([
      expect.objectContaining({ list: 'library-workshops', status: 'active', digest: true }),
    ])

    // The one-click link every delivery carries in List-Unsubscribe, here from the announcement sent above.
    const announcement = (await outbox()).find((m: { kind: string }) => m.kind === 'announcement')
    const unsubscribeToken = /\/api\/groups\/unsubscribe\/([A-Za-z0-9_-]+)>/.exec(announcement.raw)?.[1] ?? ''
    const browser = await app.inject({ url: `/api/groups/unsubscribe/${unsubscribeToken}` })
    expect(browser.statusCode).toBe(303)
    expect(browser.headers.location).toBe(`/groups/unsubscribe/${unsubscribeToken}`)
    const oneClick = await app.inject({
      method: 'POST',
      url: `/api/groups/unsubscribe/${unsubscribeToken}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.json()).toEqual({ list: 'announce', name: 'Coalition announcements' })
    expect((await app.inject({ url: `/api/groups/membership/${unsubscribeToken}` })).json().status).toBe('unsubscribed')

    const erased = await app.inject({
      method: 'POST',
      url: '/api/groups-admin/subscribers/erase',
      headers: { cookie },
      payload: { email: 'reader@example.org' },
    })
    expect(erased.statusCode).toBe(200)

    const statuses: number[] = []
    for (let i = 0; i < 12; i++) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/groups/lists/library-workshops/subscribe',
        payload: { email: `r${i}@example.org` },
      })
      statuses.push(response.statusCode)
    }
    expect(statuses).toContain(429)
  })

  it('requests a partner review for organisers; the reviewer answers by token; the status is public', async () => {
    const output = {
      area: 'groups',
      ref: 'library-workshops',
      title: 'Library workshops',
      path: '/groups/library-workshops',
    }
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/reviews',
      payload: { output, partner: 'libraries' },
    })
    expect(anonymous.json()).toMatchObject({ code: 'NOT_SIGNED_IN' })
    const requested = await app.inject({
      method: 'POST',
      url: '/api/reviews',
      headers: { cookie },
      payload: { output, partner: 'libraries' },
    })
    expect(requested.statusCode).toBe(201)
    const { link, review } = requested.json()
    expect(review).toMatchObject({ partner: 'Dynamic Coalition on Public Libraries', status: 'requested' })
    const token = link.split('/').pop()
    const answered = await app.inject({
      method: 'PUT',
      url: `/api/reviews/${token}`,
      payload: { checked: ['printable', 'no-account'], comment: 'Prints well.', complete: true },
    })
    expect(answered.json()).toMatchObject({ status: 'completed', comment: 'Prints well.' })
    const status = await app.inject({ url: '/api/reviews?area=groups&ref=library-workshops' })
    expect(status.json().reviews).toEqual([expect.objectContaining({ status: 'completed', kind: 'libraries' })])
    const wrong = await app.inject({ url: '/api/reviews/not-a-real-token-at-all-xx' })
    expect(wrong.json()).toMatchObject({ code: 'LIST_TOKEN_INVALID' })
  })
})
