import { describe, expect, it } from 'vitest'
import { countSentences, countSyllables, readability, wordsOf } from './readability.ts'

describe('countSyllables', () => {
  it.each([
    ['a', 1],
    ['the', 1],
    ['chain', 1],
    ['make', 1],
    ['code', 1],
    ['makes', 1],
    ['used', 1],
    ['table', 2],
    ['wanted', 2],
    ['boxes', 2],
    ['blockchain', 2],
    ['people', 2],
    ['computer', 3],
    ['signature', 3],
    ['consensus', 3],
    ['cryptography', 4],
    ['transaction', 3],
  ])('%s has %i syllables', (word, expected) => {
    expect(countSyllables(word)).toBe(expected)
  })

  it('ignores non-letters and counts an empty word as none', () => {
    expect(countSyllables('')).toBe(0)
    expect(countSyllables('hash-256')).toBe(1)
  })
})

describe('countSentences', () => {
  it('counts full stops, question and exclamation marks', () => {
    expect(countSentences('One. Two? Three!')).toBe(3)
  })

  it('does not split on decimals or common abbreviations', () => {
    expect(countSentences('It used 1.5 units, e.g. for tests. Then it stopped.')).toBe(2)
  })

  it('counts text without a final stop as a sentence', () => {
    expect(countSentences('A heading')).toBe(1)
    expect(countSentences('First. Then a fragment')).toBe(2)
  })
})

describe('wordsOf', () => {
  it('keeps words, drops numbers and punctuation, joins apostrophes', () => {
    expect(wordsOf("It's block 1,920,000 — don't panic.")).toEqual(['its', 'block', 'dont', 'panic'])
  })
})

describe('readability', () => {
  it('computes the Flesch–Kincaid grade from the counts', () => {
    const stats = readability('The cat sat on the mat. The dog ran.')
    expect(stats).toMatchObject({ words: 9, sentences: 2, syllables: 9 })
    expect(stats.grade).toBeCloseTo(0.39 * 4.5 + 11.8 * 1 - 15.59, 10)
  })

  it('rates short plain sentences far below long technical ones', () => {
    const plain = readability('A hash is a short code made from data. Change the data and the code changes.')
    const dense = readability(
      'Cryptographic hash functions deterministically transform arbitrarily large inputs into fixed-length digests, providing preimage resistance, second-preimage resistance and collision resistance under standard computational assumptions.',
    )
    expect(plain.grade).toBeLessThan(6)
    expect(dense.grade).toBeGreaterThan(16)
  })

  it('returns grade 0 for text without words', () => {
    expect(readability('— 42 —').grade).toBe(0)
  })
})
