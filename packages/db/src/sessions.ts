import type { SessionEvent } from '@blockgov/sprint'
import { desc, eq } from 'drizzle-orm'
import type { Db } from './database.ts'
import { sqlState, UNIQUE_VIOLATION } from './pg-errors.ts'
import { sessionEvents, sprintSessions } from './schema.ts'

export interface SprintSessionRow {
  readonly id: string
  readonly code: string
  readonly organiserId: string
  readonly title: string
  readonly createdAt: Date
}

export interface NewSprintSession {
  readonly id: string
  readonly organiserId: string
  readonly title: string
  /** The first event of the log; its `code` is the join code. */
  readonly created: Extract<SessionEvent, { type: 'sessionCreated' }>
  readonly at: Date
}

/**
 * Creates the session row and its first event together. Returns false when the join code is taken, so the
 * caller can draw another; any other failure throws and leaves nothing behind.
 */
export async function insertSprintSession(db: Db, session: NewSprintSession): Promise<boolean> {
  try {
    await db.transaction(async (tx) => {
      await tx.insert(sprintSessions).values({
        id: session.id,
        code: session.created.code,
        organiserId: session.organiserId,
        title: session.title,
        createdAt: session.at,
      })
      await tx.insert(sessionEvents).values({
        sessionId: session.id,
        seq: 1,
        type: session.created.type,
        payload: session.created,
        actor: { kind: 'organiser', accountId: session.organiserId },
        commandId: null,
        at: session.at,
      })
    })
    return true
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) return false
    throw error
  }
}

export async function findSprintSession(db: Db, id: string): Promise<SprintSessionRow | undefined> {
  const [row] = await db.select().from(sprintSessions).where(eq(sprintSessions.id, id))
  return row
}

/** Join codes are case-insensitive for people; they are stored upper-case. */
export async function findSprintSessionByCode(db: Db, code: string): Promise<SprintSessionRow | undefined> {
  const [row] = await db.select().from(sprintSessions).where(eq(sprintSessions.code, code.toUpperCase()))
  return row
}

export function listSprintSessions(db: Db, organiserId: string): Promise<SprintSessionRow[]> {
  return db
    .select()
    .from(sprintSessions)
    .where(eq(sprintSessions.organiserId, organiserId))
    .orderBy(desc(sprintSessions.createdAt))
}
