import { demoIds, lessons } from '@blockgov/content'
import { describe, expect, it } from 'vitest'
import { demoCatalogue, findDemo } from './demos/catalogue.ts'

describe('lessons and demos link both ways', () => {
  it('the content package and the demo catalogue agree on the demo ids', () => {
    expect(demoCatalogue.map((demo) => demo.id)).toEqual([...demoIds])
  })

  it('every demo a lesson names exists', () => {
    for (const lesson of lessons)
      for (const id of lesson.relatedDemos) expect(findDemo(id), `${lesson.slug} → ${id}`).toBeDefined()
  })

  it('every demo’s lesson exists and names the demo back', () => {
    for (const demo of demoCatalogue) {
      const lesson = lessons.find((l) => l.slug === demo.lesson)
      expect(lesson, demo.id).toBeDefined()
      expect(lesson?.relatedDemos, demo.id).toContain(demo.id)
    }
  })
})
