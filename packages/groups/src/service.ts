import { randomUUID } from 'node:crypto'
import { hashToken, newToken } from '@blockgov/auth'
import {
  announcements,
  type Db,
  type GroupMilestone,
  listMessages,
  listSubscribers,
  mailingLists,
  mailOutbox,
  subscriptionTokens,
  workingGroups,
} from '@blockgov/db'
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm'
import { bounceAddress, isValidGroupSlug, listAddress, MAIN_LIST_SLUG, normaliseEmail, slugify } from './addresses.ts'
import { countBounce, isHardBounce } from './bounces.ts'
import { composeMessage, newMessageId } from './compose.ts'
import { fail, GroupsErrorCode, ok, type Result } from './errors.ts'
import { isOwnLoop, listHeaders } from './headers.ts'
import type { InboundPost } from './inbound-message.ts'
import { type Delivery, enqueue, listOutbox, type OutboxRow } from './outbox.ts'
import { sanitisePostHtml } from './sanitize.ts'
import { buildThreads, type Thread } from './threads.ts'
import { CONFIRM_TOKEN_TTL_MS, tokenValid } from './tokens.ts'

export interface GroupsServiceOptions {
  readonly db: Db
  readonly listDomain: string
  /** Base of links in mail, e.g. `https://blockgov.example.org`; a function because it is known only after listen. */
  readonly publicUrl: () => string
  /** Whether a relay is configured: queued mail goes out through it; otherwise it stays in the built-in outbox. */
  readonly relay: boolean
  readonly now: () => Date
  /** Called after mail is queued, so the worker sends it now rather than at its next poll. */
  readonly onQueued?: () => void
}

type ListRow = typeof mailingLists.$inferSelect
type GroupRow = typeof workingGroups.$inferSelect
type MessageRow = typeof listMessages.$inferSelect
type SubscriberRow = typeof listSubscribers.$inferSelect

/** What creating a group needs; `slug` defaults to one made from the name. */
export interface NewGroup {
  readonly name: string
  readonly slug?: string
  readonly purpose: string
  readonly leader: string
  readonly nextStep: string
  readonly outputArea?: string | null
  readonly milestones?: readonly GroupMilestone[]
  readonly createdBy: string
  /** The sprint outcome the group comes from. */
  readonly source?: { readonly sessionId: string; readonly sprintGroupId: string }
}

/** A group as its public page shows it. */
export interface GroupView {
  readonly id: string
  readonly slug: string
  readonly address: string
  readonly name: string
  readonly purpose: string
  readonly leader: string
  readonly nextStep: string
  readonly outputArea: string | null
  readonly milestones: readonly GroupMilestone[]
  readonly members: number
  readonly source: { readonly sessionId: string; readonly sprintGroupId: string } | null
  readonly createdAt: Date
}

/** An archived post as anyone may see it: the sender by display name only. */
export interface ArchivedPost {
  readonly id: string
  readonly messageId: string
  readonly inReplyTo: string | null
  readonly references: readonly string[]
  readonly subject: string
  readonly senderName: string
  readonly text: string
  readonly html: string | null
  readonly receivedAt: Date
}

/** A held post as moderators see it (they need the sender's address to judge it). */
export interface HeldPost extends ArchivedPost {
  readonly list: string
  readonly sender: string
}

/** Where an inbound message ended up; the SMTP listener turns each into a clear reply. */
export type InboundOutcome =
  | { readonly kind: 'archived'; readonly deliveries: number }
  | { readonly kind: 'held'; readonly reason: 'non-member' | 'first-post' }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'loop' }
  | { readonly kind: 'no-such-list' }
  | { readonly kind: 'announce-only' }
  | { readonly kind: 'no-sender' }
  | { readonly kind: 'bounce'; readonly counted: boolean }
  | { readonly kind: 'unsubscribed' }

/** Everything stored about one address, for a subject-access request. */
export interface SubscriberExport {
  readonly email: string
  readonly subscriptions: readonly {
    readonly list: string
    readonly status: string
    readonly digest: boolean
    readonly bounceCount: number
    readonly subscribedAt: Date
    readonly confirmedAt: Date | null
  }[]
  readonly posts: readonly { readonly list: string; readonly subject: string; readonly receivedAt: Date }[]
  readonly queuedMail: number
}

/**
 * The working groups and their mailing lists over one database: groups and their announcement drafts, double
 * opt-in subscriptions, inbound posts (membership, moderation, loops, bounces), the archive, fan-out into the
 * durable queue, and subscriber export and erasure.
 */
export class GroupsService {
  readonly #o: GroupsServiceOptions

  constructor(options: GroupsServiceOptions) {
    this.#o = options
  }

  get listDomain(): string {
    return this.#o.listDomain
  }

  /** The coalition's main list (created on first use). */
  async mainList(): Promise<ListRow> {
    const { db } = this.#o
    await db
      .insert(mailingLists)
      .values({ id: randomUUID(), slug: MAIN_LIST_SLUG, name: 'Coalition announcements', kind: 'main' })
      .onConflictDoNothing()
    const [row] = await db.select().from(mailingLists).where(eq(mailingLists.slug, MAIN_LIST_SLUG))
    if (row === undefined) throw new Error('main list missing after insert')
    return row
  }

  /** Creates a group with its list and a draft announcement to the main list. A sprint outcome makes one group only. */
  async createGroup(input: NewGroup): Promise<Result<GroupView>> {
    const { db } = this.#o
    if (input.source !== undefined) {
      const existing = await this.#groupWhere(
        and(
          eq(workingGroups.sessionId, input.source.sessionId),
          eq(workingGroups.sprintGroupId, input.source.sprintGroupId),
        ),
      )
      if (existing !== undefined) return ok(existing)
    }
    const slug = input.slug ?? slugify(input.name)
    if (!isValidGroupSlug(slug)) return fail(GroupsErrorCode.SLUG_INVALID)
    await this.mainList()
    const listId = randomUUID()
    const groupId = randomUUID()
    const created = await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(mailingLists)
        .values({ id: listId, slug, name: input.name, kind: 'group' })
        .onConflictDoNothing()
        .returning({ id: mailingLists.id })
      if (inserted.length === 0) return false
      await tx.insert(workingGroups).values({
        id: groupId,
        listId,
        name: input.name,
        purpose: input.purpose,
        leader: input.leader,
        nextStep: input.nextStep,
        outputArea: input.outputArea ?? null,
        milestones: [...(input.milestones ?? [])],
        sessionId: input.source?.sessionId ?? null,
        sprintGroupId: input.source?.sprintGroupId ?? null,
        createdBy: input.createdBy,
      })
      await tx.insert(announcements).values({
        id: randomUUID(),
        groupId,
        subject: `New working group: ${input.name}`,
        body: this.#announcementBody(input, slug),
      })
      return true
    })
    if (!created) return fail(GroupsErrorCode.SLUG_TAKEN)
    const view = await this.#groupWhere(eq(workingGroups.id, groupId))
    return view === undefined ? fail(GroupsErrorCode.GROUP_NOT_FOUND) : ok(view)
  }

  #announcementBody(input: NewGroup, slug: string): string {
    const base = this.#o.publicUrl()
    return [
      `A new working group has started: ${input.name}.`,
      '',
      `What it intends to do: ${input.purpose}`,
      `Project leader: ${input.leader}`,
      `Next step: ${input.nextStep}`,
      '',
      `How to join: subscribe to its list at ${base}/groups/${slug}`,
      `Members write to the group at ${listAddress(slug, this.#o.listDomain)}.`,
    ].join('\n')
  }

  /** Every group, newest first, with member counts. */
  async groups(): Promise<GroupView[]> {
    return this.#groupsWhere(undefined)
  }

  /** One group by its list slug. */
  async group(slug: string): Promise<GroupView | undefined> {
    return this.#groupWhere(eq(mailingLists.slug, slug))
  }

  /** Changes what a group says about itself (purpose, leader, next step, milestones, output area). */
  async updateGroup(
    slug: string,
    change: Partial<Pick<NewGroup, 'purpose' | 'leader' | 'nextStep' | 'milestones' | 'outputArea'>>,
  ): Promise<Result<GroupView>> {
    const group = await this.group(slug)
    if (group === undefined) return fail(GroupsErrorCode.GROUP_NOT_FOUND)
    await this.#o.db
      .update(workingGroups)
      .set({
        ...(change.purpose === undefined ? {} : { purpose: change.purpose }),
        ...(change.leader === undefined ? {} : { leader: change.leader }),
        ...(change.nextStep === undefined ? {} : { nextStep: change.nextStep }),
        ...(change.outputArea === undefined ? {} : { outputArea: change.outputArea }),
        ...(change.milestones === undefined ? {} : { milestones: [...change.milestones] }),
      })
      .where(eq(workingGroups.id, group.id))
    const updated = await this.group(slug)
    return updated === undefined ? fail(GroupsErrorCode.GROUP_NOT_FOUND) : ok(updated)
  }

  async #groupWhere(where: SQL | undefined): Promise<GroupView | undefined> {
    const [view] = await this.#groupsWhere(where)
    return view
  }

  async #groupsWhere(where: SQL | undefined): Promise<GroupView[]> {
    const { db } = this.#o
    const rows = await db
      .select({ group: workingGroups, list: mailingLists })
      .from(workingGroups)
      .innerJoin(mailingLists, eq(mailingLists.id, workingGroups.listId))
      .where(where)
      .orderBy(desc(workingGroups.createdAt))
    if (rows.length === 0) return []
    const counts = await db
      .select({ listId: listSubscribers.listId, members: count() })
      .from(listSubscribers)
      .where(
        and(
          eq(listSubscribers.status, 'active'),
          inArray(
            listSubscribers.listId,
            rows.map((r) => r.list.id),
          ),
        ),
      )
      .groupBy(listSubscribers.listId)
    const members = new Map(counts.map((c) => [c.listId, c.members]))
    return rows.map(({ group, list }) => this.#view(group, list, members.get(list.id) ?? 0))
  }

  #view(group: GroupRow, list: ListRow, members: number): GroupView {
    return {
      id: group.id,
      slug: list.slug,
      address: listAddress(list.slug, this.#o.listDomain),
      name: group.name,
      purpose: group.purpose,
      leader: group.leader,
      nextStep: group.nextStep,
      outputArea: group.outputArea,
      milestones: group.milestones,
      members,
      source:
        group.sessionId === null || group.sprintGroupId === null
          ? null
          : { sessionId: group.sessionId, sprintGroupId: group.sprintGroupId },
      createdAt: group.createdAt,
    }
  }

  /** The announcement of a group's creation: its draft text and whether it was sent. */
  async announcement(slug: string) {
    const group = await this.group(slug)
    if (group === undefined) return fail<never>(GroupsErrorCode.GROUP_NOT_FOUND)
    const [row] = await this.#o.db.select().from(announcements).where(eq(announcements.groupId, group.id))
    if (row === undefined) return fail<never>(GroupsErrorCode.GROUP_NOT_FOUND)
    return ok({ subject: row.subject, body: row.body, sentAt: row.sentAt })
  }

  /** Edits the draft; refused once sent. */
  async editAnnouncement(slug: string, subject: string, body: string): Promise<Result<null>> {
    const group = await this.group(slug)
    if (group === undefined) return fail(GroupsErrorCode.GROUP_NOT_FOUND)
    const updated = await this.#o.db
      .update(announcements)
      .set({ subject, body })
      .where(and(eq(announcements.groupId, group.id), isNull(announcements.sentAt)))
      .returning({ id: announcements.id })
    return updated.length === 0 ? fail(GroupsErrorCode.ANNOUNCEMENT_SENT) : ok(null)
  }

  /**
   * Sends the announcement to the main list: archived there, and queued to every active member. Marking it sent
   * and queueing happen in one transaction, so it goes out once even if the button is pressed twice.
   */
  async sendAnnouncement(slug: string): Promise<Result<{ deliveries: number }>> {
    const { db, listDomain } = this.#o
    const group = await this.group(slug)
    if (group === undefined) return fail(GroupsErrorCode.GROUP_NOT_FOUND)
    const main = await this.mainList()
    const [draft] = await db.select().from(announcements).where(eq(announcements.groupId, group.id))
    if (draft === undefined) return fail(GroupsErrorCode.GROUP_NOT_FOUND)
    if (draft.sentAt !== null) return fail(GroupsErrorCode.ANNOUNCEMENT_SENT)
    const now = this.#o.now()
    const messageId = newMessageId(listDomain)
    const members = await this.#deliverable(main.id)
    const deliveries = await this.#deliveries(main, members, {
      messageId,
      kind: 'announcement',
      fromName: main.name,
      subject: draft.subject,
      text: draft.body,
      html: null,
      inReplyTo: null,
      references: [],
      date: now,
    })
    const sent = await db.transaction(async (tx) => {
      const marked = await tx
        .update(announcements)
        .set({ sentAt: now })
        .where(and(eq(announcements.id, draft.id), isNull(announcements.sentAt)))
        .returning({ id: announcements.id })
      if (marked.length === 0) return false
      await tx.insert(listMessages).values({
        id: randomUUID(),
        listId: main.id,
        messageId,
        subject: draft.subject,
        senderName: main.name,
        sender: listAddress(MAIN_LIST_SLUG, listDomain),
        text: draft.body,
        status: 'archived',
        receivedAt: now,
      })
      await enqueue(tx, deliveries, this.#o.relay, now)
      return true
    })
    if (!sent) return fail(GroupsErrorCode.ANNOUNCEMENT_SENT)
    this.#o.onQueued?.()
    return ok({ deliveries: deliveries.length })
  }

  /**
   * Starts a subscription: records the address as pending and mails a confirmation link (double opt-in). The
   * answer is the same whether or not the address was already subscribed, so the form reveals no membership.
   */
  async subscribe(slug: string, emailInput: string, digest: boolean): Promise<Result<null>> {
    const { db, listDomain } = this.#o
    const email = normaliseEmail(emailInput)
    if (email === null) return fail(GroupsErrorCode.EMAIL_INVALID)
    const list = await this.#list(slug)
    if (list === undefined) return fail(GroupsErrorCode.LIST_NOT_FOUND)
    const now = this.#o.now()
    const [existing] = await db
      .select()
      .from(listSubscribers)
      .where(and(eq(listSubscribers.listId, list.id), eq(listSubscribers.email, email)))
    if (existing?.status === 'active') return ok(null)
    const subscriberId = existing?.id ?? randomUUID()
    const token = newToken()
    const messageId = newMessageId(listDomain)
    const link = `${this.#o.publicUrl()}/groups/confirm/${token}`
    const raw = await composeMessage({
      messageId,
      from: { name: list.name, address: listAddress(list.slug, listDomain) },
      to: email,
      subject: `Confirm your subscription to ${list.name}`,
      text: [
        `Someone (we hope you) asked to subscribe ${email} to the list "${list.name}".`,
        '',
        `To confirm, open this link within 48 hours and press "Confirm": ${link}`,
        '',
        'If it was not you, ignore this message: nothing happens without confirmation.',
      ].join('\n'),
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Loop': listAddress(list.slug, listDomain) },
      date: now,
    })
    await db.transaction(async (tx) => {
      if (existing === undefined) {
        await tx.insert(listSubscribers).values({
          id: subscriberId,
          listId: list.id,
          email,
          status: 'pending',
          digest,
          unsubscribeToken: newToken(),
          createdAt: now,
        })
      } else {
        await tx.update(listSubscribers).set({ status: 'pending', digest }).where(eq(listSubscribers.id, subscriberId))
      }
      await tx.insert(subscriptionTokens).values({
        tokenHash: hashToken(token),
        subscriberId,
        expiresAt: new Date(now.getTime() + CONFIRM_TOKEN_TTL_MS),
      })
      await enqueue(
        tx,
        [
          {
            messageId,
            listId: list.id,
            kind: 'confirmation',
            subject: `Confirm your subscription to ${list.name}`,
            envelopeFrom: listAddress('bounces', listDomain),
            recipient: email,
            raw,
          },
        ],
        this.#o.relay,
        now,
      )
    })
    this.#o.onQueued?.()
    return ok(null)
  }

  /** Confirms a subscription with the mailed token: the member is active from now on. The token is used up. */
  async confirm(token: string): Promise<Result<{ list: string; name: string }>> {
    const { db } = this.#o
    const now = this.#o.now()
    const [found] = await db
      .select({ token: subscriptionTokens, subscriber: listSubscribers, list: mailingLists })
      .from(subscriptionTokens)
      .innerJoin(listSubscribers, eq(listSubscribers.id, subscriptionTokens.subscriberId))
      .innerJoin(mailingLists, eq(mailingLists.id, listSubscribers.listId))
      .where(eq(subscriptionTokens.tokenHash, hashToken(token)))
    if (found === undefined || !tokenValid(found.token.expiresAt, now)) return fail(GroupsErrorCode.TOKEN_INVALID)
    await db.transaction(async (tx) => {
      await tx
        .update(listSubscribers)
        .set({ status: 'active', confirmedAt: now, bounceCount: 0, digestSentUpTo: now })
        .where(eq(listSubscribers.id, found.subscriber.id))
      await tx.delete(subscriptionTokens).where(eq(subscriptionTokens.subscriberId, found.subscriber.id))
    })
    return ok({ list: found.list.slug, name: found.list.name })
  }

  /** What an unsubscribe link is for (list and current state), for the page that asks to confirm it. */
  async membership(token: string): Promise<Result<{ list: string; name: string; status: string; digest: boolean }>> {
    const found = await this.#byUnsubscribeToken(token)
    if (found === undefined) return fail(GroupsErrorCode.TOKEN_INVALID)
    return ok({
      list: found.list.slug,
      name: found.list.name,
      status: found.subscriber.status,
      digest: found.subscriber.digest,
    })
  }

  /** One-click unsubscribe (RFC 8058): idempotent, no sign-in, the token in the link is the authority. */
  async unsubscribe(token: string): Promise<Result<{ list: string; name: string }>> {
    const found = await this.#byUnsubscribeToken(token)
    if (found === undefined) return fail(GroupsErrorCode.TOKEN_INVALID)
    await this.#o.db
      .update(listSubscribers)
      .set({ status: 'unsubscribed' })
      .where(eq(listSubscribers.id, found.subscriber.id))
    return ok({ list: found.list.slug, name: found.list.name })
  }

  /** Switches a member between one mail per post and a digest. */
  async setDigest(token: string, digest: boolean): Promise<Result<null>> {
    const found = await this.#byUnsubscribeToken(token)
    if (found === undefined) return fail(GroupsErrorCode.TOKEN_INVALID)
    await this.#o.db
      .update(listSubscribers)
      .set({ digest, digestSentUpTo: this.#o.now() })
      .where(eq(listSubscribers.id, found.subscriber.id))
    return ok(null)
  }

  async #byUnsubscribeToken(token: string) {
    const [found] = await this.#o.db
      .select({ subscriber: listSubscribers, list: mailingLists })
      .from(listSubscribers)
      .innerJoin(mailingLists, eq(mailingLists.id, listSubscribers.listId))
      .where(eq(listSubscribers.unsubscribeToken, token))
    return found
  }

  async #list(slug: string): Promise<ListRow | undefined> {
    if (slug === MAIN_LIST_SLUG) return this.mainList()
    const [list] = await this.#o.db.select().from(mailingLists).where(eq(mailingLists.slug, slug))
    return list
  }

  /** Whether the inbound listener should accept mail for this list address. */
  async listExists(slug: string): Promise<boolean> {
    return (await this.#list(slug)) !== undefined
  }

  /**
   * Handles a post that arrived for `slug`: loops are refused; the announce-only main list takes no posts;
   * members who posted before go straight to the archive and out to the other members; first posts and
   * non-members wait for a moderator. A post received twice (an MTA retrying) is archived once.
   */
  async receivePost(slug: string, post: InboundPost): Promise<InboundOutcome> {
    const { db, listDomain } = this.#o
    if (isOwnLoop(post.headerLines, listDomain)) return { kind: 'loop' }
    const list = await this.#list(slug)
    if (list === undefined) return { kind: 'no-such-list' }
    if (list.kind === 'main') return { kind: 'announce-only' }
    if (post.fromAddress === null) return { kind: 'no-sender' }
    const [member] = await db
      .select()
      .from(listSubscribers)
      .where(
        and(
          eq(listSubscribers.listId, list.id),
          eq(listSubscribers.email, post.fromAddress),
          eq(listSubscribers.status, 'active'),
        ),
      )
    const now = this.#o.now()
    const message: MessageRow = {
      id: randomUUID(),
      listId: list.id,
      messageId: post.messageId,
      inReplyTo: post.inReplyTo,
      references: [...post.references],
      subject: post.subject.slice(0, 500),
      senderName: post.fromName,
      sender: post.fromAddress,
      text: post.text,
      html: post.html === null ? null : sanitisePostHtml(post.html),
      status: member?.mayPost === true ? 'archived' : 'held',
      receivedAt: now,
    }
    const deliveries = message.status === 'archived' ? await this.#postDeliveries(list, message) : []
    // Archive and fan-out commit together: a crash leaves either neither (the sender's MTA retries) or both.
    const stored = await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(listMessages)
        .values(message)
        .onConflictDoNothing()
        .returning({ id: listMessages.id })
      if (inserted.length === 0) return false
      await enqueue(tx, deliveries, this.#o.relay, now)
      return true
    })
    if (!stored) return { kind: 'duplicate' }
    if (message.status === 'held') return { kind: 'held', reason: member === undefined ? 'non-member' : 'first-post' }
    this.#o.onQueued?.()
    return { kind: 'archived', deliveries: deliveries.length }
  }

  /** Counts a bounce for the subscriber named by a VERP bounce address; hard bounces past the limit disable delivery. */
  async receiveBounce(subscriberId: string, text: string): Promise<InboundOutcome> {
    if (!isHardBounce(text)) return { kind: 'bounce', counted: false }
    const { db } = this.#o
    const [subscriber] = await db.select().from(listSubscribers).where(eq(listSubscribers.id, subscriberId))
    if (subscriber === undefined) return { kind: 'bounce', counted: false }
    const { count: bounces, disabled } = countBounce(subscriber.bounceCount)
    await db
      .update(listSubscribers)
      .set({ bounceCount: bounces, ...(disabled && subscriber.status === 'active' ? { status: 'disabled' } : {}) })
      .where(eq(listSubscribers.id, subscriberId))
    return { kind: 'bounce', counted: true }
  }

  /** `slug+unsubscribe@`: the mailto half of List-Unsubscribe; unsubscribes the From address if it is a member. */
  async receiveUnsubscribe(slug: string, post: InboundPost): Promise<InboundOutcome> {
    const list = await this.#list(slug)
    if (list === undefined) return { kind: 'no-such-list' }
    if (post.fromAddress !== null) {
      await this.#o.db
        .update(listSubscribers)
        .set({ status: 'unsubscribed' })
        .where(and(eq(listSubscribers.listId, list.id), eq(listSubscribers.email, post.fromAddress)))
    }
    return { kind: 'unsubscribed' }
  }

  /** Posts waiting for a moderator, oldest first (organisers only: shows sender addresses). */
  async held(): Promise<HeldPost[]> {
    const rows = await this.#o.db
      .select({ message: listMessages, list: mailingLists })
      .from(listMessages)
      .innerJoin(mailingLists, eq(mailingLists.id, listMessages.listId))
      .where(eq(listMessages.status, 'held'))
      .orderBy(asc(listMessages.receivedAt))
    return rows.map(({ message, list }) => ({ ...toArchived(message), list: list.slug, sender: message.sender }))
  }

  /**
   * A moderator's decision on a held post. Approving archives and distributes it; if the sender is a member, their
   * later posts skip moderation. Rejecting keeps it out of the archive.
   */
  async moderate(id: string, decision: 'approve' | 'reject'): Promise<Result<InboundOutcome>> {
    const { db } = this.#o
    const stillHeld = and(eq(listMessages.id, id), eq(listMessages.status, 'held'))
    if (decision === 'reject') {
      const rejected = await db
        .update(listMessages)
        .set({ status: 'rejected' })
        .where(stillHeld)
        .returning({ id: listMessages.id })
      return rejected.length === 0
        ? fail(GroupsErrorCode.MESSAGE_NOT_FOUND)
        : ok({ kind: 'held', reason: 'non-member' })
    }
    const [found] = await db.select().from(listMessages).where(stillHeld)
    if (found === undefined) return fail(GroupsErrorCode.MESSAGE_NOT_FOUND)
    const [list] = await db.select().from(mailingLists).where(eq(mailingLists.id, found.listId))
    if (list === undefined) return fail(GroupsErrorCode.LIST_NOT_FOUND)
    const deliveries = await this.#postDeliveries(list, found)
    // Approval, the member's right to post and the fan-out commit together; approving twice sends once.
    const approved = await db.transaction(async (tx) => {
      const updated = await tx
        .update(listMessages)
        .set({ status: 'archived' })
        .where(stillHeld)
        .returning({ id: listMessages.id })
      if (updated.length === 0) return false
      await tx
        .update(listSubscribers)
        .set({ mayPost: true })
        .where(
          and(
            eq(listSubscribers.listId, found.listId),
            eq(listSubscribers.email, found.sender),
            eq(listSubscribers.status, 'active'),
          ),
        )
      await enqueue(tx, deliveries, this.#o.relay, this.#o.now())
      return true
    })
    if (!approved) return fail(GroupsErrorCode.MESSAGE_NOT_FOUND)
    this.#o.onQueued?.()
    return ok({ kind: 'archived', deliveries: deliveries.length })
  }

  /** A list's archive as threads, optionally only messages matching `query` (subject or text). */
  async archive(slug: string, query?: string): Promise<Result<Thread<ArchivedPost>[]>> {
    const list = await this.#list(slug)
    if (list === undefined) return fail(GroupsErrorCode.LIST_NOT_FOUND)
    const pattern = query === undefined || query.trim() === '' ? undefined : `%${escapeLike(query.trim())}%`
    const rows = await this.#o.db
      .select()
      .from(listMessages)
      .where(
        and(
          eq(listMessages.listId, list.id),
          eq(listMessages.status, 'archived'),
          pattern === undefined
            ? undefined
            : or(ilike(listMessages.subject, pattern), ilike(listMessages.text, pattern)),
        ),
      )
      .orderBy(asc(listMessages.receivedAt))
      .limit(1000)
    return ok(buildThreads(rows.map(toArchived)))
  }

  /** The newest queued, sent and stored mail (organisers only: it shows recipients). */
  async outbox(limit = 200): Promise<OutboxRow[]> {
    return listOutbox(this.#o.db, limit)
  }

  /**
   * Sends each digest member one message with the posts archived since their last digest. Run daily by the
   * server; idempotent within a run because each member's high-water mark moves in the same transaction.
   */
  async sendDigests(): Promise<number> {
    const { db, listDomain } = this.#o
    const now = this.#o.now()
    const members = await db
      .select({ subscriber: listSubscribers, list: mailingLists })
      .from(listSubscribers)
      .innerJoin(mailingLists, eq(mailingLists.id, listSubscribers.listId))
      .where(and(eq(listSubscribers.status, 'active'), eq(listSubscribers.digest, true)))
    let sent = 0
    for (const { subscriber, list } of members) {
      const since = subscriber.digestSentUpTo ?? subscriber.confirmedAt ?? subscriber.createdAt
      const posts = (
        await db
          .select()
          .from(listMessages)
          .where(and(eq(listMessages.listId, list.id), eq(listMessages.status, 'archived')))
          .orderBy(asc(listMessages.receivedAt))
      ).filter((m) => m.receivedAt > since && m.receivedAt <= now)
      if (posts.length === 0) continue
      const text = posts
        .map((p, i) => `${i + 1}. ${p.subject} (from ${p.senderName}, ${p.receivedAt.toISOString()})\n\n${p.text}`)
        .join('\n\n----\n\n')
      const [delivery] = await this.#deliveries(list, [subscriber], {
        messageId: newMessageId(listDomain),
        kind: 'digest',
        fromName: list.name,
        subject: `${list.name} digest: ${posts.length} message${posts.length === 1 ? '' : 's'}`,
        text,
        html: null,
        inReplyTo: null,
        references: [],
        date: now,
      })
      if (delivery === undefined) continue
      await db.transaction(async (tx) => {
        await tx.update(listSubscribers).set({ digestSentUpTo: now }).where(eq(listSubscribers.id, subscriber.id))
        await enqueue(tx, [delivery], this.#o.relay, now)
      })
      sent += 1
    }
    if (sent > 0) this.#o.onQueued?.()
    return sent
  }

  /** Everything stored about an address (subject-access request). */
  async exportSubscriber(emailInput: string): Promise<Result<SubscriberExport>> {
    const email = normaliseEmail(emailInput)
    if (email === null) return fail(GroupsErrorCode.EMAIL_INVALID)
    const { db } = this.#o
    const subscriptions = await db
      .select({ subscriber: listSubscribers, list: mailingLists })
      .from(listSubscribers)
      .innerJoin(mailingLists, eq(mailingLists.id, listSubscribers.listId))
      .where(eq(listSubscribers.email, email))
    const posts = await db
      .select({ message: listMessages, list: mailingLists })
      .from(listMessages)
      .innerJoin(mailingLists, eq(mailingLists.id, listMessages.listId))
      .where(eq(listMessages.sender, email))
    const [queued] = await db.select({ n: count() }).from(mailOutbox).where(eq(mailOutbox.recipient, email))
    if (subscriptions.length === 0 && posts.length === 0 && (queued?.n ?? 0) === 0) {
      return fail(GroupsErrorCode.SUBSCRIBER_NOT_FOUND)
    }
    return ok({
      email,
      subscriptions: subscriptions.map(({ subscriber, list }) => ({
        list: list.slug,
        status: subscriber.status,
        digest: subscriber.digest,
        bounceCount: subscriber.bounceCount,
        subscribedAt: subscriber.createdAt,
        confirmedAt: subscriber.confirmedAt,
      })),
      posts: posts.map(({ message, list }) => ({
        list: list.slug,
        subject: message.subject,
        receivedAt: message.receivedAt,
      })),
      queuedMail: queued?.n ?? 0,
    })
  }

  /**
   * Erases an address: its subscriptions and tokens, the copies of mail addressed to it that are not being sent
   * right now, and the address on its posts (the posts stay in the archive, attributed to "former member").
   */
  async eraseSubscriber(emailInput: string): Promise<Result<null>> {
    const email = normaliseEmail(emailInput)
    if (email === null) return fail(GroupsErrorCode.EMAIL_INVALID)
    const { db } = this.#o
    await db.transaction(async (tx) => {
      await tx.delete(listSubscribers).where(eq(listSubscribers.email, email))
      await tx
        .delete(mailOutbox)
        .where(and(eq(mailOutbox.recipient, email), inArray(mailOutbox.state, ['queued', 'stored', 'sent', 'failed'])))
      await tx
        .update(listMessages)
        .set({ sender: '', senderName: 'former member' })
        .where(eq(listMessages.sender, email))
    })
    return ok(null)
  }

  /** Active members who get each post as it comes (not digest, not disabled by bounces). */
  async #deliverable(listId: string): Promise<SubscriberRow[]> {
    return this.#o.db
      .select()
      .from(listSubscribers)
      .where(
        and(
          eq(listSubscribers.listId, listId),
          eq(listSubscribers.status, 'active'),
          eq(listSubscribers.digest, false),
          isNotNull(listSubscribers.confirmedAt),
        ),
      )
  }

  /** The deliveries of an archived post: every member but its sender, under the post's own Message-ID. */
  async #postDeliveries(list: ListRow, message: MessageRow): Promise<Delivery[]> {
    const members = (await this.#deliverable(list.id)).filter((m) => m.email !== message.sender)
    const tag = `[${list.slug}]`
    return this.#deliveries(list, members, {
      messageId: message.messageId,
      kind: 'post',
      fromName: `${message.senderName} via ${list.name}`,
      subject: message.subject.includes(tag) ? message.subject : `${tag} ${message.subject}`,
      text: message.text,
      html: message.html,
      inReplyTo: message.inReplyTo,
      references: message.references,
      date: message.receivedAt,
    })
  }

  /**
   * One delivery per member, each with its own one-click unsubscribe link and VERP bounce address. From is the
   * list itself (with the author's display name): members never see each other's addresses, and the list's own
   * domain signs what it sends (DMARC).
   */
  async #deliveries(
    list: ListRow,
    members: readonly SubscriberRow[],
    message: {
      messageId: string
      kind: Delivery['kind']
      fromName: string
      subject: string
      text: string
      html: string | null
      inReplyTo: string | null
      references: readonly string[]
      date: Date
    },
  ): Promise<Delivery[]> {
    const { listDomain } = this.#o
    const address = listAddress(list.slug, listDomain)
    const base = this.#o.publicUrl()
    return Promise.all(
      members.map(async (member) => {
        const headers = listHeaders({
          slug: list.slug,
          name: list.name,
          domain: listDomain,
          publicUrl: base,
          unsubscribeToken: member.unsubscribeToken,
          postable: list.kind === 'group',
        })
        const footer = `You get this as a member of ${list.name}. Archive: ${base}/groups/lists/${list.slug} · Unsubscribe or switch to a digest: ${base}/groups/unsubscribe/${member.unsubscribeToken}`
        const raw = await composeMessage({
          messageId: message.messageId,
          from: { name: message.fromName, address },
          to: member.email,
          ...(list.kind === 'group' ? { replyTo: address } : {}),
          subject: message.subject,
          text: `${message.text}\n\n-- \n${footer}\n`,
          ...(message.html === null ? {} : { html: `${message.html}<hr><p>${escapeHtml(footer)}</p>` }),
          ...(message.inReplyTo === null ? {} : { inReplyTo: message.inReplyTo }),
          references: message.references,
          headers: { ...headers, Precedence: 'list' },
          date: message.date,
        })
        return {
          messageId: message.messageId,
          listId: list.id,
          kind: message.kind,
          subject: message.subject,
          envelopeFrom: bounceAddress(list.slug, member.id, listDomain),
          recipient: member.email,
          raw,
        }
      }),
    )
  }
}

function toArchived(row: MessageRow): ArchivedPost {
  return {
    id: row.id,
    messageId: row.messageId,
    inReplyTo: row.inReplyTo,
    references: row.references,
    subject: row.subject,
    senderName: row.senderName,
    text: row.text,
    html: row.html,
    receivedAt: row.receivedAt,
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)
}
