import { renderMarkdown, type SessionReport } from '@blockgov/sprint'
import { renderMarkdownPdf } from '../pdf/markdown-pdf.ts'

/** The session report as a tagged PDF, from its Markdown rendering: one source of wording for every format. */
export function renderPdf(report: SessionReport): Promise<Buffer> {
  return renderMarkdownPdf(renderMarkdown(report), {
    title: report.title,
    author: report.organiser,
    subject: 'Session report',
  })
}
