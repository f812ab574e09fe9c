import { sql } from 'drizzle-orm'
import { boolean, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { organisers } from './schema.ts'

/**
 * Evaluations of government blockchain initiatives (the Assess area). One row per evaluation: the initiative
 * as registered, the gate answers, the stage, and the organiser's conclusions. Scores live in `assess_scores`
 * and belong to evaluators; the organiser's rows never hold them.
 */
export const assessEvaluations = pgTable('assess_evaluations', {
  id: uuid('id').primaryKey(),
  organiserId: uuid('organiser_id')
    .notNull()
    .references(() => organisers.id),
  status: text('status').notNull().default('draft'),
  name: text('name').notNull(),
  body: text('body').notNull(),
  jurisdiction: text('jurisdiction').notNull(),
  stage: text('stage').notNull(),
  description: text('description').notNull(),
  links: jsonb('links').$type<string[]>().notNull(),
  gateAnswers: jsonb('gate_answers').$type<Record<string, boolean>>().notNull(),
  /** Distinct stakeholder groups needed for the multistakeholder label, fixed per evaluation and shown. */
  threshold: integer('threshold').notNull(),
  principleSetVersion: text('principle_set_version').notNull(),
  findings: text('findings').notNull().default(''),
  recommendations: text('recommendations').notNull().default(''),
  /** Demo data built from the illustrative examples: every view and report says so. */
  illustrative: boolean('illustrative').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

/**
 * Evaluators, invited by link: no account, the link's token (stored hashed) is their identity. The group and
 * conflicts of interest are declared by the evaluator; `minority_statement` is kept verbatim.
 */
export const assessEvaluators = pgTable(
  'assess_evaluators',
  {
    id: uuid('id').primaryKey(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => assessEvaluations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    label: text('label').notNull(),
    stakeholderGroup: text('stakeholder_group'),
    conflicts: text('conflicts').notNull().default(''),
    declaredAt: timestamp('declared_at', { withTimezone: true }),
    minorityStatement: text('minority_statement'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assess_evaluators_evaluation_idx').on(t.evaluationId)],
)

/** One evaluator's score for one principle: `rating` is '0'–'4' or 'cannot-assess'. */
export const assessScores = pgTable(
  'assess_scores',
  {
    evaluatorId: uuid('evaluator_id')
      .notNull()
      .references(() => assessEvaluators.id, { onDelete: 'cascade' }),
    principleId: text('principle_id').notNull(),
    rating: text('rating').notNull(),
    rationale: text('rationale').notNull(),
    evidence: jsonb('evidence').$type<string[]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.evaluatorId, t.principleId] })],
)

/** Public comments, accepted during the optional comment period. Anonymous: no personal data is asked for. */
export const assessComments = pgTable('assess_comments', {
  id: uuid('id').primaryKey(),
  evaluationId: uuid('evaluation_id')
    .notNull()
    .references(() => assessEvaluations.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

/** Published reports: numbered, never updated; `input` freezes everything the report was built from. */
export const assessReports = pgTable(
  'assess_reports',
  {
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => assessEvaluations.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    input: jsonb('input').notNull(),
    changelog: text('changelog').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.version] })],
)

/** Every change to an evaluation, who made it and what it was: append-only. */
export const assessAudit = pgTable(
  'assess_audit',
  {
    id: serial('id').primaryKey(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => assessEvaluations.id, { onDelete: 'cascade' }),
    /** 'organiser', 'evaluator:<id>' or 'public'. */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    detail: jsonb('detail').notNull().default(sql`'{}'::jsonb`),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assess_audit_evaluation_idx').on(t.evaluationId, t.id)],
)
