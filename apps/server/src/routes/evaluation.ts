import { type Database, readProfiles } from '@blockgov/db'
import { ErrorBody } from '@blockgov/protocol'
import { evaluateIdeas, type StakeholderGroup, stakeholderGroups } from '@blockgov/sprint'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { ApiError } from '../plugins/errors.ts'
import { actorOf } from '../sprint/identity.ts'
import type { SessionHub } from '../sprint/session-hub.ts'

export interface EvaluationRoutesOptions {
  readonly database: Database
  readonly hub: SessionHub
  readonly now: () => Date
}

const IdeaResultBody = z.object({
  ideaId: z.string(),
  raters: z.number().int(),
  weightedMean: z.number().nullable(),
  perCriterion: z.array(z.object({ criterionId: z.string(), mean: z.number().nullable(), count: z.number().int() })),
  spread: z.number().nullable(),
  highDisagreement: z.boolean(),
  byStakeholder: z.array(
    z.object({ stakeholder: z.enum(stakeholderGroups), raters: z.number().int(), weightedMean: z.number() }),
  ),
})

/**
 * Evaluation results per board, with the breakdown by stakeholder group. Computed here because it needs
 * consented profile answers, which never leave the server; groups with too few raters are suppressed.
 */
export const evaluationRoutes: FastifyPluginAsyncZod<EvaluationRoutesOptions> = async (app, { database, hub, now }) => {
  app.get(
    '/sessions/:sessionId/evaluation',
    {
      schema: {
        summary: 'Evaluation results of every board, with the stakeholder breakdown',
        tags: ['sprint'],
        params: z.object({ sessionId: z.uuid() }),
        response: {
          200: z.object({ designs: z.array(z.object({ designId: z.string(), results: z.array(IdeaResultBody) })) }),
          401: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => {
      const { sessionId } = request.params
      const state = await hub.state(sessionId)
      if (state === null) throw new ApiError('SESSION_NOT_FOUND')
      const actor = await actorOf(database.db, request, sessionId, now())
      const member = actor?.kind === 'participant' && Object.hasOwn(state.participants, actor.participantId)
      if (!member && !(actor?.kind === 'organiser' && actor.accountId === state.organiserId))
        throw new ApiError('NOT_SIGNED_IN')
      const profiles = await readProfiles(database.db, sessionId)
      const stakeholderOf = (raterId: string) => {
        const value = profiles.get(raterId)?.get('stakeholder')
        return (stakeholderGroups as readonly unknown[]).includes(value) ? (value as StakeholderGroup) : undefined
      }
      const scores = Object.values(state.scores)
      const designs = Object.keys(state.designs).map((designId) => {
        const ideas = state.cardOrder.filter(
          (id) => state.cards[id]?.kind === 'idea' && state.cards[id]?.designId === designId,
        )
        const results = evaluateIdeas(ideas, state.criteria, scores, stakeholderOf).map((r) => ({
          ...r,
          perCriterion: [...r.perCriterion],
          byStakeholder: [...r.byStakeholder],
        }))
        return { designId, results }
      })
      return { designs }
    },
  )
}
