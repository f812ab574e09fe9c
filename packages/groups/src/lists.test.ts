import { randomUUID } from 'node:crypto'
import { insertOrganiser, mailOutbox } from '@blockgov/db'
import { describeEachDatabase } from '@blockgov/db/testing'
import { eq } from 'drizzle-orm'
import { createTransport } from 'nodemailer'
import type Mail from 'nodemailer/lib/mailer/index.js'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type InboundListener, startInboundListener } from './inbound.ts'
import { CLAIM_LEASE_MS, claimDue, type OutboxWorker, recordAttempt, sendOne, startOutboxWorker } from './outbox.ts'
import { GroupsService } from './service.ts'
import { type CapturedMail, type CaptureRelay, startCaptureRelay } from './testing.ts'

const domain = 'lists.example.org'
const publicUrl = 'https://blockgov.example.org'
const MAX_BYTES = 64 * 1024

function tokenIn(mail: CapturedMail): string {
  const match = /\/groups\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.parsed.text ?? '')
  if (match?.[1] === undefined) throw new Error('no confirmation link in the mail')
  return match[1]
}

describeEachDatabase('mailing lists over real SMTP', (database) => {
  let relay: CaptureRelay
  let worker: OutboxWorker
  let inbound: InboundListener
  let service: GroupsService
  let clock = new Date('2026-11-27T10:00:00Z')
  const organiserId = randomUUID()

  /** Sends a message into the inbound listener the way any MTA would. */
  async function post(options: Mail.Options) {
    const transport = createTransport({ host: '127.0.0.1', port: inbound.port, secure: false, ignoreTLS: true })
    try {
      return await transport.sendMail(options)
    } finally {
      transport.close()
    }
  }

  async function subscribeAndConfirm(slug: string, email: string): Promise<void> {
    expect(await service.subscribe(slug, email, false)).toEqual({ ok: true, value: null })
    await worker.drain()
    const confirmation = await relay.waitFor(
      (m) => m.to.includes(email) && m.parsed.subject?.startsWith('Confirm') === true,
    )
    expect(await service.confirm(tokenIn(confirmation))).toMatchObject({ ok: true })
  }

  beforeAll(async () => {
    relay = await startCaptureRelay()
    const { db } = database()
    await insertOrganiser(db, { id: organiserId, email: 'org@example.org', displayName: 'Org', passwordHash: 'x' })
    const transport = createTransport(relay.url)
    worker = startOutboxWorker({ db, transport, now: () => clock, pollMs: 60_000, onError: (e) => console.error(e) })
    service = new GroupsService({
      db,
      listDomain: domain,
      publicUrl: () => publicUrl,
      relay: true,
      now: () => clock,
      onQueued: () => worker.kick(),
    })
    inbound = await startInboundListener({
      host: '127.0.0.1',
      port: 0,
      maxMessageBytes: MAX_BYTES,
      service,
      onError: (e) => console.error(e),
    })
  })

  afterAll(async () => {
    await inbound?.stop()
    await worker?.stop()
    await relay?.stop()
  })

  it('creates a group with a draft announcement, then sends it to the main list once', async () => {
    await subscribeAndConfirm('announce', 'coalition@example.net')
    const created = await service.createGroup({
      name: 'Privacy tools',
      purpose: 'Compare privacy tools for governance data.',
      leader: 'Ada',
      nextStep: 'Draft a comparison table',
      milestones: [{ title: 'Table draft', owner: 'Ada', due: '2027-01-15' }],
      createdBy: organiserId,
    })
    expect(created).toMatchObject({ ok: true, value: { slug: 'privacy-tools', address: `privacy-tools@${domain}` } })
    const draft = await service.announcement('privacy-tools')
    expect(draft).toMatchObject({ ok: true, value: { sentAt: null } })
    expect(draft.ok && draft.value.body).toContain(`${publicUrl}/groups/privacy-tools`)
    expect(
      await service.editAnnouncement('privacy-tools', 'Join: Privacy tools', 'We compare tools. Join us.'),
    ).toEqual({
      ok: true,
      value: null,
    })
    expect(await service.sendAnnouncement('privacy-tools')).toEqual({ ok: true, value: { deliveries: 1 } })
    expect(await service.sendAnnouncement('privacy-tools')).toEqual({ ok: false, code: 'ANNOUNCEMENT_ALREADY_SENT' })
    expect(await service.editAnnouncement('privacy-tools', 'x', 'y')).toEqual({
      ok: false,
      code: 'ANNOUNCEMENT_ALREADY_SENT',
    })
    await worker.drain()
    const mail = await relay.waitFor((m) => m.parsed.subject === 'Join: Privacy tools')
    expect(mail.to).toEqual(['coalition@example.net'])
    expect(mail.parsed.text).toContain('We compare tools. Join us.')
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m)
    expect(mail.raw).toMatch(/^List-Post: NO\r?$/m)
    const [row] = (await service.outbox()).filter((r) => r.kind === 'announcement')
    expect(row).toMatchObject({ state: 'sent', attempts: 1, recipient: 'coalition@example.net' })
  })

  it('refuses a taken or reserved slug and an invalid address', async () => {
    const again = await service.createGroup({
      name: 'Privacy tools',
      purpose: 'p',
      leader: 'l',
      nextStep: 'n',
      createdBy: organiserId,
    })
    expect(again).toEqual({ ok: false, code: 'WORKING_GROUP_SLUG_TAKEN' })
    expect(
      await service.createGroup({
        name: 'x',
        slug: 'announce',
        purpose: 'p',
        leader: 'l',
        nextStep: 'n',
        createdBy: organiserId,
      }),
    ).toEqual({ ok: false, code: 'WORKING_GROUP_SLUG_INVALID' })
    expect(await service.subscribe('privacy-tools', 'not an address', false)).toEqual({
      ok: false,
      code: 'LIST_EMAIL_INVALID',
    })
    expect(await service.subscribe('no-such-list', 'a@example.org', false)).toEqual({
      ok: false,
      code: 'LIST_NOT_FOUND',
    })
  })

  it('double opt-in: nothing until the mailed link is used; the link expires and works once', async () => {
    expect(await service.subscribe('privacy-tools', 'Late@Example.org', false)).toMatchObject({ ok: true })
    await worker.drain()
    const mail = await relay.waitFor((m) => m.to.includes('late@example.org'))
    expect((await service.group('privacy-tools'))?.members).toBe(0)
    const token = tokenIn(mail)
    const saved = clock
    clock = new Date(clock.getTime() + 49 * 3_600_000)
    expect(await service.confirm(token)).toEqual({ ok: false, code: 'LIST_TOKEN_INVALID' })
    clock = saved
    expect(await service.confirm(token)).toEqual({ ok: true, value: { list: 'privacy-tools', name: 'Privacy tools' } })
    expect(await service.confirm(token)).toEqual({ ok: false, code: 'LIST_TOKEN_INVALID' })
    expect((await service.group('privacy-tools'))?.members).toBe(1)
  })

  it('moderates a first post, then archives and delivers later posts without showing addresses', async () => {
    await subscribeAndConfirm('privacy-tools', 'ada@example.org')
    const first = await post({
      from: '"Ada Lovelace" <ada@example.org>',
      to: `privacy-tools@${domain}`,
      subject: 'Kick-off',
      text: 'Shall we start with the table?',
      messageId: '<kickoff@example.org>',
    })
    expect(first.response).toContain('Held for moderation: first posts')
    const [held] = await service.held()
    expect(held).toMatchObject({ list: 'privacy-tools', sender: 'ada@example.org', subject: 'Kick-off' })
    expect(await service.moderate(held?.id ?? '', 'approve')).toEqual({
      ok: true,
      value: { kind: 'archived', deliveries: 1 },
    })
    await worker.drain()
    const delivered = await relay.waitFor(
      (m) => m.to.includes('late@example.org') && m.parsed.subject === '[privacy-tools] Kick-off',
    )
    expect(delivered.parsed.messageId).toBe('<kickoff@example.org>')
    expect(delivered.parsed.from?.text).toBe(`"Ada Lovelace via Privacy tools" <privacy-tools@${domain}>`)
    expect(delivered.raw).not.toContain('ada@example.org')
    expect(delivered.from).toMatch(new RegExp(`^privacy-tools\\+bounce-[0-9a-f-]{36}@${domain.replace('.', '\\.')}$`))
    expect(delivered.raw).toMatch(/^List-Id: "Privacy tools" <privacy-tools\.lists\.example\.org>\r?$/im)

    const reply = await post({
      from: 'late@example.org',
      to: `privacy-tools@${domain}`,
      subject: 'Re: Kick-off',
      text: 'Yes, <b>please</b>.',
      inReplyTo: '<kickoff@example.org>',
      messageId: '<reply@example.org>',
    })
    expect(reply.response).toContain('Held for moderation')
    const [heldReply] = await service.held()
    await service.moderate(heldReply?.id ?? '', 'approve')
    const second = await post({
      from: '"Ada Lovelace" <ada@example.org>',
      to: `privacy-tools@${domain}`,
      subject: 'Re: Kick-off',
      text: 'Great, drafting now. Search word: zebra.',
      html: '<p>Great, drafting now.</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>',
      messageId: '<second@example.org>',
      inReplyTo: '<reply@example.org>',
      references: ['<kickoff@example.org>', '<reply@example.org>'],
    })
    expect(second.response).toContain('Posted to the list')
    const archive = await service.archive('privacy-tools')
    expect(archive.ok && archive.value.map((t) => t.messages.map((m) => m.subject))).toEqual([
      ['Kick-off', 'Re: Kick-off', 'Re: Kick-off'],
    ])
    const serialised = JSON.stringify(archive)
    expect(serialised).not.toContain('ada@example.org')
    expect(serialised).not.toContain('late@example.org')
    expect(serialised).not.toContain('<script>')
    expect(serialised).not.toContain('javascript:')
    const search = await service.archive('privacy-tools', 'zebra')
    expect(search.ok && search.value.flatMap((t) => t.messages.map((m) => m.messageId))).toEqual([
      '<second@example.org>',
    ])

    const again = await post({
      from: 'ada@example.org',
      to: `privacy-tools@${domain}`,
      subject: 'Re: Kick-off',
      text: 'Great, drafting now.',
      messageId: '<second@example.org>',
    })
    expect(again.response).toContain('Already received')
  })

  it('holds non-members, refuses loops, unknown addresses, the announce-only list and oversize mail', async () => {
    const stranger = await post({ from: 'eve@example.com', to: `privacy-tools@${domain}`, subject: 'Hi', text: 'x' })
    expect(stranger.response).toContain('not a member')
    await expect(
      post({
        from: 'ada@example.org',
        to: `privacy-tools@${domain}`,
        subject: 'auto-reply',
        text: 'x',
        headers: { 'X-Loop': `privacy-tools@${domain}` },
      }),
    ).rejects.toMatchObject({ responseCode: 554 })
    await expect(
      post({ from: 'ada@example.org', to: `nobody@${domain}`, subject: 's', text: 'x' }),
    ).rejects.toMatchObject({
      responseCode: 550,
    })
    await expect(
      post({ from: 'ada@example.org', to: 'someone@elsewhere.org', subject: 's', text: 'x' }),
    ).rejects.toMatchObject({
      responseCode: 550,
    })
    await expect(
      post({ from: 'ada@example.org', to: `announce@${domain}`, subject: 's', text: 'x' }),
    ).rejects.toMatchObject({
      responseCode: 550,
    })
    await expect(
      post({
        from: 'ada@example.org',
        to: `privacy-tools@${domain}`,
        subject: 'big',
        text: 'x'.repeat(MAX_BYTES + 10),
      }),
    ).rejects.toMatchObject({ responseCode: 552 })
  })

  it('retries a temporary relay failure with back-off and resends a crashed claim with the same Message-ID', async () => {
    const { db } = database()
    relay.failNext(1, 451)
    await service.subscribe('privacy-tools', 'retry@example.org', false)
    await worker.drain()
    const [failedOnce] = await db.select().from(mailOutbox).where(eq(mailOutbox.recipient, 'retry@example.org'))
    expect(failedOnce).toMatchObject({ state: 'queued', attempts: 1 })
    expect(failedOnce?.nextAt.getTime()).toBe(clock.getTime() + 60_000)
    expect(failedOnce?.lastError).toContain('451')

    // A worker claims the retry and "crashes" before recording the outcome.
    clock = new Date(clock.getTime() + 61_000)
    const [claimed] = await claimDue(db, clock, 10)
    expect(claimed?.recipient).toBe('retry@example.org')
    expect(await claimDue(db, clock, 10)).toEqual([])
    await worker.drain()
    expect(relay.messages.some((m) => m.to.includes('retry@example.org'))).toBe(false)

    // After the lease the row is claimed again and sent, byte for byte as queued.
    clock = new Date(clock.getTime() + CLAIM_LEASE_MS + 1)
    await worker.drain()
    const mail = await relay.waitFor((m) => m.to.includes('retry@example.org'))
    expect(mail.parsed.messageId).toBe(claimed?.messageId)
    const [done] = await db.select().from(mailOutbox).where(eq(mailOutbox.recipient, 'retry@example.org'))
    expect(done).toMatchObject({ state: 'sent', attempts: 3 })
  })

  it('gives up at once on a permanent relay failure', async () => {
    const { db } = database()
    relay.failNext(1, 550)
    // A service that does not kick the worker, so this test claims the delivery itself.
    const quiet = new GroupsService({
      db,
      listDomain: domain,
      publicUrl: () => publicUrl,
      relay: true,
      now: () => clock,
    })
    await quiet.subscribe('privacy-tools', 'gone@example.org', false)
    const [row] = await claimDue(db, clock, 10)
    if (row === undefined) throw new Error('nothing claimed')
    await recordAttempt(db, row, await sendOne(createTransport(relay.url), row), clock)
    const [after] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, row.id))
    expect(after).toMatchObject({ state: 'failed', attempts: 1 })
  })

  it('unsubscribes in one click, counts hard bounces, exports and erases a subscriber', async () => {
    await subscribeAndConfirm('privacy-tools', 'bouncy@example.org')
    await post({ from: 'ada@example.org', to: `privacy-tools@${domain}`, subject: 'Agenda', text: 'Agenda attached.' })
    await worker.drain()
    const delivery = await relay.waitFor(
      (m) => m.to.includes('bouncy@example.org') && m.parsed.subject === '[privacy-tools] Agenda',
    )
    const unsubscribe = /<https:\/\/blockgov\.example\.org\/api\/groups\/unsubscribe\/([A-Za-z0-9_-]+)>/.exec(
      delivery.raw,
    )
    const token = unsubscribe?.[1] ?? ''
    expect(await service.membership(token)).toMatchObject({
      ok: true,
      value: { list: 'privacy-tools', status: 'active' },
    })

    for (let i = 0; i < 3; i++) {
      const bounce = await post({
        from: 'MAILER-DAEMON@elsewhere.org',
        to: delivery.from,
        subject: 'Undelivered Mail Returned to Sender',
        text: 'Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown',
      })
      expect(bounce.response).toContain('Bounce recorded')
    }
    expect(await service.membership(token)).toMatchObject({ ok: true, value: { status: 'disabled' } })

    expect(await service.unsubscribe(token)).toEqual({
      ok: true,
      value: { list: 'privacy-tools', name: 'Privacy tools' },
    })
    expect(await service.unsubscribe(token)).toMatchObject({ ok: true })
    expect(await service.membership(token)).toMatchObject({ ok: true, value: { status: 'unsubscribed' } })

    const exported = await service.exportSubscriber('ADA@example.org')
    expect(exported).toMatchObject({
      ok: true,
      value: { email: 'ada@example.org', subscriptions: [{ list: 'privacy-tools', status: 'active' }] },
    })
    expect(exported.ok && exported.value.posts.length).toBeGreaterThan(0)
    expect(await service.eraseSubscriber('ada@example.org')).toEqual({ ok: true, value: null })
    expect(await service.exportSubscriber('ada@example.org')).toEqual({ ok: false, code: 'LIST_SUBSCRIBER_NOT_FOUND' })
    const archive = await service.archive('privacy-tools')
    expect(archive.ok && archive.value[0]?.messages.some((m) => m.senderName === 'former member')).toBe(true)
  })

  it('sends digest members one message with the posts since their last digest', async () => {
    await service.subscribe('privacy-tools', 'digest@example.org', true)
    await worker.drain()
    const confirmation = await relay.waitFor((m) => m.to.includes('digest@example.org'))
    await service.confirm(tokenIn(confirmation))
    clock = new Date(clock.getTime() + 1000)
    const minutes = await post({
      from: 'late@example.org',
      to: `privacy-tools@${domain}`,
      subject: 'Minutes',
      text: 'Minutes here.',
    })
    expect(minutes.response).toContain('Posted to the list')
    expect(
      relay.messages.some((m) => m.to.includes('digest@example.org') && m.parsed.subject?.includes('Minutes')),
    ).toBe(false)
    clock = new Date(clock.getTime() + 1000)
    expect(await service.sendDigests()).toBe(1)
    expect(await service.sendDigests()).toBe(0)
    await worker.drain()
    const digest = await relay.waitFor(
      (m) => m.to.includes('digest@example.org') && m.parsed.subject?.includes('digest') === true,
    )
    expect(digest.parsed.text).toContain('Minutes here.')
  })
})

describeEachDatabase('the built-in outbox (no relay configured)', (database) => {
  it('keeps mail in the database as stored', async () => {
    const service = new GroupsService({
      db: database().db,
      listDomain: domain,
      publicUrl: () => publicUrl,
      relay: false,
      now: () => new Date('2026-11-27T10:00:00Z'),
    })
    await service.subscribe('announce', 'offline@example.org', false)
    const [row] = await service.outbox()
    expect(row).toMatchObject({ state: 'stored', kind: 'confirmation', recipient: 'offline@example.org' })
    expect(row?.raw).toContain('/groups/confirm/')
  })
})
