import { checkExamples } from '@blockgov/content'
import { describe, expect, it } from 'vitest'
import { completeDraft, emptyDraft, toggleOnChain } from './draft.ts'

describe('completeDraft', () => {
  it('reports every unanswered question', () => {
    const result = completeDraft(emptyDraft)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.problems)).toHaveLength(7)
  })

  it('accepts a complete draft', () => {
    const example = checkExamples[0]
    if (example === undefined) throw new Error('no example')
    expect(completeDraft(example.answers)).toEqual({ ok: true, answers: example.answers })
  })

  it('treats "no" to automated decisions as an answer, not a missing one', () => {
    const example = checkExamples[1]
    if (example === undefined) throw new Error('no example')
    expect(completeDraft({ ...example.answers, automatedDecisions: false }).ok).toBe(true)
  })

  it('rejects "none" combined with personal data', () => {
    const example = checkExamples[0]
    if (example === undefined) throw new Error('no example')
    expect(completeDraft({ ...example.answers, onChain: ['none', 'hashes'] })).toEqual({
      ok: false,
      problems: { onChain: 'noneAlone' },
    })
  })
})

describe('toggleOnChain', () => {
  it('keeps "none" exclusive', () => {
    expect(toggleOnChain(['hashes', 'cleartext'], 'none')).toEqual(['none'])
    expect(toggleOnChain(['none'], 'hashes')).toEqual(['hashes'])
    expect(toggleOnChain(['hashes'], 'hashes')).toEqual([])
  })
})
