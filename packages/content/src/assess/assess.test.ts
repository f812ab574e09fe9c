import { describe, expect, it } from 'vitest'
import { findCitationProblems } from '../check-citations.ts'
import { assessClaims } from './dataset.ts'
import { illustrativeEvaluations } from './examples.ts'
import { walkGate } from './flow.ts'
import { gateFlow } from './gate.ts'
import { principleSet } from './principles.ts'
import { ratingScale } from './scale.ts'
import { GateFlow, PrincipleSet, RatingAnchor } from './schema.ts'
import { stakeholderGroups } from './stakeholders.ts'

const principleIds = principleSet.principles.map((p) => p.id)

describe('assess principles', () => {
  it('match the schema, with at least eight principles', () => {
    expect(PrincipleSet.safeParse(principleSet).error?.issues ?? []).toEqual([])
    expect(principleSet.principles.length).toBeGreaterThanOrEqual(8)
  })

  it('every principle, gate node, example fact and the stakeholder list cite known sources', () => {
    expect(findCitationProblems(assessClaims())).toEqual([])
  })

  it('keep the ids stored scores refer to (renaming one would orphan published reports)', () => {
    expect(principleIds).toEqual([
      'necessity',
      'transparency',
      'data-protection',
      'inclusion',
      'accountability',
      'interoperability',
      'sustainability',
      'exit',
      'multistakeholder',
    ])
    expect(stakeholderGroups.map((g) => g.id)).toEqual([
      'government',
      'private-sector',
      'civil-society',
      'technical-community',
      'academia',
    ])
  })
})

describe('rating scale', () => {
  it('anchors 0 to 4, each once, in order', () => {
    for (const anchor of ratingScale) expect(RatingAnchor.safeParse(anchor).success).toBe(true)
    expect(ratingScale.map((a) => a.value)).toEqual([0, 1, 2, 3, 4])
  })
})

describe('gate flow', () => {
  const byId = new Map<string, (typeof gateFlow.nodes)[number]>(gateFlow.nodes.map((n) => [n.id, n]))

  it('matches the schema, with unique ids and no dangling references', () => {
    expect(GateFlow.safeParse(gateFlow).error?.issues ?? []).toEqual([])
    expect(byId.size).toBe(gateFlow.nodes.length)
    expect(byId.get(gateFlow.start)?.kind).toBe('question')
    for (const node of gateFlow.nodes) {
      if (node.kind === 'question') {
        expect(byId.has(node.yes), `${node.id}.yes`).toBe(true)
        expect(byId.has(node.no), `${node.id}.no`).toBe(true)
      }
    }
  })

  it('is a DAG in which every path from the start ends at an outcome, and every node is reachable', () => {
    const reached = new Set<string>()
    const visit = (id: string, path: readonly string[]): void => {
      expect(path, `cycle through ${id}`).not.toContain(id)
      reached.add(id)
      const node = byId.get(id)
      if (node?.kind === 'question') {
        visit(node.yes, [...path, id])
        visit(node.no, [...path, id])
      }
    }
    visit(gateFlow.start, [])
    expect([...reached].sort()).toEqual([...byId.keys()].sort())
  })

  it('walks answers to an outcome and records the path', () => {
    const walk = walkGate({ 'store-state': true, 'multiple-writers': false })
    expect(walk.done && walk.outcome.id).toBe('central-database')
    expect(walk.steps.map((s) => [s.question.id, s.answer])).toEqual([
      ['store-state', true],
      ['multiple-writers', false],
    ])
  })

  it('stops at the first unanswered question and ignores answers off the path', () => {
    const walk = walkGate({ 'store-state': true, 'public-verifiability': true })
    expect(walk.done).toBe(false)
    if (!walk.done) expect(walk.next.id).toBe('multiple-writers')
    expect(walk.steps).toHaveLength(1)
  })

  it('reaches every outcome for some set of answers', () => {
    const outcomes = new Set<string>()
    const explore = (answers: Record<string, boolean>): void => {
      const walk = walkGate(answers)
      if (walk.done) outcomes.add(walk.outcome.id)
      else for (const answer of [true, false]) explore({ ...answers, [walk.next.id]: answer })
    }
    explore({})
    expect([...outcomes].sort()).toEqual(
      gateFlow.nodes
        .filter((n) => n.kind === 'outcome')
        .map((n) => n.id)
        .sort(),
    )
  })
})

describe('illustrative evaluations', () => {
  it('are at least two, each with a complete gate path and a rating from every panel member for every principle', () => {
    expect(illustrativeEvaluations.length).toBeGreaterThanOrEqual(2)
    for (const example of illustrativeEvaluations) {
      expect(walkGate(example.gateAnswers).done, example.id).toBe(true)
      expect(example.scores.map((s) => s.principle)).toEqual(principleIds)
      for (const score of example.scores)
        expect(score.ratings, `${example.id}/${score.principle}`).toHaveLength(example.panel.length)
      expect(new Set(example.panel.map((m) => m.group)).size).toBeGreaterThanOrEqual(3)
      for (const link of example.initiative.links) expect(new URL(link).protocol).toMatch(/^https?:$/)
    }
  })
})
