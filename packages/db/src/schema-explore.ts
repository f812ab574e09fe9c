import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { organisers } from './schema.ts'

/**
 * Proposals to the Explore dataset (a new use case, or a correction to one): the moderation queue. Anyone may
 * propose; organisers review. `payload` is the proposal as validated by the API (see
 * `ExploreContributionBody` in @blockgov/protocol); `credit` is the name the contributor asked to be credited
 * as, the only personal data kept, and is published only if the proposal is accepted.
 */
export const exploreContributions = pgTable(
  'explore_contributions',
  {
    id: uuid('id').primaryKey(),
    /** 'new-use-case' or 'correction'. */
    kind: text('kind').notNull(),
    /** The use case a correction is about; null for a new use case. */
    targetUseCase: text('target_use_case'),
    credit: text('credit').notNull(),
    payload: jsonb('payload').notNull(),
    /** 'pending', 'accepted' or 'rejected'. */
    status: text('status').notNull().default('pending'),
    /** Why a proposal was rejected (required then), or the editor's note on acceptance. */
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by').references(() => organisers.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('explore_contributions_status_idx').on(t.status, t.createdAt)],
)
