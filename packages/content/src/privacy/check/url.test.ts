import { describe, expect, it } from 'vitest'
import { checkExamples } from './examples.ts'
import { answersFromQuery, answersToQuery } from './url.ts'

describe('answers in the URL', () => {
  it('round-trips every example', () => {
    for (const example of checkExamples) {
      expect(answersFromQuery(new URLSearchParams(answersToQuery(example.answers).toString()))).toEqual(example.answers)
    }
  })

  it('rejects missing, unknown or malformed values', () => {
    expect(answersFromQuery(new URLSearchParams(''))).toBeUndefined()
    const first = checkExamples[0]
    if (first === undefined) throw new Error('examples missing')
    const valid = answersToQuery(first.answers)
    for (const [name, value] of [
      ['ledger', 'blockchain'],
      ['data', ''],
      ['auto', 'yes'],
      ['law', ''],
      ['law', 'EU EEA'],
    ] as const) {
      const params = new URLSearchParams(valid)
      params.set(name, value)
      expect(answersFromQuery(params), `${name}=${value}`).toBeUndefined()
    }
  })
})
