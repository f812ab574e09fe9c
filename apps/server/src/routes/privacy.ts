import {
  type Database,
  enforceProfileRetention,
  erasePersonalData,
  readOwnProfile,
  setProfileRetention,
} from '@blockgov/db'
import { ErrorBody } from '@blockgov/protocol'
import { participantRecord, pseudonymFor } from '@blockgov/sprint'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { ApiError } from '../plugins/errors.ts'
import { actorOf } from '../sprint/identity.ts'
import type { SessionHub } from '../sprint/session-hub.ts'

export interface PrivacyRoutesOptions {
  readonly database: Database
  readonly hub: SessionHub
  readonly now: () => Date
  /** How often the retention job runs; the first run is at start. */
  readonly retentionEveryMs?: number
}

const SessionParams = z.object({ sessionId: z.uuid() })
const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody }

/**
 * Participants' data rights: see and export what blockgov holds about them (JSON), and erase it. Plus the
 * organiser's retention setting and the job that enforces it. See docs/privacy.md.
 */
export const privacyRoutes: FastifyPluginAsyncZod<PrivacyRoutesOptions> = async (app, options) => {
  const { database, hub, now } = options
  const { db } = database

  async function participantOfRequest(request: Parameters<typeof actorOf>[1], sessionId: string): Promise<string> {
    const actor = await actorOf(db, request, sessionId, now())
    if (actor?.kind !== 'participant') throw new ApiError('INVALID_TOKEN')
    return actor.participantId
  }

  app.get(
    '/sessions/:sessionId/me',
    {
      schema: {
        summary: 'Everything this session holds about me (data export)',
        tags: ['privacy'],
        params: SessionParams,
        response: {
          200: z.object({ exportedAt: z.string(), record: z.unknown(), profile: z.array(z.unknown()) }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params
      const participantId = await participantOfRequest(request, sessionId)
      const state = await hub.state(sessionId)
      if (state === null) throw new ApiError('SESSION_NOT_FOUND')
      const profile = (await readOwnProfile(db, sessionId, participantId)).map((row) => ({
        field: row.field,
        value: row.value,
        consentedAt: row.consentedAt.toISOString(),
      }))
      reply.header('content-disposition', `attachment; filename="blockgov-my-data-${sessionId}.json"`)
      return { exportedAt: now().toISOString(), record: participantRecord(state, participantId), profile }
    },
  )

  app.post(
    '/sessions/:sessionId/me/erase',
    {
      schema: {
        summary: 'Erase my personal data from this session',
        description:
          'My name becomes a stable pseudonym in the log and on the boards; my optional answers and my access token are deleted. Contributions stay, attributed to the pseudonym.',
        tags: ['privacy'],
        params: SessionParams,
        response: { 200: z.object({ pseudonym: z.string() }), ...errors },
      },
    },
    async (request) => {
      const { sessionId } = request.params
      const participantId = await participantOfRequest(request, sessionId)
      const result = await hub.erase(sessionId, participantId)
      if (!result.ok) throw new ApiError(result.error.code, result.error.message)
      const pseudonym = pseudonymFor(participantId)
      await erasePersonalData(db, sessionId, participantId, pseudonym)
      return { pseudonym }
    },
  )

  app.put(
    '/sessions/:sessionId/retention',
    {
      schema: {
        summary: 'Set how long optional profile answers are kept',
        tags: ['privacy'],
        params: SessionParams,
        body: z.object({ days: z.number().int().min(1).max(3650) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { sessionId } = request.params
      const state = await hub.state(sessionId)
      if (state === null) throw new ApiError('SESSION_NOT_FOUND')
      const actor = await actorOf(db, request, sessionId, now())
      if (actor?.kind !== 'organiser' || actor.accountId !== state.organiserId) throw new ApiError('NOT_SIGNED_IN')
      await setProfileRetention(db, sessionId, request.body.days)
      return reply.code(204).send(null)
    },
  )

  // The retention job: at start, then periodically. A failure is logged and retried at the next run.
  const every = options.retentionEveryMs ?? 3_600_000
  const run = () =>
    enforceProfileRetention(db, now()).then(
      (deleted) => {
        if (deleted > 0) app.log.info({ deleted }, 'expired profile answers deleted')
      },
      (error: unknown) => app.log.error({ err: error }, 'retention job failed'),
    )
  let timer: NodeJS.Timeout | undefined
  app.addHook('onReady', async () => {
    await run()
    timer = setInterval(run, every)
    timer.unref()
  })
  app.addHook('onClose', async () => clearInterval(timer))
}
