import { hashToken } from '@blockgov/auth'
import { type Db, findOrganiserBySession, findParticipantByToken, type OrganiserRow } from '@blockgov/db'
import type { Actor } from '@blockgov/sprint'
import type { FastifyRequest } from 'fastify'
import { ApiError } from '../plugins/errors.ts'
import { readCookie, SESSION_COOKIE } from './cookies.ts'

/** The organiser signed in on this request (sign-in cookie), if any. */
export async function organiserOf(
  db: Db,
  cookieHeader: string | undefined,
  now: Date,
): Promise<OrganiserRow | undefined> {
  const token = readCookie(cookieHeader, SESSION_COOKIE)
  return token === undefined ? undefined : findOrganiserBySession(db, hashToken(token), now)
}

/** The organiser signed in on this request; otherwise 401 NOT_SIGNED_IN. Every organiser-only route starts here. */
export async function requireOrganiser(db: Db, request: FastifyRequest, now: Date): Promise<OrganiserRow> {
  const organiser = await organiserOf(db, request.headers.cookie, now)
  if (organiser === undefined) throw new ApiError('NOT_SIGNED_IN')
  return organiser
}

/** The participant a bearer token belongs to, if it belongs to `sessionId`. */
export async function participantOf(db: Db, token: string, sessionId: string): Promise<string | undefined> {
  const found = await findParticipantByToken(db, hashToken(token))
  return found?.sessionId === sessionId ? found.participantId : undefined
}

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined
}

/**
 * Who is acting on `sessionId` in this HTTP request: a participant (bearer token for that session) or an
 * organiser (sign-in cookie). Whether that actor may do anything is the domain's `decide` to say.
 */
export async function actorOf(
  db: Db,
  request: FastifyRequest,
  sessionId: string,
  now: Date,
): Promise<Actor | undefined> {
  const token = bearer(request)
  if (token !== undefined) {
    const participantId = await participantOf(db, token, sessionId)
    return participantId === undefined ? undefined : { kind: 'participant', participantId }
  }
  const organiser = await organiserOf(db, request.headers.cookie, now)
  return organiser === undefined ? undefined : { kind: 'organiser', accountId: organiser.id }
}
