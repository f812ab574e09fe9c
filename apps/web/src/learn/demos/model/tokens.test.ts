import { describe, expect, it } from 'vitest'
import { coinbaseReward, replayLedger, type Transaction, transactionsText } from './tokens.ts'

const coinbase = (to: string, amount = coinbaseReward): Transaction => ({ kind: 'coinbase', to, amount })
const pay = (from: string, to: string, amount: number): Transaction => ({ kind: 'transfer', from, to, amount })

describe('replayLedger', () => {
  it('creates coins with a coinbase and moves them with transfers', () => {
    const result = replayLedger([[coinbase('Ana')], [pay('Ana', 'Ben', 30), pay('Ben', 'Chloé', 10)]])
    expect(result.allValid).toBe(true)
    expect(Object.fromEntries(result.balances)).toEqual({ Ana: 70, Ben: 20, Chloé: 10 })
  })

  it('rejects spending coins one does not have, and leaves balances untouched', () => {
    const result = replayLedger([[coinbase('Ana')], [pay('Ana', 'Ben', 80), pay('Ana', 'Chloé', 30)]])
    expect(result.allValid).toBe(false)
    expect(result.checks[1]).toEqual([{ ok: true }, { ok: false, problem: 'insufficient-funds', available: 20 }])
    expect(Object.fromEntries(result.balances)).toEqual({ Ana: 20, Ben: 80 })
  })

  it('rejects spending before the coins exist: order matters', () => {
    const result = replayLedger([[pay('Ana', 'Ben', 10)], [coinbase('Ana')]])
    expect(result.checks[0]?.[0]).toEqual({ ok: false, problem: 'insufficient-funds', available: 0 })
  })

  it('rejects zero or negative amounts, self-payments and oversized coinbases', () => {
    const result = replayLedger([
      [
        coinbase('Ana', coinbaseReward + 1),
        coinbase('Ana'),
        pay('Ana', 'Ben', 0),
        pay('Ana', 'Ben', -5),
        pay('Ana', 'Ana', 5),
      ],
    ])
    expect(result.checks[0]?.map((check) => (check.ok ? 'ok' : check.problem))).toEqual([
      'coinbase-too-large',
      'ok',
      'not-positive',
      'not-positive',
      'same-person',
    ])
  })
})

describe('transactionsText', () => {
  it('changes when an amount changes, so the block hash changes too', () => {
    expect(transactionsText([pay('Ana', 'Ben', 10)])).not.toBe(transactionsText([pay('Ana', 'Ben', 11)]))
  })
})
