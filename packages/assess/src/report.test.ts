import { describe, expect, it } from 'vitest'
import { renderReportHtml, renderReportMarkdown } from './render.ts'
import { buildReport, type ReportInput } from './report.ts'

const input: ReportInput = {
  version: 1,
  publishedAt: '2026-11-27T12:00:00.000Z',
  initiative: {
    name: 'Land <register> pilot',
    body: 'Ministry of Examples',
    jurisdiction: 'Exampleland',
    stage: 'pilot',
    description: 'A pilot.\n\nSecond paragraph & more.',
    links: ['https://example.org/pilot'],
  },
  gateAnswers: { 'store-state': true, 'multiple-writers': false },
  threshold: 3,
  evaluators: [
    { id: 'a', label: 'Evaluator 1', group: 'government', conflicts: '', minorityStatement: null },
    {
      id: 'b',
      label: 'Evaluator 2',
      group: 'civil-society',
      conflicts: 'Board member of an NGO',
      minorityStatement: 'We "strongly" dissent <here>.',
    },
    { id: 'c', label: 'Evaluator 3', group: 'academia', conflicts: '', minorityStatement: null },
  ],
  scores: [
    {
      evaluatorId: 'a',
      principleId: 'necessity',
      rating: 4,
      rationale: 'Documented.',
      evidence: ['https://example.org/case'],
    },
    { evaluatorId: 'b', principleId: 'necessity', rating: 1, rationale: 'Not compared.', evidence: [] },
    { evaluatorId: 'c', principleId: 'necessity', rating: 2, rationale: 'Partly.', evidence: [] },
    {
      evaluatorId: 'c',
      principleId: 'data-protection',
      rating: 'cannot-assess',
      rationale: 'No DPIA found.',
      evidence: [],
    },
  ],
  findings: 'The organiser’s own finding.',
  recommendations: 'Publish the DPIA.',
  comments: [{ text: 'A public comment.', at: '2026-11-26T10:00:00.000Z' }],
  changelog: [{ version: 1, at: '2026-11-27T12:00:00.000Z', text: 'First publication.' }],
  illustrative: false,
}

describe('buildReport', () => {
  const report = buildReport(input)

  it('records the gate path and outcome', () => {
    expect(report.gate.steps.map((s) => s.question.id)).toEqual(['store-state', 'multiple-writers'])
    expect(report.gate.outcome?.id).toBe('central-database')
  })

  it('labels the panel against the threshold', () => {
    expect(report.panel).toMatchObject({ multistakeholder: true, threshold: 3 })
    expect(buildReport({ ...input, threshold: 4 }).panel.multistakeholder).toBe(false)
  })

  it('derives transparency, disagreement and low-rating findings', () => {
    expect(report.derivedFindings.join('\n')).toMatch(/Transparency: for “Data protection and security”, 1 of 1/)
    expect(report.derivedFindings.join('\n')).toMatch(/Disagreement on “Necessity/)
  })
})

describe('report rendering', () => {
  const report = buildReport(input)

  it('renders standalone, escaped HTML with captioned tables and the dissent verbatim', () => {
    const html = renderReportHtml(report)
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true)
    expect(html).toContain('Land &lt;register&gt; pilot')
    expect(html).not.toContain('<register>')
    expect(html).toContain('We &quot;strongly&quot; dissent &lt;here&gt;.')
    expect(html).toContain('<caption>Scores by principle: median and spread</caption>')
    expect(html).toContain('Multistakeholder evaluation: 3 stakeholder group(s) took part')
    expect(html).not.toMatch(/<script|<style|src=/)
    expect(html.match(/<h1>/g)).toHaveLength(1)
  })

  it('renders Markdown with every section and the illustrative notice when illustrative', () => {
    const md = renderReportMarkdown(buildReport({ ...input, illustrative: true }))
    for (const heading of [
      '## Gate',
      '## Panel',
      '## Scores by principle',
      '## Findings',
      '## Dissent',
      '## Recommendations',
      '## Changelog',
    ]) {
      expect(md).toContain(heading)
    }
    expect(md).toContain('Illustrative example.')
    expect(md).toContain(
      '| Necessity, proportionality and alternatives considered | 2 | 1.5–3 | 1–4 | 3 | 0 | Yes: Government 4 vs Civil society 1 |',
    )
    expect(md).toContain('- Evaluator 2: “We "strongly" dissent <here>.”')
  })
})
