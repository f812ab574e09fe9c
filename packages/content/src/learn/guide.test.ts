import { describe, expect, it } from 'vitest'
import { facilitatorGuide } from './guide.ts'
import { findLesson } from './lessons.ts'
import { readability } from './readability.ts'
import { demoIds } from './schema.ts'

describe('facilitatorGuide', () => {
  const { steps } = facilitatorGuide

  it('fills exactly 60 minutes with back-to-back steps', () => {
    expect(steps[0]?.start).toBe(0)
    expect(steps.at(-1)?.end).toBe(60)
    steps.forEach((step, i) => {
      expect(step.end).toBeGreaterThan(step.start)
      if (i > 0) expect(step.start).toBe(steps[i - 1]?.end)
    })
  })

  it('uses every demo', () => {
    expect(new Set(steps.flatMap((s) => s.demos))).toEqual(new Set(demoIds))
  })

  it('points each step to an existing lesson', () => {
    for (const step of steps) expect(findLesson(step.lesson), step.title).toBeDefined()
  })

  it('is written in plain language (grade 9 or below)', () => {
    const text = [
      ...facilitatorGuide.preparation,
      ...steps.flatMap((s) => [`${s.title}.`, ...s.activity]),
      ...facilitatorGuide.accessibility,
      ...facilitatorGuide.afterwards,
    ].join('\n')
    expect(readability(text).grade).toBeLessThanOrEqual(9)
  })
})
