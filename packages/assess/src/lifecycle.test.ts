import { describe, expect, it } from 'vitest'
import {
  type EvaluationAction,
  type EvaluationStatus,
  evaluationActions,
  evaluationStatuses,
  mayComment,
  mayDeclare,
  mayEditConclusions,
  mayEditSetup,
  mayWriteScore,
  type TransitionContext,
  transition,
} from './lifecycle.ts'

const ready: TransitionContext = { gateComplete: true, publishedVersions: 0, changelog: '' }

describe('transition', () => {
  it('runs draft → panel open → panel closed → comment → published', () => {
    const steps: [EvaluationStatus, EvaluationAction, EvaluationStatus][] = [
      ['draft', 'open-panel', 'panel-open'],
      ['panel-open', 'close-panel', 'panel-closed'],
      ['panel-closed', 'open-comment', 'comment'],
      ['comment', 'publish', 'published'],
    ]
    for (const [from, action, to] of steps) expect(transition(from, action, ready)).toEqual({ ok: true, value: to })
  })

  it('lets the organiser skip the comment period', () => {
    expect(transition('panel-closed', 'publish', ready)).toEqual({ ok: true, value: 'published' })
  })

  it('refuses every transition not in the table', () => {
    const allowed = new Set([
      'draft/open-panel',
      'panel-open/close-panel',
      'panel-closed/open-comment',
      'panel-closed/publish',
      'comment/publish',
      'published/revise',
    ])
    for (const status of evaluationStatuses) {
      for (const action of evaluationActions) {
        if (allowed.has(`${status}/${action}`)) continue
        expect(transition(status, action, ready), `${status}/${action}`).toEqual({
          ok: false,
          code: 'ASSESS_WRONG_STATE',
        })
      }
    }
  })

  it('opens the panel only once the gate is answered', () => {
    expect(transition('draft', 'open-panel', { ...ready, gateComplete: false })).toEqual({
      ok: false,
      code: 'ASSESS_GATE_INCOMPLETE',
    })
  })

  it('requires a changelog entry for every version after the first', () => {
    const second = { ...ready, publishedVersions: 1 }
    expect(transition('panel-closed', 'publish', { ...second, changelog: '  ' })).toEqual({
      ok: false,
      code: 'ASSESS_CHANGELOG_REQUIRED',
    })
    expect(transition('panel-closed', 'publish', { ...second, changelog: 'Corrected a typo' }).ok).toBe(true)
  })

  it('revising a published evaluation reopens conclusions, not scoring', () => {
    expect(transition('published', 'revise', ready)).toEqual({ ok: true, value: 'panel-closed' })
    expect(mayWriteScore('panel-closed', { kind: 'evaluator', evaluatorId: 'e', declared: true }, 'e').ok).toBe(false)
  })
})

describe('mayWriteScore', () => {
  const evaluator = { kind: 'evaluator', evaluatorId: 'e1', declared: true } as const

  it('lets a declared evaluator write their own score while the panel is open', () => {
    expect(mayWriteScore('panel-open', evaluator, 'e1')).toEqual({ ok: true, value: true })
  })

  it('never lets the organiser write a score, at any stage', () => {
    for (const status of evaluationStatuses) {
      expect(mayWriteScore(status, { kind: 'organiser' }, 'e1')).toEqual({
        ok: false,
        code: 'ASSESS_ORGANISER_CANNOT_SCORE',
      })
    }
  })

  it('refuses another evaluator’s score', () => {
    expect(mayWriteScore('panel-open', evaluator, 'e2')).toEqual({ ok: false, code: 'ASSESS_NOT_YOUR_SCORE' })
  })

  it('refuses scores outside the open panel', () => {
    for (const status of evaluationStatuses.filter((s) => s !== 'panel-open')) {
      expect(mayWriteScore(status, evaluator, 'e1')).toEqual({ ok: false, code: 'ASSESS_WRONG_STATE' })
    }
  })

  it('requires the declaration of group and conflicts first', () => {
    expect(mayWriteScore('panel-open', { ...evaluator, declared: false }, 'e1')).toEqual({
      ok: false,
      code: 'ASSESS_DECLARATION_REQUIRED',
    })
  })
})

describe('stage rules', () => {
  const okIn = (rule: (s: EvaluationStatus) => { ok: boolean }) => evaluationStatuses.filter((s) => rule(s).ok)

  it('allow declarations until the panel closes', () => {
    expect(okIn(mayDeclare)).toEqual(['draft', 'panel-open'])
  })

  it('freeze the initiative and gate once the panel opens', () => {
    expect(okIn(mayEditSetup)).toEqual(['draft'])
  })

  it('allow conclusions between panel close and publication', () => {
    expect(okIn(mayEditConclusions)).toEqual(['panel-closed', 'comment'])
  })

  it('allow public comments only in the comment period', () => {
    expect(okIn(mayComment)).toEqual(['comment'])
    expect(mayComment('published')).toEqual({ ok: false, code: 'ASSESS_COMMENTS_CLOSED' })
  })
})
