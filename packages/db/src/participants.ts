import { and, eq } from 'drizzle-orm'
import type { Db } from './database.ts'
import { participantProfiles, participantTokens } from './schema.ts'

export async function insertParticipantToken(db: Db, tokenHash: string, sessionId: string, participantId: string) {
  await db.insert(participantTokens).values({ tokenHash, sessionId, participantId })
}

export async function findParticipantByToken(
  db: Db,
  tokenHash: string,
): Promise<{ sessionId: string; participantId: string } | undefined> {
  const [row] = await db
    .select({ sessionId: participantTokens.sessionId, participantId: participantTokens.participantId })
    .from(participantTokens)
    .where(eq(participantTokens.tokenHash, tokenHash))
  return row
}

/** One consented profile answer. */
export interface ProfileField {
  readonly field: string
  readonly value: unknown
}

export async function saveProfile(db: Db, sessionId: string, participantId: string, fields: readonly ProfileField[]) {
  if (fields.length === 0) return
  await db
    .insert(participantProfiles)
    .values(fields.map((f) => ({ sessionId, participantId, field: f.field, value: f.value })))
    .onConflictDoNothing()
}

/** Every consented answer in a session, grouped by participant. */
export async function readProfiles(db: Db, sessionId: string): Promise<Map<string, Map<string, unknown>>> {
  const rows = await db
    .select({
      participantId: participantProfiles.participantId,
      field: participantProfiles.field,
      value: participantProfiles.value,
    })
    .from(participantProfiles)
    .where(eq(participantProfiles.sessionId, sessionId))
  const byParticipant = new Map<string, Map<string, unknown>>()
  for (const row of rows) {
    const fields = byParticipant.get(row.participantId) ?? new Map<string, unknown>()
    fields.set(row.field, row.value)
    byParticipant.set(row.participantId, fields)
  }
  return byParticipant
}

export async function deleteProfile(db: Db, sessionId: string, participantId: string): Promise<void> {
  await db
    .delete(participantProfiles)
    .where(and(eq(participantProfiles.sessionId, sessionId), eq(participantProfiles.participantId, participantId)))
}

export async function deleteParticipantToken(db: Db, tokenHash: string): Promise<void> {
  await db.delete(participantTokens).where(eq(participantTokens.tokenHash, tokenHash))
}
