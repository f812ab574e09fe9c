import { sql } from 'drizzle-orm'
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { organisers, sprintSessions } from './schema.ts'

/**
 * Mailing lists: the coalition's main (announce-only) list and one list per working group. The slug is the
 * local part of the list's address (`slug@LIST_DOMAIN`).
 */
export const mailingLists = pgTable('mailing_lists', {
  id: uuid('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['main', 'group'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

/** A milestone of a working group: what, who owns it, by when. */
export interface GroupMilestone {
  readonly title: string
  readonly owner: string
  /** ISO date (YYYY-MM-DD). */
  readonly due: string
}

/**
 * Working groups. A group made from a sprint outcome keeps the session and sprint group it came from, so its
 * page links back to the design history.
 */
export const workingGroups = pgTable(
  'working_groups',
  {
    id: uuid('id').primaryKey(),
    listId: uuid('list_id')
      .notNull()
      .references(() => mailingLists.id),
    name: text('name').notNull(),
    purpose: text('purpose').notNull(),
    leader: text('leader').notNull(),
    nextStep: text('next_step').notNull(),
    /** Which blockgov area the group's output feeds (names, privacy, learn, assess, explore), if any. */
    outputArea: text('output_area'),
    milestones: jsonb('milestones').$type<GroupMilestone[]>().notNull().default([]),
    sessionId: uuid('session_id').references(() => sprintSessions.id, { onDelete: 'set null' }),
    sprintGroupId: text('sprint_group_id'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => organisers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One working group per sprint outcome: creating it twice is a no-op, not a duplicate list.
  (t) => [uniqueIndex('working_groups_outcome').on(t.sessionId, t.sprintGroupId)],
)

/** The announcement drafted on the main list when a group is created: editable until sent. */
export const announcements = pgTable('announcements', {
  id: uuid('id').primaryKey(),
  groupId: uuid('group_id')
    .notNull()
    .unique()
    .references(() => workingGroups.id, { onDelete: 'cascade' }),
  subject: text('subject').notNull(),
  body: text('body').notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }),
})

/**
 * List members. Addresses are lower-cased and never leave the server except to their owner (export) and the
 * relay. `unsubscribe_token` is kept in clear because every delivery embeds it in its one-click link; it can do
 * nothing but unsubscribe this one address.
 */
export const listSubscribers = pgTable(
  'list_subscribers',
  {
    id: uuid('id').primaryKey(),
    listId: uuid('list_id')
      .notNull()
      .references(() => mailingLists.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    status: text('status', { enum: ['pending', 'active', 'unsubscribed', 'disabled'] }).notNull(),
    digest: boolean('digest').notNull().default(false),
    /** Whether a moderator approved (or the member already made) a first post; later posts go straight out. */
    mayPost: boolean('may_post').notNull().default(false),
    bounceCount: integer('bounce_count').notNull().default(0),
    unsubscribeToken: text('unsubscribe_token').notNull().unique(),
    /** Digest members get archived posts after this moment in their next digest. */
    digestSentUpTo: timestamp('digest_sent_up_to', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('list_subscribers_list_email').on(t.listId, t.email)],
)

/** Double opt-in confirmation tokens: only the SHA-256 of the token is stored; each expires. */
export const subscriptionTokens = pgTable('subscription_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  subscriberId: uuid('subscriber_id')
    .notNull()
    .references(() => listSubscribers.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
})

/**
 * Posts received by a list: archived (public, sender shown by display name only) or held for moderation.
 * `sender` is the envelope/From address, needed to approve and to recognise members; it is never served publicly.
 */
export const listMessages = pgTable(
  'list_messages',
  {
    id: uuid('id').primaryKey(),
    listId: uuid('list_id')
      .notNull()
      .references(() => mailingLists.id, { onDelete: 'cascade' }),
    messageId: text('message_id').notNull(),
    inReplyTo: text('in_reply_to'),
    references: jsonb('references').$type<string[]>().notNull().default([]),
    subject: text('subject').notNull(),
    senderName: text('sender_name').notNull(),
    sender: text('sender').notNull(),
    text: text('text').notNull(),
    /** Sanitised HTML (sanitize-html allow-list), or null for plain-text posts. */
    html: text('html'),
    status: text('status', { enum: ['held', 'archived', 'rejected'] }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // A message re-sent by a retrying MTA is the same post: archived once.
  (t) => [uniqueIndex('list_messages_list_message_id').on(t.listId, t.messageId)],
)

/**
 * The durable send queue, one row per (message, recipient). The raw RFC 5322 message is built once at enqueue,
 * so a retry after a crash resends the same bytes with the same Message-ID. `stored` means no relay is
 * configured: the message stays here as the built-in outbox.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey(),
    messageId: text('message_id').notNull(),
    listId: uuid('list_id').references(() => mailingLists.id, { onDelete: 'set null' }),
    /** What the mail is, for the outbox view: confirmation, announcement, post, digest. */
    kind: text('kind', { enum: ['confirmation', 'announcement', 'post', 'digest'] }).notNull(),
    subject: text('subject').notNull(),
    envelopeFrom: text('envelope_from').notNull(),
    recipient: text('recipient').notNull(),
    raw: text('raw').notNull(),
    state: text('state', { enum: ['queued', 'sending', 'sent', 'failed', 'stored'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAt: timestamp('next_at', { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mail_outbox_due').on(t.nextAt).where(sql`${t.state} in ('queued', 'sending')`),
    // The same message to the same recipient is queued once, however often fan-out is retried.
    uniqueIndex('mail_outbox_message_recipient').on(t.messageId, t.recipient),
  ],
)

/** One item of a partner review checklist, as the reviewer left it. */
export interface ReviewItem {
  readonly id: string
  readonly label: string
  readonly checked: boolean
}

/**
 * A review of an output (any area) requested from a partner coalition. The reviewer has no account: the link
 * carries a token, of which only the SHA-256 is stored.
 */
export const reviewRequests = pgTable(
  'review_requests',
  {
    id: uuid('id').primaryKey(),
    /** Which area the output belongs to (groups, names, privacy, learn, assess, explore). */
    outputArea: text('output_area').notNull(),
    /** The output within its area (a group slug, a lesson id …). */
    outputRef: text('output_ref').notNull(),
    outputTitle: text('output_title').notNull(),
    /** Where the output is in the web app, so the reviewer can open it. */
    outputPath: text('output_path').notNull(),
    partner: text('partner').notNull(),
    checklist: jsonb('checklist').$type<ReviewItem[]>().notNull(),
    comment: text('comment').notNull().default(''),
    status: text('status', { enum: ['requested', 'in-review', 'completed'] }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => organisers.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_requests_output').on(t.outputArea, t.outputRef)],
)
