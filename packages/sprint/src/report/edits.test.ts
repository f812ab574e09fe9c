import { describe, expect, it } from 'vitest'
import { created, given, joined } from '../test-kit.ts'
import { draftReport } from './draft.ts'
import { applyEdits } from './edits.ts'
import { participation } from './participation.ts'
import { renderMarkdown } from './render-markdown.ts'

describe('applyEdits', () => {
  const state = given(created(), joined('a'))
  const draft = draftReport(state, {
    organiser: 'DC Blockchain',
    sessionType: 'Workshop',
    sdgs: [],
    participation: participation(state, () => undefined),
  })

  it('puts editors’ text in every rendering, keeping the automatic draft beside edited sections', () => {
    const edited = applyEdits(draft, {
      keyPolicyQuestions: 'How can blockchains be governed?',
      progress: 'Five working groups start.',
    })
    expect(edited.keyPolicyQuestions).toBe('How can blockchains be governed?')
    expect(edited.progress).toEqual({ drafted: draft.progress.drafted, edited: 'Five working groups start.' })
    const markdown = renderMarkdown(edited)
    expect(markdown).toContain('How can blockchains be governed?')
    expect(markdown).toContain('Five working groups start.')
  })

  it('changes nothing without edits', () => {
    expect(applyEdits(draft, {})).toEqual(draft)
  })
})
