import {
  type Database,
  EventStore,
  findOrganiserById,
  findSprintSession,
  readProfiles,
  readReportEdits,
} from '@blockgov/db'
import {
  applyEdits,
  draftReport,
  type EditableSection,
  editableSections,
  emptySession,
  type Gender,
  genders,
  participation,
  replay,
  type SessionReport,
} from '@blockgov/sprint'

function isGender(value: unknown): value is Gender {
  return (genders as readonly unknown[]).includes(value)
}

/** What the log cannot tell: how the session is described in the report header. */
export interface ReportHeader {
  /** Defaults to the organiser account's display name. */
  readonly organiser?: string
  readonly sessionType: string
  readonly sdgs: readonly number[]
}

/**
 * Drafts the report of a session from its log (replayed) and its consented profiles (gender only, for counting),
 * with the editors' saved text in place.
 * Null when there is no such session.
 */
export async function sessionReport(
  database: Database,
  sessionId: string,
  header: ReportHeader,
): Promise<SessionReport | null> {
  const row = await findSprintSession(database.db, sessionId)
  if (row === undefined) return null
  const state = replay(emptySession(sessionId), await new EventStore(database.db).read(sessionId))
  const profiles = await readProfiles(database.db, sessionId)
  const genderOf = (id: string) => {
    const gender = profiles.get(id)?.get('gender')
    return isGender(gender) ? gender : undefined
  }
  const organiser = header.organiser ?? (await findOrganiserById(database.db, row.organiserId))?.displayName ?? ''
  const edits = await readReportEdits(database.db, sessionId)
  const saved: Partial<Record<EditableSection, string>> = {}
  for (const section of editableSections) {
    const text = edits.get(section)
    if (text !== undefined) saved[section] = text
  }
  const drafted = draftReport(state, {
    organiser,
    sessionType: header.sessionType,
    sdgs: header.sdgs,
    participation: participation(state, genderOf),
  })
  return applyEdits(drafted, saved)
}
