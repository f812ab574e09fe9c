import { describe, expect, it } from 'vitest'
import {
  aggregate,
  DISAGREEMENT_GAP,
  type PanelMember,
  panelComposition,
  type ScoreEntry,
  summarise,
} from './aggregate.ts'

describe('summarise', () => {
  it('gives median, quartiles (linear interpolation), range and counts', () => {
    expect(summarise([4, 1, 3, 2])).toEqual({
      n: 4,
      rated: 4,
      cannotAssess: 0,
      median: 2.5,
      q1: 1.75,
      q3: 3.25,
      iqr: 1.5,
      min: 1,
      max: 4,
    })
  })

  it('takes the middle value of an odd count', () => {
    const s = summarise([0, 4, 2])
    expect([s.median, s.q1, s.q3, s.iqr]).toEqual([2, 1, 3, 2])
  })

  it('has zero spread when everyone agrees', () => {
    const s = summarise([3, 3, 3])
    expect([s.median, s.iqr, s.min, s.max]).toEqual([3, 0, 3, 3])
  })

  it('counts "cannot assess" but leaves it out of the statistics', () => {
    const s = summarise([0, 'cannot-assess', 4, 'cannot-assess'])
    expect(s).toMatchObject({ n: 4, rated: 2, cannotAssess: 2, median: 2, min: 0, max: 4 })
  })

  it('has no statistics when nobody could rate', () => {
    expect(summarise(['cannot-assess'])).toEqual({
      n: 1,
      rated: 0,
      cannotAssess: 1,
      median: null,
      q1: null,
      q3: null,
      iqr: null,
      min: null,
      max: null,
    })
    expect(summarise([]).n).toBe(0)
  })

  it('does not reorder its input', () => {
    const ratings = [3, 1, 2] as const
    summarise(ratings)
    expect(ratings).toEqual([3, 1, 2])
  })
})

const panel: PanelMember[] = [
  { id: 'gov-1', group: 'government' },
  { id: 'gov-2', group: 'government' },
  { id: 'cs-1', group: 'civil-society' },
  { id: 'tech-1', group: 'technical-community' },
  { id: 'undeclared', group: null },
]

const score = (evaluatorId: string, principleId: string, rating: ScoreEntry['rating']): ScoreEntry => ({
  evaluatorId,
  principleId,
  rating,
})

describe('aggregate', () => {
  const scores = [
    score('gov-1', 'p1', 4),
    score('gov-2', 'p1', 3),
    score('cs-1', 'p1', 1),
    score('tech-1', 'p1', 'cannot-assess'),
    score('gov-1', 'p2', 2),
    score('cs-1', 'p2', 3),
    score('tech-1', 'p2', 2),
  ]
  const result = aggregate(['p1', 'p2'], panel, scores)

  it('aggregates each principle overall and per declared group, groups in panel order', () => {
    const [p1] = result.principles
    expect(p1?.overall).toMatchObject({ n: 4, rated: 3, median: 3, min: 1, max: 4, cannotAssess: 1 })
    expect(p1?.byGroup.map((g) => [g.group, g.spread.median])).toEqual([
      ['government', 3.5],
      ['civil-society', 1],
      ['technical-community', null],
    ])
  })

  it(`flags a disagreement when group medians are ${DISAGREEMENT_GAP} or more apart, naming both ends`, () => {
    expect(result.principles[0]?.disagreement).toEqual({
      low: { group: 'civil-society', median: 1 },
      high: { group: 'government', median: 3.5 },
      gap: 2.5,
    })
  })

  it('does not flag a one-point difference', () => {
    expect(result.principles[1]?.disagreement).toBeNull()
  })

  it('flags exactly the gap of two (the boundary) as a disagreement', () => {
    const edge = aggregate(['p'], panel, [score('gov-1', 'p', 3), score('cs-1', 'p', 1)])
    expect(edge.principles[0]?.disagreement?.gap).toBe(2)
  })

  it('treats "cannot assess" as a transparency finding for that principle only', () => {
    expect(result.principles.map((p) => p.transparencyFinding)).toEqual([true, false])
  })

  it('aggregates per group across principles and overall', () => {
    expect(result.byGroup.find((g) => g.group === 'government')?.spread).toMatchObject({ n: 3, median: 3 })
    expect(result.overall).toMatchObject({ n: 7, rated: 6, cannotAssess: 1, median: 2.5, min: 1, max: 4 })
  })

  it('ignores scores of unknown evaluators and principles', () => {
    const noisy = aggregate(['p1'], panel, [
      score('stranger', 'p1', 0),
      score('gov-1', 'other', 0),
      score('gov-1', 'p1', 4),
    ])
    expect(noisy.overall).toMatchObject({ n: 1, median: 4 })
  })

  it('gives empty spreads for a principle nobody scored', () => {
    const empty = aggregate(['p1'], panel, [])
    expect(empty.principles[0]?.overall).toMatchObject({ n: 0, median: null })
    expect(empty.principles[0]?.disagreement).toBeNull()
  })
})

describe('panelComposition', () => {
  const three = [score('gov-1', 'p', 2), score('cs-1', 'p', 2), score('tech-1', 'p', 'cannot-assess')]

  it('is multistakeholder when the number of distinct groups reaches the threshold', () => {
    expect(panelComposition(panel, three, 3)).toEqual({
      groups: ['government', 'civil-society', 'technical-community'],
      evaluators: 3,
      threshold: 3,
      multistakeholder: true,
    })
  })

  it('is not multistakeholder one group below the threshold', () => {
    expect(panelComposition(panel, three, 4).multistakeholder).toBe(false)
    expect(panelComposition(panel, three.slice(0, 2), 3).multistakeholder).toBe(false)
  })

  it('counts distinct groups, not evaluators', () => {
    const sameGroup = [score('gov-1', 'p', 2), score('gov-2', 'p', 2), score('cs-1', 'p', 2)]
    const composition = panelComposition(panel, sameGroup, 3)
    expect([composition.evaluators, composition.groups.length, composition.multistakeholder]).toEqual([3, 2, false])
  })

  it('counts only evaluators who scored and declared a group', () => {
    const undeclared = [score('gov-1', 'p', 2), score('cs-1', 'p', 2), score('undeclared', 'p', 2)]
    expect(panelComposition(panel, undeclared, 3).groups).toEqual(['government', 'civil-society'])
    expect(panelComposition(panel, [], 1).multistakeholder).toBe(false)
  })

  it('honours a configured threshold, including a lower one', () => {
    expect(panelComposition(panel, three.slice(0, 2), 2).multistakeholder).toBe(true)
  })
})
