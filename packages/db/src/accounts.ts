import { and, eq, gt, lt } from 'drizzle-orm'
import type { Db } from './database.ts'
import { sqlState, UNIQUE_VIOLATION } from './pg-errors.ts'
import { authSessions, organisers } from './schema.ts'

export interface OrganiserRow {
  readonly id: string
  readonly email: string
  readonly displayName: string
  readonly passwordHash: string
}

/** Inserts an organiser; false when the email is already registered. */
export async function insertOrganiser(db: Db, organiser: OrganiserRow): Promise<boolean> {
  try {
    await db.insert(organisers).values({ ...organiser, email: organiser.email.toLowerCase() })
    return true
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) return false
    throw error
  }
}

export async function findOrganiserByEmail(db: Db, email: string): Promise<OrganiserRow | undefined> {
  const [row] = await db.select().from(organisers).where(eq(organisers.email, email.toLowerCase()))
  return row
}

export async function countOrganisers(db: Db): Promise<number> {
  return (await db.select({ id: organisers.id }).from(organisers)).length
}

export async function insertAuthSession(
  db: Db,
  tokenHash: string,
  organiserId: string,
  expiresAt: Date,
): Promise<void> {
  await db.insert(authSessions).values({ tokenHash, organiserId, expiresAt })
}

/** The organiser behind a sign-in token, if it exists and has not expired. */
export async function findOrganiserBySession(db: Db, tokenHash: string, now: Date): Promise<OrganiserRow | undefined> {
  const [row] = await db
    .select({
      id: organisers.id,
      email: organisers.email,
      displayName: organisers.displayName,
      passwordHash: organisers.passwordHash,
    })
    .from(authSessions)
    .innerJoin(organisers, eq(organisers.id, authSessions.organiserId))
    .where(and(eq(authSessions.tokenHash, tokenHash), gt(authSessions.expiresAt, now)))
  return row
}

export async function deleteAuthSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(authSessions).where(eq(authSessions.tokenHash, tokenHash))
}

export async function deleteExpiredAuthSessions(db: Db, now: Date): Promise<void> {
  await db.delete(authSessions).where(lt(authSessions.expiresAt, now))
}

/** The organiser with this id, if any (reports name the session's organiser). */
export async function findOrganiserById(db: Db, id: string): Promise<OrganiserRow | undefined> {
  const [row] = await db.select().from(organisers).where(eq(organisers.id, id))
  return row
}
