import type { ExploreContributionRow } from '@blockgov/db'
import { ExploreContributionBody, type ExploreContributionView } from '@blockgov/protocol'

/**
 * The API view of a stored proposal. The payload was validated on the way in; it is parsed again on the way out
 * so a row written by an older version of the schema fails loudly instead of reaching clients malformed.
 */
export function contributionView(row: ExploreContributionRow): ExploreContributionView {
  return {
    id: row.id,
    status: row.status === 'accepted' || row.status === 'rejected' ? row.status : 'pending',
    createdAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewNote: row.reviewNote,
    proposal: ExploreContributionBody.parse(row.payload),
  }
}
