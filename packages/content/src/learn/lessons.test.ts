import { describe, expect, it } from 'vitest'
import { findCitationProblems } from '../check-citations.ts'
import { findLesson, lessons, lessonsLastChecked, readingMinutes } from './lessons.ts'
import { readability } from './readability.ts'
import { Lesson, lessonSlugs } from './schema.ts'

describe('lessons', () => {
  it('are the twelve agreed lessons, in teaching order', () => {
    expect(lessons.map((lesson) => lesson.slug)).toEqual([...lessonSlugs])
  })

  it.each(lessons.map((lesson) => [lesson.slug, lesson] as const))('%s matches the schema', (_, lesson) => {
    const result = Lesson.safeParse(lesson)
    expect(result.success, result.error?.message).toBe(true)
  })

  it('cite only registry sources, in every section', () => {
    const claims = lessons.flatMap((lesson) =>
      lesson.sections.map((section) => ({ id: `${lesson.slug}/${section.id}`, citations: section.citations })),
    )
    expect(findCitationProblems(claims)).toEqual([])
  })

  it('have unique section and question ids within each lesson', () => {
    for (const lesson of lessons) {
      const sections = lesson.sections.map((s) => s.id)
      const questions = lesson.quiz.map((q) => q.id)
      expect(new Set(sections).size, lesson.slug).toBe(sections.length)
      expect(new Set(questions).size, lesson.slug).toBe(questions.length)
    }
  })

  it.each(lessons.map((lesson) => [lesson.slug, lesson] as const))(
    '%s reads at Flesch–Kincaid grade 9 or below',
    (_, lesson) => {
      const body = lesson.sections.flatMap((s) => [`${s.heading}.`, ...s.paragraphs]).join('\n')
      const stats = readability(body)
      expect(stats.grade, JSON.stringify(stats)).toBeLessThanOrEqual(9)
    },
  )

  it.each(lessons.map((lesson) => [lesson.slug, lesson] as const))('%s takes 5 to 10 minutes', (_, lesson) => {
    const minutes = readingMinutes(lesson)
    expect(minutes).toBeGreaterThanOrEqual(5)
    expect(minutes).toBeLessThanOrEqual(10)
  })

  it('do not reveal the answer by always putting it in the same place', () => {
    const positions = new Set(lessons.flatMap((lesson) => lesson.quiz.map((q) => q.answer)))
    expect(positions.size).toBeGreaterThan(1)
  })

  it('report the newest check date of any lesson, never a future one', () => {
    expect(lessons.every((l) => l.checked <= lessonsLastChecked)).toBe(true)
    expect(lessons.some((l) => l.checked === lessonsLastChecked)).toBe(true)
    expect(lessonsLastChecked <= '2026-11-27').toBe(true)
  })

  it('finds a lesson by slug and nothing else', () => {
    expect(findLesson('hashes')?.slug).toBe('hashes')
    expect(findLesson('constructor')).toBeUndefined()
  })
})

describe('Lesson schema', () => {
  const lesson = lessons[0]
  it('rejects a quiz answer that points past the options', () => {
    const broken = { ...lesson, quiz: [{ ...lesson?.quiz[0], answer: 9 }, ...(lesson?.quiz.slice(1) ?? [])] }
    expect(Lesson.safeParse(broken).success).toBe(false)
  })

  it('rejects a section without citations', () => {
    const broken = {
      ...lesson,
      sections: [{ ...lesson?.sections[0], citations: [] }, ...(lesson?.sections.slice(1) ?? [])],
    }
    expect(Lesson.safeParse(broken).success).toBe(false)
  })

  it('rejects an unknown demo id', () => {
    expect(Lesson.safeParse({ ...lesson, relatedDemos: ['teleport'] }).success).toBe(false)
  })
})
