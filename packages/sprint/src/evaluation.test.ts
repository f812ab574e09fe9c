import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type Criterion,
  checkDotBudget,
  DISAGREEMENT_THRESHOLD,
  type DotVote,
  defaultCriteria,
  evaluateIdeas,
  type IdeaResult,
  MIN_BREAKDOWN_RATERS,
  type Score,
  tallyDots,
} from './evaluation.ts'
import { type StakeholderGroup, stakeholderGroups } from './people.ts'

const nobody = (): StakeholderGroup | undefined => undefined

/** Scores `values` for a rater on the criteria in order. */
function rate(raterId: string, ideaId: string, criteria: readonly Criterion[], values: readonly number[]): Score[] {
  return criteria.flatMap((c, i) => {
    const value = values[i]
    return value === undefined ? [] : [{ raterId, ideaId, criterionId: c.id, value }]
  })
}

function only(results: readonly IdeaResult[]): IdeaResult {
  const [first] = results
  if (first === undefined || results.length !== 1) throw new Error('expected exactly one result')
  return first
}

const twoToOne: Criterion[] = [
  { id: 'a', label: 'A', weight: 2 },
  { id: 'b', label: 'B', weight: 1 },
]
const even: Criterion[] = [
  { id: 'a', label: 'A', weight: 1 },
  { id: 'b', label: 'B', weight: 1 },
]

describe('evaluateIdeas', () => {
  it('computes per-criterion means, the weighted mean and the spread by hand', () => {
    const scores = [
      ...rate('r1', 'i1', twoToOne, [4, 1]),
      ...rate('r2', 'i1', twoToOne, [2, 5]),
      ...rate('r3', 'i1', twoToOne, [0]), // scores only A
    ]
    // A: (4 + 2 + 0) / 3 = 2 over 3 scores; B: (1 + 5) / 2 = 3 over 2 scores.
    // weightedMean = (2·2 + 1·3) / (2 + 1) = 7/3.
    // Own scores of complete raters: r1 = (2·4 + 1·1) / 3 = 3, r2 = (2·2 + 1·5) / 3 = 3; r3 is partial and left
    // out, so the spread is 0.
    const result = only(evaluateIdeas(['i1'], twoToOne, scores, nobody))
    expect(result).toEqual({
      ideaId: 'i1',
      raters: 3,
      weightedMean: 7 / 3,
      perCriterion: [
        { criterionId: 'a', mean: 2, count: 3 },
        { criterionId: 'b', mean: 3, count: 2 },
      ],
      spread: 0,
      highDisagreement: false,
      byStakeholder: [],
    })
  })

  it('weights only the criteria that have scores', () => {
    // Only B is scored: (1·4) / 1 = 4, even though A weighs twice as much.
    const result = only(
      evaluateIdeas(['i1'], twoToOne, [{ raterId: 'r', ideaId: 'i1', criterionId: 'b', value: 4 }], nobody),
    )
    expect(result.weightedMean).toBe(4)
    expect(result.perCriterion).toEqual([
      { criterionId: 'a', mean: null, count: 0 },
      { criterionId: 'b', mean: 4, count: 1 },
    ])
  })

  it('returns nulls for an unscored idea', () => {
    expect(only(evaluateIdeas(['i1'], defaultCriteria, [], nobody))).toEqual({
      ideaId: 'i1',
      raters: 0,
      weightedMean: null,
      perCriterion: defaultCriteria.map((c) => ({ criterionId: c.id, mean: null, count: 0 })),
      spread: null,
      highDisagreement: false,
      byStakeholder: [],
    })
  })

  it('needs two complete raters for a spread', () => {
    const scores = [...rate('r1', 'i1', even, [5, 5]), ...rate('r2', 'i1', even, [0])]
    expect(only(evaluateIdeas(['i1'], even, scores, nobody)).spread).toBeNull()
  })

  it('flags disagreement from the threshold on', () => {
    expect(DISAGREEMENT_THRESHOLD).toBe(1.25)
    // Own scores 5 and (2 + 3) / 2 = 2.5: mean 3.75, deviations ±1.25, spread exactly 1.25.
    const atThreshold = [...rate('r1', 'i1', even, [5, 5]), ...rate('r2', 'i1', even, [2, 3])]
    // Own scores 4.5 and 2.5: deviations ±1, spread 1.
    const below = [...rate('r1', 'i2', even, [5, 4]), ...rate('r2', 'i2', even, [2, 3])]
    const results = evaluateIdeas(['i1', 'i2'], even, [...atThreshold, ...below], nobody)
    const byId = new Map(results.map((r) => [r.ideaId, r]))
    expect(byId.get('i1')).toMatchObject({ spread: 1.25, highDisagreement: true })
    expect(byId.get('i2')).toMatchObject({ spread: 1, highDisagreement: false })
  })

  it('ignores unknown ideas and criteria, and keeps the last of duplicate scores', () => {
    const scores: Score[] = [
      { raterId: 'r', ideaId: 'i1', criterionId: 'a', value: 1 },
      { raterId: 'r', ideaId: 'i1', criterionId: 'a', value: 3 }, // replaces the 1
      { raterId: 'r', ideaId: 'i1', criterionId: 'nope', value: 0 },
      { raterId: 'x', ideaId: 'gone', criterionId: 'a', value: 0 },
    ]
    const result = only(evaluateIdeas(['i1'], even, scores, nobody))
    expect(result).toMatchObject({ raters: 1, weightedMean: 3 })
    expect(result.perCriterion[0]).toEqual({ criterionId: 'a', mean: 3, count: 1 })
  })

  it('does not divide by zero when the only scored criteria weigh nothing (weights are validated by commands)', () => {
    const zero: Criterion[] = [{ id: 'a', label: 'A', weight: 0 }]
    const scores = [...rate('r1', 'i1', zero, [3]), ...rate('r2', 'i1', zero, [4])]
    expect(only(evaluateIdeas(['i1'], zero, scores, nobody))).toMatchObject({
      raters: 2,
      weightedMean: null,
      spread: null,
      highDisagreement: false,
      byStakeholder: [],
    })
  })

  it('sorts by weighted mean descending, unscored last, ties in input order', () => {
    const scores = [
      ...rate('r', 'x', even, [3, 3]),
      ...rate('r', 'z', even, [4, 4]),
      ...rate('r', 'w', even, [2, 4]), // also 3: ties with x, listed after it
    ]
    const order = evaluateIdeas(['y', 'x', 'z', 'w'], even, scores, nobody).map((r) => [r.ideaId, r.weightedMean])
    expect(order).toEqual([
      ['z', 4],
      ['x', 3],
      ['w', 3],
      ['y', null],
    ])
  })

  describe('stakeholder breakdown', () => {
    const groups: Record<string, StakeholderGroup> = {
      g1: 'government',
      g2: 'government',
      c1: 'civil-society',
      c2: 'civil-society',
      c3: 'civil-society',
      a1: 'academia',
    }
    const of = (raterId: string) => groups[raterId]
    const flat = (raterId: string, value: number) => rate(raterId, 'i1', defaultCriteria, [value, value, value])

    it('shows groups of at least MIN_BREAKDOWN_RATERS and suppresses smaller ones', () => {
      expect(MIN_BREAKDOWN_RATERS).toBe(2)
      // Government (4 + 2) / 2 = 3; civil society (1 + 2 + 3) / 3 = 2; academia has one rater and is hidden;
      // 'n1' did not consent. Left out: a1 and n1, two people, so nothing more needs hiding.
      const scores = [...flat('g1', 4), ...flat('g2', 2), ...flat('c1', 1), ...flat('c2', 2), ...flat('c3', 3)]
      const result = only(evaluateIdeas(['i1'], defaultCriteria, [...scores, ...flat('a1', 5), ...flat('n1', 0)], of))
      expect(result.byStakeholder).toEqual([
        { stakeholder: 'government', raters: 2, weightedMean: 3 },
        { stakeholder: 'civil-society', raters: 3, weightedMean: 2 },
      ])
    })

    it('also hides the smallest shown group when a single rater would be left out', () => {
      // Without it, a1's score = 6 × overall − 2 × government − 3 × civil society.
      const scores = [...flat('g1', 4), ...flat('g2', 2), ...flat('c1', 1), ...flat('c2', 2), ...flat('c3', 3)]
      const result = only(evaluateIdeas(['i1'], defaultCriteria, [...scores, ...flat('a1', 5)], of))
      expect(result.byStakeholder).toEqual([{ stakeholder: 'civil-society', raters: 3, weightedMean: 2 }])
    })

    it('shows nothing when nobody consented', () => {
      const scores = [...flat('g1', 4), ...flat('g2', 2)]
      expect(only(evaluateIdeas(['i1'], defaultCriteria, scores, nobody)).byStakeholder).toEqual([])
    })
  })
})

describe('tallyDots', () => {
  it('totals dots and voters, keeps ideas without dots, sorts descending with ties in input order', () => {
    const votes: DotVote[] = [
      { voterId: 'v1', ideaId: 'b', dots: 2 },
      { voterId: 'v2', ideaId: 'b', dots: 1 },
      { voterId: 'v1', ideaId: 'c', dots: 3 },
      { voterId: 'v1', ideaId: 'gone', dots: 9 },
    ]
    expect(tallyDots(['a', 'b', 'c'], votes)).toEqual([
      { ideaId: 'b', dots: 3, voters: 2 },
      { ideaId: 'c', dots: 3, voters: 1 },
      { ideaId: 'a', dots: 0, voters: 0 },
    ])
  })

  it('keeps the last vote per voter and idea', () => {
    const votes: DotVote[] = [
      { voterId: 'v1', ideaId: 'a', dots: 3 },
      { voterId: 'v1', ideaId: 'a', dots: 1 },
    ]
    expect(tallyDots(['a'], votes)).toEqual([{ ideaId: 'a', dots: 1, voters: 1 }])
  })
})

describe('checkDotBudget', () => {
  const votes: DotVote[] = [
    { voterId: 'v1', ideaId: 'a', dots: 2 },
    { voterId: 'v1', ideaId: 'b', dots: 3 },
    { voterId: 'v2', ideaId: 'a', dots: 5 },
  ]

  it('accepts a voter at or under the budget, counting only their own dots', () => {
    expect(checkDotBudget(votes, 'v1', 5)).toEqual({ ok: true })
    expect(checkDotBudget(votes, 'nobody', 0)).toEqual({ ok: true })
  })

  it('returns DOTS_EXCEEDED with the dots used and allowed', () => {
    expect(checkDotBudget(votes, 'v1', 4)).toEqual({ ok: false, code: 'DOTS_EXCEEDED', used: 5, allowed: 4 })
  })

  it('counts a changed vote on an idea once, not twice', () => {
    expect(checkDotBudget([...votes, { voterId: 'v1', ideaId: 'b', dots: 1 }], 'v1', 3)).toEqual({ ok: true })
  })
})

describe('evaluateIdeas properties', () => {
  const raters = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6']
  const ideaIds = ['i1', 'i2', 'i3']
  const criteriaArb = fc
    .uniqueArray(fc.constantFrom('c1', 'c2', 'c3', 'c4'), { minLength: 1, maxLength: 4 })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((id) => fc.double({ min: 0.01, max: 10, noNaN: true }).map((weight) => ({ id, label: id, weight }))),
      ),
    )
  const scoreArb = fc.record({
    raterId: fc.constantFrom(...raters),
    ideaId: fc.constantFrom(...ideaIds, 'unknown'),
    criterionId: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5'),
    value: fc.integer({ min: 0, max: 5 }),
  })
  /** Unique (rater, idea, criterion), as the reducer guarantees, so the order of scores carries no meaning. */
  const scoresArb = fc.uniqueArray(scoreArb, { selector: (s) => `${s.raterId}\u0000${s.ideaId}\u0000${s.criterionId}` })
  const stakeholdersArb = fc
    .array(fc.option(fc.constantFrom(...stakeholderGroups), { nil: undefined }), {
      minLength: raters.length,
      maxLength: raters.length,
    })
    .map((groups) => (raterId: string) => groups[raters.indexOf(raterId)])

  it('keeps every mean within 0..5 and never shows a group small enough to single someone out', () => {
    fc.assert(
      fc.property(criteriaArb, fc.array(scoreArb), stakeholdersArb, (criteria, scores, of) => {
        for (const r of evaluateIdeas(ideaIds, criteria, scores, of)) {
          if (r.weightedMean !== null) {
            expect(r.weightedMean).toBeGreaterThanOrEqual(0)
            expect(r.weightedMean).toBeLessThanOrEqual(5 + 1e-9)
          }
          if (r.spread !== null) expect(r.spread).toBeLessThanOrEqual(2.5 + 1e-9)
          expect(r.highDisagreement).toBe(r.spread !== null && r.spread >= DISAGREEMENT_THRESHOLD)
          for (const s of r.byStakeholder) {
            expect(s.raters).toBeGreaterThanOrEqual(MIN_BREAKDOWN_RATERS)
            expect(s.weightedMean).toBeGreaterThanOrEqual(0)
            expect(s.weightedMean).toBeLessThanOrEqual(5 + 1e-9)
          }
          const leftOut = r.raters - r.byStakeholder.reduce((n, s) => n + s.raters, 0)
          if (r.byStakeholder.length > 0) expect(leftOut === 0 || leftOut >= MIN_BREAKDOWN_RATERS).toBe(true)
        }
      }),
    )
  })

  it('does not depend on the order of the scores', () => {
    const shuffled = scoresArb.chain((scores) =>
      fc.tuple(
        fc.constant(scores),
        fc.shuffledSubarray(scores, { minLength: scores.length, maxLength: scores.length }),
      ),
    )
    fc.assert(
      fc.property(criteriaArb, shuffled, stakeholdersArb, (criteria, [scores, permuted], of) => {
        expect(evaluateIdeas(ideaIds, criteria, permuted, of)).toEqual(evaluateIdeas(ideaIds, criteria, scores, of))
      }),
    )
  })

  it('gives the same weighted means when every weight is scaled by a positive constant', () => {
    fc.assert(
      fc.property(criteriaArb, scoresArb, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (criteria, scores, k) => {
        const scaled = criteria.map((c) => ({ ...c, weight: c.weight * k }))
        const means = (cs: readonly Criterion[]) =>
          new Map(evaluateIdeas(ideaIds, cs, scores, nobody).map((r) => [r.ideaId, r.weightedMean]))
        const before = means(criteria)
        const after = means(scaled)
        for (const id of ideaIds) {
          const b = before.get(id)
          const a = after.get(id)
          if (b === null || b === undefined || a === null || a === undefined) expect(a).toBe(b)
          else expect(Math.abs(a - b)).toBeLessThan(1e-9)
        }
      }),
    )
  })
})
