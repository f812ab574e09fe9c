import { randomUUID } from 'node:crypto'
import { hashToken, newJoinCode, newToken } from '@blockgov/auth'
import {
  type Database,
  deleteParticipantToken,
  deleteProfile,
  findSprintSessionByCode,
  insertParticipantToken,
  insertSprintSession,
  listSprintSessions,
  saveProfile,
} from '@blockgov/db'
import {
  CommandAck,
  CommandEnvelope,
  CreateSessionBody,
  ErrorBody,
  JoinBody,
  JoinResponse,
  SessionSummary,
  StoredEventWire,
} from '@blockgov/protocol'
import { defaultCriteria, type ProfileInput, redactFor, templates } from '@blockgov/sprint'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { ApiError } from '../plugins/errors.ts'
import { actorOf, requireOrganiser } from '../sprint/identity.ts'
import type { SessionHub } from '../sprint/session-hub.ts'

export interface SessionRoutesOptions {
  readonly database: Database
  readonly hub: SessionHub
  readonly now: () => Date
}

const SessionParams = z.object({ sessionId: z.uuid() })
const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  422: ErrorBody,
  429: ErrorBody,
}

/** Profile answers as stored: one row per consented field, nothing for fields left empty. */
function profileFields(profile: ProfileInput): { field: string; value: unknown }[] {
  const fields: { field: string; value: unknown }[] = []
  if (profile.gender) {
    fields.push({ field: 'gender', value: profile.gender.value })
    if (profile.gender.value === 'self-described' && profile.gender.selfDescribed) {
      fields.push({ field: 'gender-self-described', value: profile.gender.selfDescribed })
    }
  }
  if (profile.stakeholder) fields.push({ field: 'stakeholder', value: profile.stakeholder.value })
  if (profile.region) fields.push({ field: 'region', value: profile.region.value })
  if (profile.languages) fields.push({ field: 'languages', value: profile.languages.value })
  if (profile.accessibility) fields.push({ field: 'accessibility', value: profile.accessibility.value })
  return fields
}

/** Sessions: create and list (organisers), join by code (anyone), commands and events (members of it). */
export const sessionRoutes: FastifyPluginAsyncZod<SessionRoutesOptions> = async (app, { database, hub, now }) => {
  const { db } = database

  app.post(
    '/sessions',
    {
      schema: {
        summary: 'Create a workshop session from a template',
        tags: ['sprint'],
        body: CreateSessionBody,
        response: { 201: SessionSummary, ...errors },
      },
    },
    async (request, reply) => {
      const organiser = await requireOrganiser(db, request, now())
      const template = templates.find((t) => t.id === request.body.templateId)
      if (template === undefined) throw new ApiError('TEMPLATE_NOT_FOUND')
      const at = now()
      const id = randomUUID()
      // A clash of six-character codes is rare; a few fresh draws make it vanishingly so.
      for (let attempt = 0; attempt < 5; attempt++) {
        const code = newJoinCode()
        const created = {
          type: 'sessionCreated',
          title: request.body.title,
          code,
          templateId: template.id,
          agenda: template.agenda,
          criteria: defaultCriteria,
          organiserId: organiser.id,
        } as const
        if (await insertSprintSession(db, { id, organiserId: organiser.id, title: request.body.title, created, at })) {
          return reply.code(201).send({ id, code, title: request.body.title, createdAt: at.toISOString() })
        }
      }
      throw new Error('could not draw a free join code')
    },
  )

  app.get(
    '/sessions',
    { schema: { summary: 'My sessions', tags: ['sprint'], response: { 200: z.array(SessionSummary), ...errors } } },
    async (request) => {
      const organiser = await requireOrganiser(db, request, now())
      const rows = await listSprintSessions(db, organiser.id)
      return rows.map((r) => ({ id: r.id, code: r.code, title: r.title, createdAt: r.createdAt.toISOString() }))
    },
  )

  app.post(
    '/join',
    {
      config: { rateLimit: { max: 20, timeWindow: 60_000 } },
      schema: {
        summary: 'Join a session with its code',
        description: 'No account needed. Optional profile fields are stored only with their own consent.',
        tags: ['sprint'],
        body: JoinBody,
        response: { 201: JoinResponse, ...errors },
      },
    },
    async (request, reply) => {
      const session = await findSprintSessionByCode(db, request.body.code)
      if (session === undefined) throw new ApiError('JOIN_CODE_INVALID')
      const participantId = randomUUID()
      const token = newToken()
      // Token and consented profile first, then the join event: if the event cannot be written, both are
      // removed again, so a failed join leaves nothing behind.
      await insertParticipantToken(db, hashToken(token), session.id, participantId)
      await saveProfile(db, session.id, participantId, profileFields(request.body.profile))
      const joined = await hub
        .join(session.id, { participantId, displayName: request.body.displayName, presence: request.body.presence })
        .catch((error: unknown) => ({ ok: false as const, thrown: error }))
      if (!joined.ok) {
        await deleteParticipantToken(db, hashToken(token))
        await deleteProfile(db, session.id, participantId)
        if ('thrown' in joined) throw joined.thrown
        throw new ApiError(joined.error.code, joined.error.message)
      }
      return reply.code(201).send({ sessionId: session.id, participantId, token })
    },
  )

  app.post(
    '/sessions/:sessionId/commands',
    {
      schema: {
        summary: 'Send a command to a session',
        tags: ['sprint'],
        params: SessionParams,
        body: CommandEnvelope,
        response: { 200: CommandAck, ...errors },
      },
    },
    async (request) => {
      const actor = await actorOf(db, request, request.params.sessionId, now())
      if (actor === undefined) throw new ApiError('NOT_SIGNED_IN')
      const { commandId, command } = request.body
      const result = await hub.execute(request.params.sessionId, actor, commandId, command)
      if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details)
      return { commandId, seq: result.seq }
    },
  )

  app.get(
    '/sessions/:sessionId/events',
    {
      schema: {
        summary: 'Events of a session after a position',
        tags: ['sprint'],
        params: SessionParams,
        querystring: z.object({ since: z.coerce.number().int().min(0).default(0) }),
        response: { 200: z.object({ events: z.array(StoredEventWire) }), ...errors },
      },
    },
    async (request) => {
      const { sessionId } = request.params
      const actor = await actorOf(db, request, sessionId, now())
      const state = await hub.state(sessionId)
      if (state === null) throw new ApiError('SESSION_NOT_FOUND')
      if (actor === undefined || (actor.kind === 'organiser' && actor.accountId !== state.organiserId)) {
        throw new ApiError('NOT_SIGNED_IN')
      }
      const history = (await hub.history(sessionId, request.query.since)) ?? []
      return { events: history.map((e) => redactFor(actor, e)) as z.infer<typeof StoredEventWire>[] }
    },
  )
}
