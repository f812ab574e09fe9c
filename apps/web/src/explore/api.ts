import type { ExploreContributionBody, ExploreContributionView, ExploreReviewBody } from '@blockgov/protocol'
import { ApiFailure } from '../sprint/api.ts'

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiFailure({ code: 'NETWORK', message: 'The server cannot be reached. Check your connection.' })
  }
  const json: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = (json ?? {}) as { code?: string; message?: string; details?: unknown }
    throw new ApiFailure({
      code: error.code ?? 'INTERNAL',
      message: error.message ?? response.statusText,
      details: error.details,
    })
  }
  return json as T
}

/** The Explore contribution and moderation API (see apps/server/src/routes/explore.ts). */
export const exploreApi = {
  propose: (proposal: ExploreContributionBody) =>
    call<{ id: string; status: 'pending' }>('POST', '/api/explore/contributions', proposal),
  queue: (status: 'pending' | 'accepted' | 'rejected') =>
    call<{ contributions: ExploreContributionView[] }>('GET', `/api/explore/contributions?status=${status}`),
  review: (id: string, decision: ExploreReviewBody) =>
    call<ExploreContributionView>('POST', `/api/explore/contributions/${id}/review`, decision),
  published: () => call<{ contributions: ExploreContributionView[] }>('GET', '/api/explore/published'),
}
