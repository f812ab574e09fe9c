import { describe, expect, it } from 'vitest'
import { runCheck } from './evaluate.ts'
import { checkExamples } from './examples.ts'
import { checkReportToMarkdown, formatReference } from './markdown.ts'

const registry = checkExamples.find((e) => e.id === 'public-registry')
if (registry === undefined) throw new Error('example missing')
const markdown = checkReportToMarkdown(runCheck(registry.answers))

describe('checkReportToMarkdown', () => {
  it('has the sections a reader expects, in order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual([
      '## Your answers',
      '## Considerations',
      '## Mitigations to consider',
      '## Provisions in your users’ jurisdictions',
      '## Sources',
    ])
  })

  it('cites sources with pinpoints next to each consideration and lists full references', () => {
    expect(markdown).toMatch(/Sources: .*GDPR Art\. 17/)
    expect(markdown).toContain(
      'Guidelines 02/2025 on processing of personal data through blockchain technologies (version for public consultation)',
    )
    expect(markdown).toContain('<https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm>')
  })

  it('says what each mitigation does not solve', () => {
    expect(markdown).toMatch(/Does not solve: The on-chain commitment remains personal data/)
  })

  it('states that it is not legal advice and that content is in English', () => {
    expect(markdown).toContain('not legal advice')
    expect(markdown).toContain('Content in English')
  })

  it('escapes Markdown in user-controlled values', () => {
    const base = registry.answers
    const output = checkReportToMarkdown(runCheck({ ...base, jurisdictions: ['eu-eea', 'x-[link](evil)'] }))
    expect(output).not.toContain('[link](evil)')
  })
})

describe('formatReference', () => {
  const base = {
    id: 'x',
    short: 'X',
    title: 'Secure Hash Standard (SHS)',
    issuer: 'NIST',
    type: 'standard',
    checked: '2026-11-27',
    checkedBy: 'primary-text',
    note: 'A test entry.',
  } as const
  it('joins title, issuer, year and identifier as sentences', () => {
    expect(formatReference({ ...base, year: 2015, identifier: 'FIPS 180-4' })).toBe(
      'Secure Hash Standard (SHS). NIST. 2015. FIPS 180-4.',
    )
  })

  it('adds no second full stop after "n.d." or a title that ends a sentence', () => {
    expect(formatReference({ ...base, year: null })).toBe('Secure Hash Standard (SHS). NIST. n.d.')
    expect(formatReference({ ...base, title: 'Do you need a blockchain?', year: 2018 })).toBe(
      'Do you need a blockchain? NIST. 2018.',
    )
  })
})
