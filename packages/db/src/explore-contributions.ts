import { and, asc, eq } from 'drizzle-orm'
import type { Db } from './database.ts'
import { exploreContributions } from './schema-explore.ts'

/** One proposal to the Explore dataset as stored. */
export type ExploreContributionRow = typeof exploreContributions.$inferSelect

/** Stores a new proposal in the moderation queue, pending. */
export async function insertExploreContribution(
  db: Db,
  row: {
    readonly id: string
    readonly kind: string
    readonly targetUseCase: string | null
    readonly credit: string
    readonly payload: unknown
  },
): Promise<ExploreContributionRow> {
  const [inserted] = await db.insert(exploreContributions).values(row).returning()
  if (inserted === undefined) throw new Error('insert returned no row')
  return inserted
}

/** Proposals with one status, oldest first (the queue is worked in arrival order). */
export async function listExploreContributions(db: Db, status: string): Promise<ExploreContributionRow[]> {
  return db
    .select()
    .from(exploreContributions)
    .where(eq(exploreContributions.status, status))
    .orderBy(asc(exploreContributions.createdAt), asc(exploreContributions.id))
}

export async function findExploreContribution(db: Db, id: string): Promise<ExploreContributionRow | undefined> {
  const [row] = await db.select().from(exploreContributions).where(eq(exploreContributions.id, id))
  return row
}

/**
 * Records a review decision, only if the proposal is still pending: returns the updated row, or undefined when
 * someone else reviewed it first (two organisers deciding at once cannot both win).
 */
export async function reviewExploreContribution(
  db: Db,
  id: string,
  decision: {
    readonly status: 'accepted' | 'rejected'
    readonly note: string | null
    readonly reviewedBy: string
    readonly at: Date
  },
): Promise<ExploreContributionRow | undefined> {
  const [row] = await db
    .update(exploreContributions)
    .set({
      status: decision.status,
      reviewNote: decision.note,
      reviewedBy: decision.reviewedBy,
      reviewedAt: decision.at,
    })
    .where(and(eq(exploreContributions.id, id), eq(exploreContributions.status, 'pending')))
    .returning()
  return row
}
