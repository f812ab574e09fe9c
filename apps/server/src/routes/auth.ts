import { hashPassword, hashToken, newToken, verifyPassword } from '@blockgov/auth'
import { type Database, deleteAuthSession, findOrganiserByEmail, insertAuthSession } from '@blockgov/db'
import { ErrorBody, LoginBody, OrganiserView } from '@blockgov/protocol'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'
import { ApiError } from '../plugins/errors.ts'
import { readCookie, SESSION_COOKIE, sessionCookie } from '../sprint/cookies.ts'
import { organiserOf } from '../sprint/identity.ts'

export interface AuthRoutesOptions {
  readonly database: Database
  readonly now: () => Date
}

/** Organisers stay signed in for a working week of workshops. */
const SIGN_IN_SECONDS = 7 * 24 * 3600

/** Organiser sign-in with email and password; the browser holds an HttpOnly cookie. */
export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, { database, now }) => {
  const { db } = database
  // Checked against when the email is unknown, so a wrong email costs as long as a wrong password and
  // response times do not reveal which emails have accounts.
  const decoyHash = hashPassword(newToken())

  app.post(
    '/auth/login',
    {
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: {
        summary: 'Sign in as an organiser',
        tags: ['auth'],
        body: LoginBody,
        response: { 200: OrganiserView, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const organiser = await findOrganiserByEmail(db, request.body.email)
      const valid = await verifyPassword(organiser?.passwordHash ?? (await decoyHash), request.body.password)
      if (organiser === undefined || !valid) throw new ApiError('INVALID_CREDENTIALS')
      const token = newToken()
      await insertAuthSession(db, hashToken(token), organiser.id, new Date(now().getTime() + SIGN_IN_SECONDS * 1000))
      reply.header('set-cookie', sessionCookie(token, SIGN_IN_SECONDS, request.protocol === 'https'))
      return { id: organiser.id, email: organiser.email, displayName: organiser.displayName }
    },
  )

  app.post(
    '/auth/logout',
    { schema: { summary: 'Sign out', tags: ['auth'], response: { 204: z.null() } } },
    async (request, reply) => {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE)
      if (token !== undefined) await deleteAuthSession(db, hashToken(token))
      reply.header('set-cookie', sessionCookie('', 0, request.protocol === 'https'))
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/auth/me',
    {
      schema: { summary: 'The signed-in organiser', tags: ['auth'], response: { 200: OrganiserView, 401: ErrorBody } },
    },
    async (request) => {
      const organiser = await organiserOf(db, request.headers.cookie, now())
      if (organiser === undefined) throw new ApiError('NOT_SIGNED_IN')
      return { id: organiser.id, email: organiser.email, displayName: organiser.displayName }
    },
  )
}
