import { lessonPackMarkdown, lessons } from '@blockgov/content'
import { describe, expect, it } from 'vitest'
import { renderLessonPackPdf } from './lesson-pack-pdf.ts'

describe('renderLessonPackPdf', () => {
  it('writes a tagged PDF with language, title, structure and an embedded Unicode font', async () => {
    const pdf = (await renderLessonPackPdf(lessonPackMarkdown(lessons, '2026-11-27'))).toString('latin1')
    expect(pdf.startsWith('%PDF-1.7')).toBe(true)
    expect(pdf).toContain('/StructTreeRoot')
    expect(pdf).toContain('/Marked true')
    expect(pdf).toContain('/Lang (en)')
    expect(pdf).toContain('/DisplayDocTitle true')
    expect(pdf).toMatch(/\/S \/H1/)
    expect(pdf).toMatch(/\/S \/H2/)
    expect(pdf).toMatch(/\/S \/LI/)
    expect(pdf).toContain('/ToUnicode') // glyphs map back to text: selectable and searchable
    expect(pdf).toContain('DejaVuSans')
  })

  it('starts each of the twelve lessons on its own page', async () => {
    const pdf = (await renderLessonPackPdf(lessonPackMarkdown(lessons, '2026-11-27'))).toString('latin1')
    const pages = pdf.match(/\/Type \/Page\b/g)?.length ?? 0
    expect(pages).toBeGreaterThanOrEqual(lessons.length)
  })
})
