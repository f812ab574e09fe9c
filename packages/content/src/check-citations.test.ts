import { describe, expect, it } from 'vitest'
import { findCitationProblems } from './check-citations.ts'

describe('findCitationProblems', () => {
  it('passes claims that cite known sources', () => {
    expect(findCitationProblems([{ id: 'a', citations: [{ source: 'gdpr' }, { source: 'cnil-2018' }] }])).toEqual([])
  })

  it('fails a claim with no source', () => {
    expect(findCitationProblems([{ id: 'a', citations: [] }])).toEqual([{ claim: 'a', problem: 'NO_SOURCE' }])
  })

  it('fails a claim that cites an unknown source id, naming the id', () => {
    expect(findCitationProblems([{ id: 'a', citations: [{ source: 'gdpr' }, { source: 'made-up-law' }] }])).toEqual([
      { claim: 'a', problem: 'UNKNOWN_SOURCE', source: 'made-up-law' },
    ])
  })

  it('does not mistake inherited object keys for sources', () => {
    expect(findCitationProblems([{ id: 'a', citations: [{ source: 'toString' }] }])).toHaveLength(1)
  })
})
