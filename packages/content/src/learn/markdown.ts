import { formatReference } from '../privacy/check/markdown.ts'
import { findSource } from '../sources/registry.ts'
import type { Lesson } from './schema.ts'

/** Markdown characters in free text are escaped so lesson text cannot inject formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1')
}

const letters = 'ABCDE'

/**
 * One lesson as Markdown, for print and the PDF pack: sections with their sources, then the quiz with the
 * right answers and explanations (a printed pack is for facilitators and self-study, so answers are included).
 */
export function lessonToMarkdown(lesson: Lesson): string {
  const out: string[] = [`## ${escapeMarkdown(lesson.title)}`, '', escapeMarkdown(lesson.summary), '']
  out.push('You will learn to:', '')
  for (const objective of lesson.objectives) out.push(`- ${escapeMarkdown(objective)}`)
  out.push('')
  for (const section of lesson.sections) {
    out.push(`### ${escapeMarkdown(section.heading)}`, '')
    for (const paragraph of section.paragraphs) out.push(escapeMarkdown(paragraph), '')
    const cited = section.citations.map((c) => {
      const source = findSource(c.source)
      const name = source?.short ?? c.source
      return escapeMarkdown(c.pinpoint === undefined ? name : `${name} ${c.pinpoint}`)
    })
    out.push(`Sources: ${cited.join('; ')}.`, '')
  }
  out.push('### Quiz', '')
  lesson.quiz.forEach((question, index) => {
    out.push(`${index + 1}. ${escapeMarkdown(question.prompt)}`)
    question.options.forEach((option, i) => {
      out.push(`   - ${letters[i]}. ${escapeMarkdown(option)}`)
    })
    out.push(`   - Answer: ${letters[question.answer]}. ${escapeMarkdown(question.explanation)}`, '')
  })
  return out.join('\n')
}

/** Every source the given lessons cite, once each, in order of first citation. */
export function lessonSources(list: readonly Lesson[]): string[] {
  const ids = new Set<string>()
  for (const lesson of list) for (const s of lesson.sections) for (const c of s.citations) ids.add(c.source)
  return [...ids]
}

/**
 * The lesson pack: a title page text, every lesson, and the full references of every cited source.
 *
 * @example
 * lessonPackMarkdown(lessons).startsWith('# Learn: blockchain in plain language') // true
 */
export function lessonPackMarkdown(list: readonly Lesson[], checked: string): string {
  const out = [
    '# Learn: blockchain in plain language',
    '',
    `Lesson pack from blockgov, ${list.length} lessons with quizzes. Facts checked on ${checked}. Every section names its sources; full references are at the end.`,
    '',
  ]
  for (const lesson of list) out.push(lessonToMarkdown(lesson), '')
  out.push('## References', '')
  for (const id of lessonSources(list)) {
    const source = findSource(id)
    if (source === undefined) continue
    const url = source.url === undefined ? '' : ` ${source.url}`
    out.push(`- ${escapeMarkdown(source.short)}: ${escapeMarkdown(formatReference(source))}${url}`)
  }
  return `${out.join('\n')}\n`
}
