import { describe, expect, it } from 'vitest'
import type { SessionEvent } from '../events.ts'
import type { Gender } from '../people.ts'
import type { SessionState } from '../state.ts'
import { as, created, given, group, joined, ORGANISER, PHASE, runOk } from '../test-kit.ts'
import { draftReport, type ReportInput, reportText } from './draft.ts'
import { participation } from './participation.ts'
import { renderHtml } from './render-html.ts'
import { renderMarkdown } from './render-markdown.ts'

const card = (cardId: string, kind: 'topic' | 'idea' | 'summary', text: string, parentId: string | null = null) =>
  ({ type: 'cardAdded', cardId, designId: 'g1', kind, parentId, text, authorId: 'a', anonymous: false }) as const

const score = (raterId: string, ideaId: string, value: number): SessionEvent[] =>
  ['feasible', 'useful-coalition', 'useful-igf'].map((criterionId) => ({
    type: 'scoreSet',
    raterId,
    ideaId,
    criterionId,
    value,
  }))

/** a, b, c in the room, d online then back in the room, e online; two groups; two women consented in g1 only. */
function workshop(unmet: boolean): SessionState {
  return given(
    created(),
    joined('a'),
    joined('b'),
    joined('c'),
    joined('d', 'online'),
    joined('e', 'online'),
    { type: 'presenceChanged', participantId: 'd', presence: 'room' },
    {
      type: 'groupsFormed',
      groups: [
        { ...group('g1', ['a', 'b', 'e'], 'a', 'b'), name: 'Group 1', consentedWomen: 2 },
        { ...group('g2', ['c', 'd'], 'c', null), name: 'Group 2', consentedWomen: unmet ? 0 : 1 },
      ],
      unmet: unmet
        ? [{ constraint: 'woman-per-group', reason: 'Only 2 women for 2 groups.', groups: [1] }]
        : [{ constraint: 'online-spread', reason: 'Group 2 has nobody online.', groups: [1] }],
    },
    { type: 'phaseStarted', index: PHASE.brainstorm, durationMs: 600_000 },
    card('t1', 'topic', 'Data protection'),
    card('i1', 'idea', 'Map the rules', 't1'),
    card('i2', 'idea', '<script>alert(1)</script> & *bold*', 't1'),
    card('i3', 'idea', 'Unscored idea', 't1'),
    { type: 'phaseStarted', index: PHASE.evaluate, durationMs: 600_000 },
    ...score('a', 'i1', 4),
    ...score('b', 'i1', 5),
    ...score('a', 'i2', 2),
    card('s1', 'summary', 'We chose the map'),
    { type: 'phaseStarted', index: PHASE.report2, durationMs: 600_000 },
    { type: 'speakerCalled', participantId: 'e' },
    { type: 'speakerFinished', participantId: 'e' },
    { type: 'speakerCalled', participantId: 'a' },
    { type: 'speakerCalled', participantId: 'd' },
    { type: 'speakerFinished', participantId: 'd' },
    { type: 'speakerCalled', participantId: 'c' }, // still speaking: not counted yet
    { type: 'phaseStarted', index: PHASE.outcome, durationMs: 600_000 },
    { type: 'outcomeSet', groupId: 'g1', project: 'An interactive map.', leaderId: 'b', nextStep: 'Draft by March' },
  )
}

const genders: Record<string, Gender> = { a: 'woman', b: 'woman', c: 'man', d: 'prefer-not-to-say' }
const genderOf = (id: string) => genders[id]

function input(state: SessionState): ReportInput {
  return {
    organiser: 'DC Blockchain',
    sessionType: 'Workshop',
    sdgs: [4, 9],
    participation: participation(state, genderOf),
  }
}

describe('participation', () => {
  it('counts presence as last set, consented women, non-answers and finished interventions', () => {
    expect(participation(workshop(false), genderOf)).toEqual({
      inRoom: 4,
      online: 1,
      total: 5,
      women: 2,
      genderAnswered: 4,
      genderNotAnswered: 1,
      interventions: { total: 3, fromRoom: 2, fromOnline: 1 },
    })
  })

  it('counts an intervention by the presence the speaker had when called', () => {
    const state = given(created(), joined('x', 'online'), { type: 'phaseStarted', index: PHASE.welcome, durationMs: 1 })
    const after = runOk(
      runOk(runOk(state, as('x'), { type: 'hand.raise' }), ORGANISER, { type: 'speaker.call' }),
      ORGANISER,
      {
        type: 'speaker.finish',
      },
    )
    expect(participation(after, () => undefined).interventions).toEqual({ total: 1, fromRoom: 0, fromOnline: 1 })
  })
})

describe('draftReport', () => {
  it('fills the header from the state and the input', () => {
    const report = draftReport(workshop(false), input(workshop(false)))
    expect(report).toMatchObject({
      title: 'Capacity Building for Better Blockchain Governance',
      organiser: 'DC Blockchain',
      lengthMinutes: 90,
      sdgs: [4, 9],
      roles: [
        { group: 'Group 1', facilitator: 'Person a', rapporteur: 'Person b' },
        { group: 'Group 2', facilitator: 'Person c', rapporteur: null },
      ],
    })
  })

  it('ranks ideas by weighted mean to one decimal with the number of raters, leaving unscored ideas out', () => {
    const text = reportText(draftReport(workshop(false), input(workshop(false))).recommendations)
    expect(text).toContain('- Map the rules: 4.5 of 5 (2 raters)')
    expect(text).toContain('alert(1)\\</script\\> & \\*bold\\*: 2.0 of 5 (1 rater)')
    expect(text).not.toContain('Unscored idea')
    expect(text.indexOf('Map the rules')).toBeLessThan(text.indexOf('alert'))
  })

  it('ranks by dots when the session uses dot voting', () => {
    const state = given(
      created(),
      joined('a'),
      { type: 'groupsFormed', groups: [group('g1', ['a'], 'a', null)], unmet: [] },
      { type: 'evaluationMethodSet', method: 'dots', dotsPerPerson: 5 },
      card('t1', 'topic', 'T'),
      card('i1', 'idea', 'Dotted', 't1'),
      { type: 'dotsSet', voterId: 'a', ideaId: 'i1', dots: 3 },
    )
    expect(reportText(draftReport(state, input(state)).recommendations)).toContain('- Dotted: 3 dots (1 voter)')
  })

  it('drafts topics with their ideas, summaries and outcomes, and keeps an editor’s version', () => {
    const report = draftReport(workshop(false), input(workshop(false)))
    expect(reportText(report.issues)).toContain('- Data protection\n  - Map the rules\n')
    expect(reportText(report.issues)).toContain('- Summary (sprint 1): We chose the map')
    expect(reportText(report.progress)).toBe(
      '- Group 1: An interactive map. Leader: Person b. Next step: Draft by March\n- Group 2: no outcome was recorded.',
    )
    const edited = { ...report, progress: { ...report.progress, edited: '- Rewritten by the editor' } }
    expect(renderMarkdown(edited)).toContain('- Rewritten by the editor')
    expect(renderMarkdown(edited)).not.toContain('Draft by March')
  })

  it('reflects that every group had a woman', () => {
    const { gender } = draftReport(workshop(false), input(workshop(false)))
    expect(gender).toMatchObject({ groups: 2, groupsWithWoman: 2, unmetReasons: [] })
    expect(gender.text).toMatch(/^Every one of the 2 break-out groups had at least one woman/)
  })

  it('reflects that a group had no woman, with the solver’s reason', () => {
    const { gender } = draftReport(workshop(true), input(workshop(true)))
    expect(gender).toMatchObject({ groups: 2, groupsWithWoman: 1, unmetReasons: ['Only 2 women for 2 groups.'] })
    expect(gender.text).toMatch(/^1 of the 2 break-out groups had at least one woman.*Only 2 women for 2 groups\.$/)
  })
})

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(draftReport(workshop(false), input(workshop(false))))

  it('has the IGF structure, in order', () => {
    const expected = [
      '# Capacity Building for Better Blockchain Governance',
      '- Session organiser: DC Blockchain',
      '- Session type: Workshop',
      '- Length: 90 minutes',
      '- Related SDGs: SDG 4, SDG 9',
      '| Group | Facilitator | Rapporteur |',
      '| Group 1 | Person a | Person b |',
      '| Group 2 | Person c | — |',
      '## 1. Key Policy Questions and Expectations',
      'Not provided.',
      '## 2. Summary of Issues Discussed',
      '### Design of Group 1 (sprint 1: Group 1)',
      '## 3. Policy Recommendations or Suggestions for the Way Forward',
      '## 4. Other Initiatives Addressing the Session Issues',
      '## 5. Making Progress for Tackling the Issues Raised',
      '## 6. Estimated Participation',
      '- In the room (signed in): 4',
      '- Online: 1',
      '- Total: 5',
      '- Women: 2 (from consented answers; 1 did not answer)',
      '- Interventions from the floor (in the room): 2',
      '- Interventions from online participants: 1',
      '## 7. Reflection on Gender Issues',
    ]
    const lines = markdown.split('\n')
    let from = 0
    for (const line of expected) {
      const at = lines.indexOf(line, from)
      expect(at, line).toBeGreaterThanOrEqual(from)
      from = at + 1
    }
  })

  it('escapes markup in participant text', () => {
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>')
    expect(markdown).not.toContain('<script>')
  })
})

describe('renderHtml', () => {
  const html = renderHtml(draftReport(workshop(false), input(workshop(false))))

  it('is a standalone accessible document', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(html).toContain('<title>Session report: Capacity Building for Better Blockchain Governance</title>')
    expect(html.match(/<h1>/g)).toHaveLength(1)
    expect(html.match(/<h2 /g)).toHaveLength(7)
    expect(html.match(/<caption>/g)).toHaveLength(2)
    expect(html).toContain('<th scope="col">Facilitator</th>')
    expect(html).toContain('<tr><th scope="row">Total</th><td>5</td></tr>')
    expect(html).not.toMatch(/<script|<style|style=|<link/i)
  })

  it('escapes a card’s script and renders the drafted lists', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; *bold*: 2.0 of 5 (1 rater)')
    expect(html).toContain('<li>Data protection<ul><li>Map the rules</li>')
  })

  it('escapes editor text too', () => {
    const report = draftReport(workshop(false), {
      ...input(workshop(false)),
      keyPolicyQuestions: '<img src=x onerror=alert(1)>',
    })
    expect(renderHtml(report)).toContain('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
  })
})
