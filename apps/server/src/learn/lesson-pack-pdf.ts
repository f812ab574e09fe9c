import { renderMarkdownPdf } from '../pdf/markdown-pdf.ts'

/** The lesson pack as a tagged PDF, each lesson (a second-level section) starting on its own page. */
export function renderLessonPackPdf(markdown: string): Promise<Buffer> {
  return renderMarkdownPdf(markdown, {
    title: 'Learn: blockchain in plain language (lesson pack)',
    author: 'blockgov',
    subject: 'Lesson pack',
    pageBreakBeforeH2: true,
  })
}
