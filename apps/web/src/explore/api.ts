import type { ExploreContributionBody, ExploreContributionView, ExploreReviewBody } from '@blockgov/protocol'
import { apiRequest } from '../api/request.ts'

/** The Explore contribution and moderation API (see apps/server/src/routes/explore.ts). */
export const exploreApi = {
  propose: (proposal: ExploreContributionBody) =>
    apiRequest<{ id: string; status: 'pending' }>('POST', '/api/explore/contributions', proposal),
  queue: (status: 'pending' | 'accepted' | 'rejected') =>
    apiRequest<{ contributions: ExploreContributionView[] }>('GET', `/api/explore/contributions?status=${status}`),
  review: (id: string, decision: ExploreReviewBody) =>
    apiRequest<ExploreContributionView>('POST', `/api/explore/contributions/${id}/review`, decision),
  published: () => apiRequest<{ contributions: ExploreContributionView[] }>('GET', '/api/explore/published'),
}
