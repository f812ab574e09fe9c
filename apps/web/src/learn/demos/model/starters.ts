import type { ChainEntry } from './chain.ts'
import type { Transaction } from './tokens.ts'

/**
 * Starting chains, already mined at `starterDifficulty`, so a page opens on a valid chain without making the
 * visitor's device search first. starters.test.ts proves the nonces are right.
 */
export const starterDifficulty = 3

export const starterChain: readonly ChainEntry[] = [
  { nonce: 5616, data: 'Welcome to the demo chain' },
  { nonce: 10128, data: 'Ana pays Ben 10 coins' },
  { nonce: 180, data: 'Ben pays Chloé 4 coins' },
  { nonce: 12755, data: 'Chloé pays Dan 1 coin' },
  { nonce: 105, data: 'Dan pays Ana 2 coins' },
]

const coinbase = (to: string): Transaction => ({ kind: 'coinbase', to, amount: 100 })
const pay = (from: string, to: string, amount: number): Transaction => ({ kind: 'transfer', from, to, amount })

/** Blocks of payments and the nonces that make them valid. */
export const starterLedger: readonly { readonly nonce: number; readonly transactions: readonly Transaction[] }[] = [
  { nonce: 1753, transactions: [coinbase('Ana')] },
  { nonce: 5357, transactions: [coinbase('Ben'), pay('Ana', 'Ben', 30), pay('Ana', 'Chloé', 20)] },
  { nonce: 2389, transactions: [coinbase('Chloé'), pay('Ben', 'Dan', 50), pay('Chloé', 'Ana', 10)] },
  { nonce: 554, transactions: [coinbase('Ana'), pay('Dan', 'Ana', 20)] },
]
