import { describe, expect, it } from 'vitest'
import { chainIsValid, checkChain } from './chain.ts'
import { starterChain, starterDifficulty, starterLedger } from './starters.ts'
import { replayLedger, transactionsText } from './tokens.ts'

describe('starter chains', () => {
  it('open on a valid blockchain', async () => {
    expect(chainIsValid(await checkChain(starterChain, starterDifficulty))).toBe(true)
  })

  it('open on a valid ledger whose payments all hold', async () => {
    const entries = starterLedger.map(({ nonce, transactions }) => ({ nonce, data: transactionsText(transactions) }))
    expect(chainIsValid(await checkChain(entries, starterDifficulty))).toBe(true)
    expect(replayLedger(starterLedger.map((block) => block.transactions)).allValid).toBe(true)
  })
})
