import {
  AssessService,
  buildReport,
  type Decision,
  loadIllustrativeExamples,
  type ReportInput,
  renderReportHtml,
  renderReportMarkdown,
} from '@blockgov/assess'
import { hashToken, newToken } from '@blockgov/auth'
import { gateNode } from '@blockgov/content'
import type { Database } from '@blockgov/db'
import { ErrorBody } from '@blockgov/protocol'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { renderAssessPdf } from '../assess/report-pdf.ts'
import {
  ActionBody,
  AggregationView,
  AuditEntry,
  CommentBody,
  ConclusionsBody,
  CreateEvaluationBody,
  DeclarationBody,
  EvaluationView,
  EvaluatorSelf,
  InviteBody,
  Invited,
  MinorityBody,
  PublicSummary,
  PublishedSummary,
  ScoreBody,
  StatusChanged,
  UpdateSetupBody,
} from '../assess/wire.ts'
import { ApiError } from '../plugins/errors.ts'
import { requireOrganiser } from '../sprint/identity.ts'

export interface AssessRoutesOptions {
  readonly database: Database
  readonly now: () => Date
}

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody }
const Params = z.object({ id: z.uuid() })
const Done = z.object({ ok: z.literal(true) })
const LoadedExamples = z.object({ ids: z.array(z.uuid()), created: z.number().int().min(0) })
const tags = ['assess']

/** The value of a decision, or the error it carries as the route's answer. */
function unwrap<T>(decision: Decision<T>): T {
  if (!decision.ok) throw new ApiError(decision.code)
  return decision.value
}

/** The evaluator's invite token: sent as a bearer token, never in a URL the server sees. */
function bearer(request: FastifyRequest): string {
  const header = request.headers.authorization
  const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : ''
  if (token === '') throw new ApiError('ASSESS_INVITE_INVALID')
  return token
}

function aggregationView(input: ReportInput): z.infer<typeof AggregationView> {
  const report = buildReport(input)
  return {
    gate: {
      steps: report.gate.steps.map((s) => ({ questionId: s.question.id, answer: s.answer })),
      outcomeId: report.gate.outcome?.id ?? null,
    },
    panel: { ...report.panel, groups: [...report.panel.groups] },
    principles: report.aggregation.principles.map((p) => ({ ...p, byGroup: [...p.byGroup] })),
    byGroup: [...report.aggregation.byGroup],
    overall: report.aggregation.overall,
    derivedFindings: [...report.derivedFindings],
  }
}

/**
 * The Assess API: organisers (signed in) register initiatives, answer the gate, invite evaluators by link and
 * publish; evaluators (bearer token from their link, no account) declare and score their own ratings; the
 * public reads published reports and comments during the comment period.
 */
export const assessRoutes: FastifyPluginAsyncZod<AssessRoutesOptions> = async (app, { database, now }) => {
  const service = new AssessService(database.db, now)

  app.get(
    '/assess/evaluations',
    {
      schema: {
        summary: 'The signed-in organiser’s evaluations',
        tags,
        response: { 200: z.array(z.object({ id: z.uuid(), name: z.string(), status: z.string() })), ...errors },
      },
    },
    async (request) => service.listForOrganiser((await requireOrganiser(database.db, request, now())).id),
  )

  app.post(
    '/assess/evaluations',
    {
      schema: {
        summary: 'Register an initiative as a new evaluation (draft)',
        tags,
        body: CreateEvaluationBody,
        response: { 201: z.object({ id: z.uuid() }), ...errors },
      },
    },
    async (request, reply) => {
      const id = await service.create(
        (await requireOrganiser(database.db, request, now())).id,
        request.body.initiative,
        request.body.threshold,
      )
      return reply.code(201).send({ id })
    },
  )

  app.post(
    '/assess/examples',
    {
      schema: {
        summary:
          'Load the illustrative example evaluations (published, marked illustrative); 200 when all were loaded already',
        tags,
        response: { 200: LoadedExamples, 201: LoadedExamples, ...errors },
      },
    },
    async (request, reply) => {
      const loaded = await loadIllustrativeExamples(
        service,
        (await requireOrganiser(database.db, request, now())).id,
        () => hashToken(newToken()),
      )
      return reply.code(loaded.created > 0 ? 201 : 200).send({ ids: [...loaded.ids], created: loaded.created })
    },
  )

  app.get(
    '/assess/evaluations/:id',
    {
      schema: {
        summary: 'An evaluation, as its organiser sees it',
        tags,
        params: Params,
        response: { 200: EvaluationView, ...errors },
      },
    },
    async (request) =>
      unwrap(await service.view(request.params.id, (await requireOrganiser(database.db, request, now())).id)),
  )

  app.patch(
    '/assess/evaluations/:id',
    {
      schema: {
        summary: 'Change the initiative or the gate answers (draft only)',
        tags,
        params: Params,
        body: UpdateSetupBody,
        response: { 200: Done, ...errors },
      },
    },
    async (request) => {
      const { gateAnswers } = request.body
      if (gateAnswers !== undefined) {
        for (const id of Object.keys(gateAnswers)) {
          if (gateNode(id)?.kind !== 'question') throw new ApiError('ASSESS_GATE_QUESTION_UNKNOWN')
        }
      }
      unwrap(
        await service.updateSetup(
          request.params.id,
          (await requireOrganiser(database.db, request, now())).id,
          request.body,
        ),
      )
      return { ok: true as const }
    },
  )

  app.post(
    '/assess/evaluations/:id/actions',
    {
      schema: {
        summary: 'Move the evaluation along: open or close the panel, open comments, publish, revise',
        tags,
        params: Params,
        body: ActionBody,
        response: { 200: StatusChanged, ...errors },
      },
    },
    async (request) =>
      unwrap(
        await service.act(
          request.params.id,
          (await requireOrganiser(database.db, request, now())).id,
          request.body.action,
          request.body.changelog,
        ),
      ),
  )

  app.put(
    '/assess/evaluations/:id/conclusions',
    {
      schema: {
        summary: 'The organiser’s findings and recommendations (after the panel closes)',
        tags,
        params: Params,
        body: ConclusionsBody,
        response: { 200: Done, ...errors },
      },
    },
    async (request) => {
      const { findings, recommendations } = request.body
      unwrap(
        await service.setConclusions(
          request.params.id,
          (await requireOrganiser(database.db, request, now())).id,
          findings,
          recommendations,
        ),
      )
      return { ok: true as const }
    },
  )

  app.post(
    '/assess/evaluations/:id/invites',
    {
      schema: {
        summary: 'Invite an evaluator: returns their link token (shown once, stored only hashed)',
        tags,
        params: Params,
        body: InviteBody,
        response: { 201: Invited, ...errors },
      },
    },
    async (request, reply) => {
      const token = newToken()
      const evaluatorId = unwrap(
        await service.invite(
          request.params.id,
          (await requireOrganiser(database.db, request, now())).id,
          request.body.label,
          hashToken(token),
        ),
      )
      // The token travels in the fragment, which browsers never send to a server, so it stays out of logs.
      return reply.code(201).send({ evaluatorId, token, path: `/assess/evaluate#token=${token}` })
    },
  )

  app.get(
    '/assess/evaluations/:id/aggregation',
    {
      schema: {
        summary: 'Live aggregation for the organiser: medians, spread, disagreements, panel label',
        tags,
        params: Params,
        response: { 200: AggregationView, ...errors },
      },
    },
    async (request) => {
      unwrap(await service.view(request.params.id, (await requireOrganiser(database.db, request, now())).id))
      return aggregationView(unwrap(await service.draftReport(request.params.id)))
    },
  )

  app.get(
    '/assess/evaluations/:id/audit',
    {
      schema: {
        summary: 'Audit log of every change',
        tags,
        params: Params,
        response: { 200: z.array(AuditEntry), ...errors },
      },
    },
    async (request) =>
      unwrap(await service.auditLog(request.params.id, (await requireOrganiser(database.db, request, now())).id)),
  )

  app.get(
    '/assess/me',
    {
      schema: {
        summary: 'The evaluator’s view (bearer token from the invite link)',
        tags,
        response: { 200: EvaluatorSelf, ...errors },
      },
    },
    async (request) => {
      const { evaluation, me, scores } = unwrap(await service.asEvaluator(hashToken(bearer(request))))
      const { evaluators: _hidden, ...rest } = evaluation
      return { evaluation: rest, me, scores }
    },
  )

  app.get(
    '/assess/me/aggregation',
    {
      schema: {
        summary: 'The panel’s aggregation, for an evaluator once the panel has closed',
        tags,
        response: { 200: AggregationView, ...errors },
      },
    },
    async (request) => {
      const { evaluation } = unwrap(await service.asEvaluator(hashToken(bearer(request))))
      // While the panel is open, evaluators score independently: others' ratings would anchor theirs.
      if (evaluation.status === 'draft' || evaluation.status === 'panel-open') throw new ApiError('ASSESS_WRONG_STATE')
      return aggregationView(unwrap(await service.draftReport(evaluation.id)))
    },
  )

  app.put(
    '/assess/me/declaration',
    {
      schema: {
        summary: 'Declare stakeholder group and conflicts of interest',
        tags,
        body: DeclarationBody,
        response: { 200: Done, ...errors },
      },
    },
    async (request) => {
      unwrap(await service.declare(hashToken(bearer(request)), request.body.group, request.body.conflicts))
      return { ok: true as const }
    },
  )

  app.put(
    '/assess/me/scores/:principleId',
    {
      schema: {
        summary: 'Give or change one’s own score for a principle (panel open)',
        tags,
        params: z.object({ principleId: z.string().regex(/^[a-z0-9-]{1,60}$/) }),
        body: ScoreBody,
        response: { 200: Done, ...errors },
      },
    },
    async (request) => {
      unwrap(
        await service.score(hashToken(bearer(request)), { principleId: request.params.principleId, ...request.body }),
      )
      return { ok: true as const }
    },
  )

  app.put(
    '/assess/me/minority-statement',
    {
      schema: {
        summary: 'A minority statement, published verbatim (null withdraws it)',
        tags,
        body: MinorityBody,
        response: { 200: Done, ...errors },
      },
    },
    async (request) => {
      unwrap(await service.setMinorityStatement(hashToken(bearer(request)), request.body.text))
      return { ok: true as const }
    },
  )

  app.get(
    '/assess/reports',
    {
      schema: {
        summary: 'Published evaluations, latest version each',
        tags,
        response: { 200: z.array(PublishedSummary) },
      },
    },
    async () => service.listPublished(),
  )

  app.get(
    '/assess/evaluations/:id/public',
    {
      schema: {
        summary: 'What anyone may see of an evaluation open for comment or published',
        tags,
        params: Params,
        response: { 200: PublicSummary, ...errors },
      },
    },
    async (request) => {
      const view = unwrap(await service.view(request.params.id, null))
      // Drafts and running panels are the organiser's business until the public is invited to comment.
      if (view.status !== 'comment' && view.status !== 'published') throw new ApiError('ASSESS_NOT_FOUND')
      return {
        id: view.id,
        status: view.status,
        initiative: view.initiative,
        illustrative: view.illustrative,
        publishedVersions: [...view.publishedVersions],
      }
    },
  )

  app.post(
    '/assess/evaluations/:id/comments',
    {
      schema: {
        summary: 'A public comment, during the comment period',
        tags,
        params: Params,
        body: CommentBody,
        response: { 201: Done, ...errors },
      },
    },
    async (request, reply) => {
      unwrap(await service.comment(request.params.id, request.body.text))
      return reply.code(201).send({ ok: true as const })
    },
  )

  app.get(
    '/assess/evaluations/:id/reports/:version/aggregation',
    {
      schema: {
        summary: 'The aggregation of a published report, as published',
        tags,
        params: Params.extend({ version: z.coerce.number().int().min(1) }),
        response: { 200: AggregationView, ...errors },
      },
    },
    async (request) =>
      aggregationView(unwrap(await service.publishedReport(request.params.id, request.params.version))),
  )

  app.get(
    '/assess/evaluations/:id/reports/:version',
    {
      schema: {
        summary: 'A published report (HTML, PDF, Markdown or JSON); immutable once published',
        tags,
        params: Params.extend({ version: z.coerce.number().int().min(1) }),
        querystring: z.object({ format: z.enum(['html', 'pdf', 'md', 'json']).default('html') }),
        response: errors,
      },
    },
    async (request, reply) => {
      const input = unwrap(await service.publishedReport(request.params.id, request.params.version))
      return sendReport(reply, input, request.query.format)
    },
  )
}

async function sendReport(reply: FastifyReply, input: ReportInput, format: 'html' | 'pdf' | 'md' | 'json') {
  const name = `evaluation-report-v${input.version}`
  if (format === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(input))
  const report = buildReport(input)
  if (format === 'pdf') {
    const pdf = await renderAssessPdf(`Evaluation report: ${input.initiative.name}`, renderReportMarkdown(report))
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${name}.pdf"`).send(pdf)
  }
  reply
    .type(format === 'md' ? 'text/markdown; charset=utf-8' : 'text/html; charset=utf-8')
    .header('content-disposition', `inline; filename="${name}.${format}"`)
  return reply.send(format === 'md' ? renderReportMarkdown(report) : renderReportHtml(report))
}
