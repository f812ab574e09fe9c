import type { Database } from '@blockgov/db'
import { ErrorBody } from '@blockgov/protocol'
import { renderHtml, renderMarkdown } from '@blockgov/sprint'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { ApiError } from '../plugins/errors.ts'
import { actorOf } from '../sprint/identity.ts'
import { sessionReport } from '../sprint/report.ts'
import type { SessionHub } from '../sprint/session-hub.ts'

export interface ReportRoutesOptions {
  readonly database: Database
  readonly hub: SessionHub
  readonly now: () => Date
}

/** The session report, drafted from the log and consented answers, as Markdown or accessible HTML. */
export const reportRoutes: FastifyPluginAsyncZod<ReportRoutesOptions> = async (app, { database, hub, now }) => {
  app.get(
    '/sessions/:sessionId/report',
    {
      schema: {
        summary: 'Draft session report (IGF structure)',
        tags: ['sprint'],
        params: z.object({ sessionId: z.uuid() }),
        querystring: z.object({
          format: z.enum(['md', 'html']).default('html'),
          sdgs: z
            .string()
            .regex(/^(\d{1,2})(,\d{1,2})*$/)
            .optional(),
        }),
        response: { 200: z.string(), 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params
      const state = await hub.state(sessionId)
      if (state === null) throw new ApiError('SESSION_NOT_FOUND')
      const actor = await actorOf(database.db, request, sessionId, now())
      if (actor?.kind !== 'organiser' || actor.accountId !== state.organiserId) throw new ApiError('NOT_SIGNED_IN')
      const sdgs = (request.query.sdgs ?? '')
        .split(',')
        .filter(Boolean)
        .map(Number)
        .filter((n) => n >= 1 && n <= 17)
      const report = await sessionReport(database, sessionId, { sessionType: 'Workshop (design sprint)', sdgs })
      if (report === null) throw new ApiError('SESSION_NOT_FOUND')
      const markdown = request.query.format === 'md'
      reply
        .type(markdown ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8')
        .header('content-disposition', `inline; filename="blockgov-report-${sessionId}.${request.query.format}"`)
      return markdown ? renderMarkdown(report) : renderHtml(report)
    },
  )
}
