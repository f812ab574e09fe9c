import { describe, expect, it } from 'vitest'
import { findSource } from '../sources/registry.ts'
import { lessons } from './lessons.ts'
import { lessonPackMarkdown, lessonSources, lessonToMarkdown } from './markdown.ts'

const hashes = lessons.find((l) => l.slug === 'hashes')
if (hashes === undefined) throw new Error('hashes lesson missing')

describe('lessonToMarkdown', () => {
  const md = lessonToMarkdown(hashes)

  it('has the title, every section heading and every paragraph', () => {
    expect(md).toContain(`## ${hashes.title}`)
    for (const section of hashes.sections) {
      expect(md).toContain(`### ${section.heading}`)
      for (const paragraph of section.paragraphs) expect(md).toContain(paragraph)
    }
  })

  it('names each section’s sources', () => {
    expect(md).toContain(`Sources: ${findSource('fips-180-4')?.short}; ${findSource('nistir-8202')?.short}.`)
  })

  it('lists every question with its options, the right answer and the explanation', () => {
    const question = hashes.quiz[1]
    expect(question).toBeDefined()
    if (question === undefined) return
    expect(md).toContain(`2. ${question.prompt}`)
    expect(md).toContain(`   - C. ${question.options[2]}`)
    expect(md).toContain(`   - Answer: C. ${question.explanation}`)
  })

  it('escapes Markdown characters in lesson text', () => {
    const md2 = lessonToMarkdown({ ...hashes, summary: 'A *bold* [link](x) claim here.' })
    expect(md2).toContain('A \\*bold\\* \\[link\\](x) claim here.')
  })
})

describe('lessonPackMarkdown', () => {
  const pack = lessonPackMarkdown(lessons, '2026-11-27')

  it('contains every lesson in order', () => {
    const positions = lessons.map((l) => pack.indexOf(`## ${l.title}`))
    expect(positions.every((p) => p > 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('ends with one full reference per cited source, with its address when known', () => {
    const refs = pack.slice(pack.indexOf('## References'))
    const ids = lessonSources(lessons)
    expect(ids.length).toBeGreaterThan(10)
    for (const id of ids) {
      const source = findSource(id)
      expect(refs, id).toContain(`- ${source?.short}`)
      if (source?.url !== undefined) expect(refs, id).toContain(source.url)
    }
  })
})
