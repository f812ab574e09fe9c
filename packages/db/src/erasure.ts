import { and, eq, sql } from 'drizzle-orm'
import type { Db } from './database.ts'
import { participantProfiles, participantTokens, sessionEvents, sprintSessions } from './schema.ts'

/**
 * Removes a participant's personal data outside the event that records the erasure: their name in the
 * stored `participantJoined` event becomes `pseudonym`, their optional profile answers and their access token
 * are deleted. One transaction: an erasure is never half done.
 */
export async function erasePersonalData(
  db: Db,
  sessionId: string,
  participantId: string,
  pseudonym: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(sessionEvents)
      .set({ payload: sql`jsonb_set(${sessionEvents.payload}, '{displayName}', to_jsonb(${pseudonym}::text))` })
      .where(
        and(
          eq(sessionEvents.sessionId, sessionId),
          eq(sessionEvents.type, 'participantJoined'),
          sql`${sessionEvents.payload}->>'participantId' = ${participantId}`,
        ),
      )
    await tx
      .delete(participantProfiles)
      .where(and(eq(participantProfiles.sessionId, sessionId), eq(participantProfiles.participantId, participantId)))
    await tx
      .delete(participantTokens)
      .where(and(eq(participantTokens.sessionId, sessionId), eq(participantTokens.participantId, participantId)))
  })
}

/** The consented profile answers of one participant, with when consent was given (for their export). */
export async function readOwnProfile(db: Db, sessionId: string, participantId: string) {
  return db
    .select({
      field: participantProfiles.field,
      value: participantProfiles.value,
      consentedAt: participantProfiles.consentedAt,
    })
    .from(participantProfiles)
    .where(and(eq(participantProfiles.sessionId, sessionId), eq(participantProfiles.participantId, participantId)))
}

/** Sets how many days a session keeps optional profile answers. */
export async function setProfileRetention(db: Db, sessionId: string, days: number): Promise<void> {
  await db.update(sprintSessions).set({ profileRetentionDays: days }).where(eq(sprintSessions.id, sessionId))
}

/**
 * Deletes profile answers older than their session's retention period. Returns how many were deleted.
 * Run periodically by the server; safe to run any number of times.
 */
export async function enforceProfileRetention(db: Db, now: Date): Promise<number> {
  const deleted = await db
    .delete(participantProfiles)
    .where(
      sql`exists (select 1 from ${sprintSessions} s where s.id = ${participantProfiles.sessionId}
        and ${participantProfiles.consentedAt} < ${now.toISOString()}::timestamptz - make_interval(days => s.profile_retention_days))`,
    )
    .returning({ field: participantProfiles.field })
  return deleted.length
}
