/** Error codes of the Explore area's contribution and moderation API. */
export const exploreErrorCatalog = {
  EXPLORE_CONTRIBUTION_NOT_FOUND: { status: 404, message: 'There is no such proposal.' },
  EXPLORE_ALREADY_REVIEWED: {
    status: 409,
    message: 'This proposal has already been reviewed; reload the queue to see the decision.',
  },
} as const
