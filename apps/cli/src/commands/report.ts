import { loadConfigOrExit } from '@blockgov/config'
import { openDatabase } from '@blockgov/db'
import { renderPdf, sessionReport } from '@blockgov/server'
import { renderHtml, renderMarkdown } from '@blockgov/sprint'
import { z } from 'zod'

export interface ReportOptions {
  readonly format: string
  readonly organiser?: string
  readonly sessionType: string
  readonly sdgs?: string
}

const Format = z.enum(['md', 'html', 'pdf'])
const Sdg = z.coerce.number().int().min(1).max(17)
const Sdgs = z.array(Sdg)

/** `blockgov report <sessionId> --format md|html`: prints the session report to standard output. */
export async function report(sessionId: string, options: ReportOptions): Promise<void> {
  const format = Format.safeParse(options.format)
  if (!format.success) throw new Error(`--format must be md, html or pdf, not "${options.format}"`)
  const sdgs = Sdgs.safeParse((options.sdgs ?? '').split(',').filter((n) => n.trim() !== ''))
  if (!sdgs.success) throw new Error('--sdgs must be a comma-separated list of SDG numbers (1 to 17), e.g. 4,9,16')
  if (!z.uuid().safeParse(sessionId).success) throw new Error(`"${sessionId}" is not a session id`)
  const config = loadConfigOrExit(process.env)
  const database = await openDatabase(config.database)
  try {
    const drafted = await sessionReport(database, sessionId, {
      organiser: options.organiser,
      sessionType: options.sessionType,
      sdgs: sdgs.data,
    })
    if (drafted === null) throw new Error(`no session ${sessionId}`)
    if (format.data === 'pdf') process.stdout.write(await renderPdf(drafted))
    else process.stdout.write(format.data === 'md' ? renderMarkdown(drafted) : renderHtml(drafted))
  } finally {
    await database.close()
  }
}
