import { and, desc, eq, sql } from 'drizzle-orm'
import type { Db } from './database.ts'
import { sqlState, UNIQUE_VIOLATION } from './pg-errors.ts'
import { reportEdits, reportVersions } from './schema.ts'

/** Saves (or replaces) the editors' text of one report section. */
export async function saveReportEdit(
  db: Db,
  sessionId: string,
  section: string,
  text: string,
  by: unknown,
): Promise<void> {
  await db
    .insert(reportEdits)
    .values({ sessionId, section, text, updatedBy: by })
    .onConflictDoUpdate({
      target: [reportEdits.sessionId, reportEdits.section],
      set: { text, updatedBy: by, updatedAt: sql`now()` },
    })
}

export async function readReportEdits(db: Db, sessionId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ section: reportEdits.section, text: reportEdits.text })
    .from(reportEdits)
    .where(eq(reportEdits.sessionId, sessionId))
  return new Map(rows.map((r) => [r.section, r.text]))
}

/**
 * Stores a published report as the next version. Versions are never updated; two publishers at once both
 * succeed, as consecutive versions.
 */
export async function insertReportVersion(
  db: Db,
  sessionId: string,
  report: unknown,
  publishedBy: string,
): Promise<number> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const [latest] = await db
      .select({ version: reportVersions.version })
      .from(reportVersions)
      .where(eq(reportVersions.sessionId, sessionId))
      .orderBy(desc(reportVersions.version))
      .limit(1)
    const version = (latest?.version ?? 0) + 1
    try {
      await db.insert(reportVersions).values({ sessionId, version, report, publishedBy })
      return version
    } catch (error) {
      if (sqlState(error) !== UNIQUE_VIOLATION) throw error
    }
  }
  throw new Error(`could not publish a report version for ${sessionId}`)
}

export async function listReportVersions(db: Db, sessionId: string): Promise<{ version: number; publishedAt: Date }[]> {
  return db
    .select({ version: reportVersions.version, publishedAt: reportVersions.publishedAt })
    .from(reportVersions)
    .where(eq(reportVersions.sessionId, sessionId))
    .orderBy(desc(reportVersions.version))
}

export async function readReportVersion(db: Db, sessionId: string, version: number): Promise<unknown | undefined> {
  const [row] = await db
    .select({ report: reportVersions.report })
    .from(reportVersions)
    .where(and(eq(reportVersions.sessionId, sessionId), eq(reportVersions.version, version)))
  return row?.report
}
