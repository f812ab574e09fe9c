import { type Database, insertReportVersion, listReportVersions, readReportVersion, saveReportEdit } from '@blockgov/db'
import { ErrorBody } from '@blockgov/protocol'
import {
  type Actor,
  editableSections,
  renderHtml,
  renderMarkdown,
  type SessionReport,
  type SessionState,
} from '@blockgov/sprint'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { ApiError } from '../plugins/errors.ts'
import { actorOf } from '../sprint/identity.ts'
import { sessionReport } from '../sprint/report.ts'
import { renderPdf } from '../sprint/report-pdf.ts'
import type { SessionHub } from '../sprint/session-hub.ts'

export interface ReportRoutesOptions {
  readonly database: Database
  readonly hub: SessionHub
  readonly now: () => Date
}

const Params = z.object({ sessionId: z.uuid() })
const Format = z.object({ format: z.enum(['md', 'html', 'pdf', 'json']).default('html') })
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody }

/** Rapporteurs write the group summaries, so they may edit the report draft; publishing is the organiser's. */
function mayEdit(state: SessionState, actor: Actor): boolean {
  if (actor.kind === 'organiser') return actor.accountId === state.organiserId
  return state.groups.some((g) => g.rapporteurId === actor.participantId)
}

/**
 * The session report: a live draft (from the log, consented answers and saved edits) that the organiser and
 * rapporteurs edit, and immutable numbered versions the organiser publishes.
 */
export const reportRoutes: FastifyPluginAsyncZod<ReportRoutesOptions> = async (app, { database, hub, now }) => {
  const { db } = database

  async function access(request: FastifyRequest, sessionId: string) {
    const state = await hub.state(sessionId)
    if (state === null) throw new ApiError('SESSION_NOT_FOUND')
    const actor = await actorOf(db, request, sessionId, now())
    if (actor === undefined) throw new ApiError('NOT_SIGNED_IN')
    return { state, actor }
  }

  async function send(
    reply: FastifyReply,
    report: SessionReport,
    format: 'md' | 'html' | 'pdf' | 'json',
    name: string,
  ) {
    if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(report))
    if (format === 'pdf') {
      const pdf = await renderPdf(report)
      return reply.type('application/pdf').header('content-disposition', `inline; filename="${name}.pdf"`).send(pdf)
    }
    reply
      .type(format === 'md' ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8')
      .header('content-disposition', `inline; filename="${name}.${format}"`)
    return reply.send(format === 'md' ? renderMarkdown(report) : renderHtml(report))
  }

  async function draftFor(sessionId: string, sdgs: readonly number[]) {
    const report = await sessionReport(database, sessionId, { sessionType: 'Workshop (design sprint)', sdgs })
    if (report === null) throw new ApiError('SESSION_NOT_FOUND')
    return report
  }

  app.get(
    '/sessions/:sessionId/report',
    {
      schema: {
        summary: 'Draft session report (IGF structure), with saved edits',
        tags: ['report'],
        params: Params,
        querystring: Format.extend({
          sdgs: z
            .string()
            .regex(/^\d{1,2}(,\d{1,2})*$/)
            .optional(),
        }),
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (request, reply) => {
      const { state, actor } = await access(request, request.params.sessionId)
      if (!mayEdit(state, actor)) throw new ApiError('NOT_ALLOWED')
      const sdgs = (request.query.sdgs ?? '')
        .split(',')
        .filter(Boolean)
        .map(Number)
        .filter((n) => n >= 1 && n <= 17)
      const report = await draftFor(request.params.sessionId, sdgs)
      return send(reply, report, request.query.format, `blockgov-report-${request.params.sessionId}-draft`)
    },
  )

  app.put(
    '/sessions/:sessionId/report/sections/:section',
    {
      schema: {
        summary: 'Save the text of one report section (1–5)',
        tags: ['report'],
        params: Params.extend({ section: z.enum(editableSections) }),
        body: z.object({ text: z.string().trim().min(1).max(20_000) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const { state, actor } = await access(request, request.params.sessionId)
      if (!mayEdit(state, actor)) throw new ApiError('NOT_ALLOWED')
      await saveReportEdit(db, request.params.sessionId, request.params.section, request.body.text, actor)
      return reply.code(204).send(null)
    },
  )

  app.post(
    '/sessions/:sessionId/report/versions',
    {
      schema: {
        summary: 'Publish the current draft as a new immutable version',
        tags: ['report'],
        params: Params,
        body: z.object({ sdgs: z.array(z.number().int().min(1).max(17)).max(17).default([]) }),
        response: { 201: z.object({ version: z.number().int() }), ...errors },
      },
    },
    async (request, reply) => {
      const { state, actor } = await access(request, request.params.sessionId)
      if (actor.kind !== 'organiser' || actor.accountId !== state.organiserId) throw new ApiError('NOT_ALLOWED')
      const report = await draftFor(request.params.sessionId, request.body.sdgs)
      const version = await insertReportVersion(db, request.params.sessionId, report, actor.accountId)
      return reply.code(201).send({ version })
    },
  )

  app.get(
    '/sessions/:sessionId/report/versions',
    {
      schema: {
        summary: 'Published versions of the report',
        tags: ['report'],
        params: Params,
        response: { 200: z.array(z.object({ version: z.number().int(), publishedAt: z.string() })), ...errors },
      },
    },
    async (request) => {
      await access(request, request.params.sessionId) // any member of the session may read what was published
      const versions = await listReportVersions(db, request.params.sessionId)
      return versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt.toISOString() }))
    },
  )

  app.get(
    '/sessions/:sessionId/report/versions/:version',
    {
      schema: {
        summary: 'One published version of the report',
        tags: ['report'],
        params: Params.extend({ version: z.coerce.number().int().positive() }),
        querystring: Format,
        response: { 200: z.unknown(), ...errors },
      },
    },
    async (request, reply) => {
      const { sessionId, version } = request.params
      await access(request, sessionId)
      const report = (await readReportVersion(db, sessionId, version)) as SessionReport | undefined
      if (report === undefined) throw new ApiError('ROUTE_NOT_FOUND', `There is no version ${version} of this report.`)
      return send(reply, report, request.query.format, `blockgov-report-${sessionId}-v${version}`)
    },
  )
}
