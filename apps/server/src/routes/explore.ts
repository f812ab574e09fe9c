import { randomUUID } from 'node:crypto'
import {
  type Database,
  findExploreContribution,
  insertExploreContribution,
  listExploreContributions,
  reviewExploreContribution,
} from '@blockgov/db'
import { ErrorBody, ExploreContributionBody, ExploreContributionView, ExploreReviewBody } from '@blockgov/protocol'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { contributionView } from '../explore/contribution-view.ts'
import { ApiError } from '../plugins/errors.ts'
import { requireOrganiser } from '../sprint/identity.ts'

export interface ExploreRoutesOptions {
  readonly database: Database
  readonly now: () => Date
}

/** Proposals one address may send per hour: enough for a real contributor, little for a spammer. */
export const CONTRIBUTIONS_PER_HOUR = 10

const errors = { 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody }
const Params = z.object({ id: z.uuid() })

/**
 * The Explore area's contribution and moderation API. Anyone may propose a new use case or a correction (with
 * sources); proposals wait in a queue that signed-in organisers review; accepted ones are published with the
 * contributor's credit. How accepted proposals join the versioned dataset: docs/explore.md.
 */
export const exploreRoutes: FastifyPluginAsyncZod<ExploreRoutesOptions> = async (app, { database, now }) => {
  const { db } = database

  app.post(
    '/explore/contributions',
    {
      config: { rateLimit: { max: CONTRIBUTIONS_PER_HOUR, timeWindow: 3_600_000 } },
      schema: {
        summary: 'Propose a new use case or a correction to the Explore dataset',
        tags: ['explore'],
        body: ExploreContributionBody,
        response: { 201: z.object({ id: z.uuid(), status: z.literal('pending') }), ...errors },
      },
    },
    async (request, reply) => {
      const proposal = request.body
      const row = await insertExploreContribution(db, {
        id: randomUUID(),
        kind: proposal.kind,
        targetUseCase: proposal.kind === 'correction' ? proposal.target : null,
        credit: proposal.credit,
        payload: proposal,
      })
      return reply.code(201).send({ id: row.id, status: 'pending' as const })
    },
  )

  app.get(
    '/explore/contributions',
    {
      schema: {
        summary: 'The moderation queue (organisers only)',
        tags: ['explore'],
        querystring: z.object({ status: z.enum(['pending', 'accepted', 'rejected']).default('pending') }),
        response: { 200: z.object({ contributions: z.array(ExploreContributionView) }), ...errors },
      },
    },
    async (request) => {
      await requireOrganiser(db, request, now())
      const rows = await listExploreContributions(db, request.query.status)
      return { contributions: rows.map(contributionView) }
    },
  )

  app.post(
    '/explore/contributions/:id/review',
    {
      schema: {
        summary: 'Accept or reject a proposal (organisers only)',
        tags: ['explore'],
        params: Params,
        body: ExploreReviewBody,
        response: { 200: ExploreContributionView, ...errors },
      },
    },
    async (request) => {
      const organiserId = (await requireOrganiser(db, request, now())).id
      const { id } = request.params
      const review = request.body
      const updated = await reviewExploreContribution(db, id, {
        status: review.decision === 'accept' ? 'accepted' : 'rejected',
        note: review.decision === 'accept' ? (review.note ?? null) : review.reason,
        reviewedBy: organiserId,
        at: now(),
      })
      if (updated !== undefined) return contributionView(updated)
      const existing = await findExploreContribution(db, id)
      throw new ApiError(existing === undefined ? 'EXPLORE_CONTRIBUTION_NOT_FOUND' : 'EXPLORE_ALREADY_REVIEWED')
    },
  )

  app.get(
    '/explore/published',
    {
      schema: {
        summary: 'Accepted community contributions, with credit (public)',
        tags: ['explore'],
        response: { 200: z.object({ contributions: z.array(ExploreContributionView) }) },
      },
    },
    async () => ({ contributions: (await listExploreContributions(db, 'accepted')).map(contributionView) }),
  )
}
