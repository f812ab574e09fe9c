import { type Database, listSprintSessions } from '@blockgov/db'
import { type GroupsService, type Result, ReviewsService } from '@blockgov/groups'
import { ErrorBody } from '@blockgov/protocol'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import {
  AnnouncementView,
  ArchiveView,
  GroupInput,
  GroupPatch,
  GroupViewWire,
  HeldView,
  OutboxView,
  OutcomeView,
  ReviewRequestInput,
  ReviewViewWire,
  SubscriberExportView,
} from '../groups/wire.ts'
import { ApiError } from '../plugins/errors.ts'
import { requireOrganiser } from '../sprint/identity.ts'
import type { SessionHub } from '../sprint/session-hub.ts'

export interface GroupsRoutesOptions {
  readonly database: Database
  readonly groups: GroupsService
  readonly hub: SessionHub
  readonly now: () => Date
}

const errors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody }
const SlugParams = z.object({ slug: z.string().min(1).max(60) })
const TokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) })
const Email = z.object({ email: z.string().min(3).max(254) })
const Ok = z.object({ ok: z.literal(true) })
/** Subscription requests per address per hour: enough for typos, too few to mail-bomb someone via the form. */
const SUBSCRIBE_PER_HOUR = 10

/** Unwraps a service result or throws its stable code. */
function value<T>(result: Result<T>): T {
  if (!result.ok) throw new ApiError(result.code)
  return result.value
}

/**
 * The Groups API: working groups and their lists. Reading groups and archives, subscribing, confirming and
 * unsubscribing are public (the tokens in mailed links are the authority); creating and editing groups, sending
 * announcements, moderation, the outbox and subscriber export/erase are for signed-in organisers.
 */
export const groupsRoutes: FastifyPluginAsyncZod<GroupsRoutesOptions> = async (app, { database, groups, hub, now }) => {
  const { db } = database

  // RFC 8058: mail providers POST `List-Unsubscribe=One-Click` as a form. Only this plugin accepts forms.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))))
  })

  app.get(
    '/groups',
    {
      schema: {
        summary: 'Working groups, newest first',
        tags: ['groups'],
        response: { 200: z.object({ groups: z.array(GroupViewWire).readonly(), listDomain: z.string() }) },
      },
    },
    async () => ({ groups: await groups.groups(), listDomain: groups.listDomain }),
  )

  app.post(
    '/groups',
    {
      schema: {
        summary: 'Create a working group by hand (organisers); drafts its announcement to the main list',
        tags: ['groups'],
        body: GroupInput,
        response: { 201: GroupViewWire, ...errors },
      },
    },
    async (request, reply) => {
      const organiser = await requireOrganiser(db, request, now())
      const { slug, outputArea, ...rest } = request.body
      const created = value(
        await groups.createGroup({
          ...rest,
          ...(slug === undefined ? {} : { slug }),
          outputArea: outputArea ?? null,
          createdBy: organiser.id,
        }),
      )
      return reply.code(201).send(created)
    },
  )

  app.get(
    '/groups/outcomes',
    {
      schema: {
        summary: "Sprint outcomes of the organiser's sessions, and the working group each became (if any)",
        tags: ['groups'],
        response: { 200: z.object({ outcomes: z.array(OutcomeView) }), ...errors },
      },
    },
    async (request) => {
      const organiser = await requireOrganiser(db, request, now())
      const existing = await groups.groups()
      const outcomes: z.infer<typeof OutcomeView>[] = []
      for (const session of await listSprintSessions(db, organiser.id)) {
        const state = await hub.state(session.id)
        for (const group of state?.groups ?? []) {
          if (group.outcome === null) continue
          const made = existing.find((g) => g.source?.sessionId === session.id && g.source.sprintGroupId === group.id)
          outcomes.push({
            sessionId: session.id,
            sessionTitle: session.title,
            groupId: group.id,
            groupName: group.name,
            project: group.outcome.project,
            leader: leaderName(state?.participants, group.outcome.leaderId),
            nextStep: group.outcome.nextStep,
            workingGroup: made?.slug ?? null,
          })
        }
      }
      return { outcomes }
    },
  )

  app.post(
    '/groups/from-outcome',
    {
      schema: {
        summary: 'Create the working group of a sprint outcome (once; again returns the same group)',
        tags: ['groups'],
        body: z.object({ sessionId: z.uuid(), groupId: z.string().min(1).max(100) }),
        response: { 201: GroupViewWire, ...errors },
      },
    },
    async (request, reply) => {
      const organiser = await requireOrganiser(db, request, now())
      const { sessionId, groupId } = request.body
      const state = await hub.state(sessionId)
      if (state === null || state.organiserId !== organiser.id) throw new ApiError('SESSION_NOT_FOUND')
      const group = state.groups.find((g) => g.id === groupId)
      if (group?.outcome == null) throw new ApiError('SPRINT_OUTCOME_NOT_FOUND')
      const created = value(
        await groups.createGroup({
          name: group.outcome.project,
          purpose: `${group.outcome.project}: the project "${group.name}" chose at "${state.title}".`,
          leader: leaderName(state.participants, group.outcome.leaderId),
          nextStep: group.outcome.nextStep,
          createdBy: organiser.id,
          source: { sessionId, sprintGroupId: groupId },
        }),
      )
      return reply.code(201).send(created)
    },
  )

  app.get(
    '/groups/:slug',
    {
      schema: {
        summary: 'One working group: purpose, leader, milestones, member count',
        tags: ['groups'],
        params: SlugParams,
        response: { 200: GroupViewWire, ...errors },
      },
    },
    async (request) => {
      const group = await groups.group(request.params.slug)
      if (group === undefined) throw new ApiError('WORKING_GROUP_NOT_FOUND')
      return group
    },
  )

  app.patch(
    '/groups/:slug',
    {
      schema: {
        summary: 'Edit a working group (organisers)',
        tags: ['groups'],
        params: SlugParams,
        body: GroupPatch,
        response: { 200: GroupViewWire, ...errors },
      },
    },
    async (request) => {
      await requireOrganiser(db, request, now())
      return value(await groups.updateGroup(request.params.slug, request.body))
    },
  )

  app.get(
    '/groups/:slug/announcement',
    {
      schema: {
        summary: "The group's announcement to the main list: draft or sent (organisers)",
        tags: ['groups'],
        params: SlugParams,
        response: { 200: AnnouncementView, ...errors },
      },
    },
    async (request) => {
      await requireOrganiser(db, request, now())
      return value(await groups.announcement(request.params.slug))
    },
  )

  app.put(
    '/groups/:slug/announcement',
    {
      schema: {
        summary: 'Edit the announcement draft (organisers)',
        tags: ['groups'],
        params: SlugParams,
        body: z.object({ subject: z.string().trim().min(1).max(200), body: z.string().trim().min(1).max(20_000) }),
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await requireOrganiser(db, request, now())
      value(await groups.editAnnouncement(request.params.slug, request.body.subject, request.body.body))
      return { ok: true as const }
    },
  )

  app.post(
    '/groups/:slug/announcement/send',
    {
      schema: {
        summary: 'Send the announcement to the main list (organisers; once)',
        tags: ['groups'],
        params: SlugParams,
        response: { 200: z.object({ deliveries: z.number() }), ...errors },
      },
    },
    async (request) => {
      await requireOrganiser(db, request, now())
      return value(await groups.sendAnnouncement(request.params.slug))
    },
  )

  app.get(
    '/groups/lists/:slug',
    {
      schema: {
        summary: "A list's archive as threads; `q` searches subjects and text. Senders appear by name only.",
        tags: ['groups'],
        params: SlugParams,
        querystring: z.object({ q: z.string().max(200).optional() }),
        response: { 200: ArchiveView, ...errors },
      },
    },
    async (request) => {
      const threads = value(await groups.archive(request.params.slug, request.query.q))
      return { threads }
    },
  )

  app.post(
    '/groups/lists/:slug/subscribe',
    {
      config: { rateLimit: { max: SUBSCRIBE_PER_HOUR, timeWindow: 3_600_000 } },
      schema: {
        summary: 'Ask to join a list: a confirmation link is mailed (double opt-in); rate limited',
        tags: ['groups'],
        params: SlugParams,
        body: Email.extend({ digest: z.boolean().default(false) }),
        response: { 202: Ok, ...errors },
      },
    },
    async (request, reply) => {
      value(await groups.subscribe(request.params.slug, request.body.email, request.body.digest))
      return reply.code(202).send({ ok: true as const })
    },
  )

  app.post(
    '/groups/confirm',
    {
      schema: {
        summary: 'Confirm a subscription with the mailed token',
        tags: ['groups'],
        body: z.object({ token: TokenParams.shape.token }),
        response: { 200: z.object({ list: z.string(), name: z.string() }), ...errors },
      },
    },
    async (request) => value(await groups.confirm(request.body.token)),
  )

  app.get(
    '/groups/unsubscribe/:token',
    {
      schema: {
        summary: 'List-Unsubscribe link opened in a browser: goes to the page that asks',
        tags: ['groups'],
        params: TokenParams,
      },
    },
    async (request, reply) => reply.redirect(`/groups/unsubscribe/${encodeURIComponent(request.params.token)}`, 303),
  )

  app.post(
    '/groups/unsubscribe/:token',
    {
      schema: {
        summary: 'One-click unsubscribe (RFC 8058: form body List-Unsubscribe=One-Click; or JSON from the page)',
        tags: ['groups'],
        params: TokenParams,
        body: z.object({ 'List-Unsubscribe': z.literal('One-Click').optional() }).optional(),
        response: { 200: z.object({ list: z.string(), name: z.string() }), ...errors },
      },
    },
    async (request) => value(await groups.unsubscribe(request.params.token)),
  )

  app.get(
    '/groups/membership/:token',
    {
      schema: {
        summary: 'What an unsubscribe link is for: list, status and delivery mode',
        tags: ['groups'],
        params: TokenParams,
        response: {
          200: z.object({ list: z.string(), name: z.string(), status: z.string(), digest: z.boolean() }),
          ...errors,
        },
      },
    },
    async (request) => value(await groups.membership(request.params.token)),
  )

  app.put(
    '/groups/membership/:token',
    {
      schema: {
        summary: 'Switch between one mail per post and a daily digest',
        tags: ['groups'],
        params: TokenParams,
        body: z.object({ digest: z.boolean() }),
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      value(await groups.setDigest(request.params.token, request.body.digest))
      return { ok: true as const }
    },
  )

  app.get(
    '/groups-admin/outbox',
    {
      schema: {
        summary: 'Outgoing mail: queued, sent, failed, or stored in the built-in outbox (organisers)',
        tags: ['groups'],
        response: { 200: OutboxView, ...errors },
      },
    },
    async (request) => {
      await requireOrganiser(db, request, now())
      return { messages: await groups.outbox() }
    },
  )

  app.get(
    '/groups-admin/held',
    {
      schema: {
        summary: 'Posts waiting for a moderator (organisers)',
        tags: ['groups'],
        response: { 200: z.object({ messages: z.array(HeldView) }), ...errors },
      },
    },
    async (request) => {
      await requireOrganiser(db, request, now())
      return { messages: await groups.held() }
    },
  )

  app.post(
    '/groups-admin/held/:id',
    {
      schema: {
        summary: 'Approve (archive and distribute) or reject a held post (organisers)',
        tags: ['groups'],
        params: z.object({ id: z.uuid() }),
        body: z.object({ decision: z.enum(['approve', 'reject']) }),
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await requireOrganiser(db, request, now())
      value(await groups.moderate(request.params.id, request.body.decision))
      return { ok: true as const }
    },
  )

  app.post(
    '/groups-admin/subscribers/export',
    {
      schema: {
        summary: 'Everything stored about an address (organisers, answering a subject-access request)',
        tags: ['groups'],
        body: Email,
        response: { 200: SubscriberExportView, ...errors },
      },
    },
    async (request) => {
      await requireOrganiser(db, request, now())
      return value(await groups.exportSubscriber(request.body.email))
    },
  )

  const reviews = new ReviewsService(db, now)

  app.post(
    '/reviews',
    {
      schema: {
        summary: 'Ask a partner coalition to review an output (organisers); the reviewer link is returned once',
        tags: ['reviews'],
        body: ReviewRequestInput,
        response: { 201: z.object({ review: ReviewViewWire, link: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const organiser = await requireOrganiser(db, request, now())
      const { output, partner, partnerName } = request.body
      const { review, token } = await reviews.request(output, partner, organiser.id, partnerName)
      return reply.code(201).send({ review, link: `/groups/review/${token}` })
    },
  )

  app.get(
    '/reviews',
    {
      schema: {
        summary: 'Review status of one output: each partner, its checklist and comment',
        tags: ['reviews'],
        querystring: z.object({ area: z.string().min(1).max(20), ref: z.string().min(1).max(200) }),
        response: { 200: z.object({ reviews: z.array(ReviewViewWire).readonly() }) },
      },
    },
    async (request) => ({ reviews: await reviews.forOutput(request.query.area, request.query.ref) }),
  )

  app.get(
    '/reviews/:token',
    {
      schema: {
        summary: "The review a reviewer's link opens (no account: the token is the authority)",
        tags: ['reviews'],
        params: TokenParams,
        response: { 200: ReviewViewWire, ...errors },
      },
    },
    async (request) => value(await reviews.byToken(request.params.token)),
  )

  app.put(
    '/reviews/:token',
    {
      schema: {
        summary: "Save the reviewer's ticks and comment; `complete` closes the review",
        tags: ['reviews'],
        params: TokenParams,
        body: z.object({
          checked: z.array(z.string().max(40)).max(50),
          comment: z.string().max(10_000),
          complete: z.boolean(),
        }),
        response: { 200: ReviewViewWire, ...errors },
      },
    },
    async (request) => {
      const { checked, comment, complete } = request.body
      return value(await reviews.answer(request.params.token, checked, comment, complete))
    },
  )

  app.post(
    '/groups-admin/subscribers/erase',
    {
      schema: {
        summary: 'Erase an address: subscriptions, queued copies, and its name on posts (organisers)',
        tags: ['groups'],
        body: Email,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await requireOrganiser(db, request, now())
      value(await groups.eraseSubscriber(request.body.email))
      return { ok: true as const }
    },
  )
}

function leaderName(
  participants: Readonly<Record<string, { readonly displayName: string }>> | undefined,
  leaderId: string | null,
): string {
  if (leaderId === null || participants === undefined || !Object.hasOwn(participants, leaderId)) return 'to be named'
  return participants[leaderId]?.displayName ?? 'to be named'
}
