import {
  AssessService,
  buildReport,
  type LoadedExamples,
  loadIllustrativeExamples,
  renderReportHtml,
  renderReportMarkdown,
} from '@blockgov/assess'
import { hashToken, newToken } from '@blockgov/auth'
import { loadConfigOrExit } from '@blockgov/config'
import { type Database, findOrganiserByEmail, openDatabase } from '@blockgov/db'
import { z } from 'zod'

const Format = z.enum(['md', 'html'])
const Version = z.coerce.number().int().min(1)

/** A published evaluation report as Markdown or standalone HTML, exactly as the API serves it. */
export async function assessReportText(
  database: Database,
  evaluationId: string,
  version: string,
  format: string,
): Promise<string> {
  const parsedFormat = Format.safeParse(format)
  if (!parsedFormat.success) throw new Error(`--format must be md or html, not "${format}"`)
  const parsedVersion = Version.safeParse(version)
  if (!parsedVersion.success) throw new Error(`"${version}" is not a report version (1, 2, …)`)
  if (!z.uuid().safeParse(evaluationId).success) throw new Error(`"${evaluationId}" is not an evaluation id`)
  const found = await new AssessService(database.db, () => new Date()).publishedReport(evaluationId, parsedVersion.data)
  if (!found.ok) throw new Error(`no published report ${evaluationId} version ${parsedVersion.data}`)
  const report = buildReport(found.value)
  return parsedFormat.data === 'md' ? renderReportMarkdown(report) : renderReportHtml(report)
}

/** Loads the illustrative example evaluations, published and marked illustrative, for an existing organiser. */
export async function loadAssessExamples(database: Database, email: string): Promise<LoadedExamples> {
  const organiser = await findOrganiserByEmail(database.db, email)
  if (organiser === undefined)
    throw new Error(`no organiser account ${email}; create one with \`blockgov admin create\``)
  return loadIllustrativeExamples(new AssessService(database.db, () => new Date()), organiser.id, () =>
    hashToken(newToken()),
  )
}

async function withDatabase<T>(use: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfigOrExit(process.env)
  const database = await openDatabase(config.database)
  try {
    return await use(database)
  } finally {
    await database.close()
  }
}

/** `blockgov assess report <evaluationId> [version] --format md|html`: prints a published report. */
export async function assessReport(
  evaluationId: string,
  version: string | undefined,
  options: { format: string },
): Promise<void> {
  process.stdout.write(
    await withDatabase((database) => assessReportText(database, evaluationId, version ?? '1', options.format)),
  )
}

/** `blockgov assess examples --email <organiser>`: loads the illustrative examples and prints their ids. */
export async function assessExamples(options: { email: string }): Promise<void> {
  const { ids, created } = await withDatabase((database) => loadAssessExamples(database, options.email))
  const already = ids.length - created
  const note = already === 0 ? '' : ` (${already} of them already were)`
  process.stdout.write(
    `blockgov: ${ids.length} illustrative evaluations published${note}\n${ids.map((id) => `  ${id}\n`).join('')}`,
  )
}
