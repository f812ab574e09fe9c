import { renderMarkdownPdf } from '../pdf/markdown-pdf.ts'

/** An evaluation report as a tagged PDF, from its Markdown rendering. */
export function renderAssessPdf(title: string, markdown: string): Promise<Buffer> {
  return renderMarkdownPdf(markdown, { title, subject: 'Evaluation report' })
}
