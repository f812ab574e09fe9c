import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/**
 * Small key–value facts about this installation (its id, when it was first started). Feature packages add
 * their own tables in their own schema modules; this one exists so every database has a place for them.
 */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** Organiser accounts. Passwords are argon2id hashes; emails are stored lower-cased. */
export const organisers = pgTable('organisers', {
  id: uuid('id').primaryKey(),
  email: text('email').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

/** Signed-in organiser browsers. Only a hash of the cookie token is kept, so a leaked table grants nothing. */
export const authSessions = pgTable('auth_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  organiserId: uuid('organiser_id')
    .notNull()
    .references(() => organisers.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
})

/** One workshop session: its join code and owner. Its content is the event log below. */
export const sprintSessions = pgTable('sprint_sessions', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  organiserId: uuid('organiser_id')
    .notNull()
    .references(() => organisers.id),
  title: text('title').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Days optional profile answers are kept after they were given; a job deletes older ones. */
  profileRetentionDays: integer('profile_retention_days').notNull().default(365),
})

/** The append-only log of a session. `(session_id, seq)` is the optimistic-concurrency guard. */
export const sessionEvents = pgTable(
  'session_events',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sprintSessions.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').notNull(),
    actor: jsonb('actor'),
    commandId: text('command_id'),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.seq] })],
)

/** Commands already applied, so a client retrying after a lost ack gets the same answer, not a duplicate. */
export const sessionCommands = pgTable(
  'session_commands',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sprintSessions.id, { onDelete: 'cascade' }),
    commandId: text('command_id').notNull(),
    seq: integer('seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.commandId] })],
)

/** Participants' bearer tokens (hashed): a participant has no account, the token is their identity. */
export const participantTokens = pgTable('participant_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  sessionId: uuid('session_id')
    .notNull()
    .references(() => sprintSessions.id, { onDelete: 'cascade' }),
  participantId: uuid('participant_id').notNull(),
})

/**
 * Optional profile answers, one row per consented field. Kept out of the event log on purpose: they can be
 * exported and erased without rewriting history.
 */
export const participantProfiles = pgTable(
  'participant_profiles',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sprintSessions.id, { onDelete: 'cascade' }),
    participantId: uuid('participant_id').notNull(),
    field: text('field').notNull(),
    value: jsonb('value').notNull(),
    consentedAt: timestamp('consented_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.participantId, t.field] })],
)

/** Editors' text for report sections, saved before publishing; one row per section. */
export const reportEdits = pgTable(
  'report_edits',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sprintSessions.id, { onDelete: 'cascade' }),
    section: text('section').notNull(),
    text: text('text').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: jsonb('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.section] })],
)

/** Published reports: immutable, numbered per session. Figures are frozen as published. */
export const reportVersions = pgTable(
  'report_versions',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sprintSessions.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    report: jsonb('report').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.version] })],
)
export * from './schema-assess.ts'
export * from './schema-explore.ts'
export * from './schema-groups.ts'
