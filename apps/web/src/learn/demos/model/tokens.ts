/** A payment inside a block. A coinbase creates new coins for the block's miner and has no sender. */
export type Transaction =
  | { readonly kind: 'coinbase'; readonly to: string; readonly amount: number }
  | { readonly kind: 'transfer'; readonly from: string; readonly to: string; readonly amount: number }

export type TransactionProblem = 'not-positive' | 'same-person' | 'insufficient-funds' | 'coinbase-too-large'

export type TransactionCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: TransactionProblem; readonly available: number }

/** New coins a miner may give themself per block (the demo's rule, like a real chain's block reward). */
export const coinbaseReward = 100

export interface LedgerResult {
  /** Checks, per block, per transaction, in order. */
  readonly checks: readonly (readonly TransactionCheck[])[]
  /** Balances after every valid transaction; invalid ones change nothing. */
  readonly balances: ReadonlyMap<string, number>
  readonly allValid: boolean
}

/**
 * Replays every transaction in order, as each node does: a transfer is valid only if the sender owns the coins
 * at that moment, so the order of blocks matters and coins cannot be spent twice.
 */
export function replayLedger(blocks: readonly (readonly Transaction[])[]): LedgerResult {
  const balances = new Map<string, number>()
  const balanceOf = (who: string) => balances.get(who) ?? 0
  let allValid = true
  const checks = blocks.map((transactions) =>
    transactions.map((tx): TransactionCheck => {
      const check = checkTransaction(tx, tx.kind === 'transfer' ? balanceOf(tx.from) : 0)
      if (!check.ok) {
        allValid = false
        return check
      }
      if (tx.kind === 'transfer') balances.set(tx.from, balanceOf(tx.from) - tx.amount)
      balances.set(tx.to, balanceOf(tx.to) + tx.amount)
      return check
    }),
  )
  return { checks, balances, allValid }
}

function checkTransaction(tx: Transaction, available: number): TransactionCheck {
  if (!Number.isFinite(tx.amount) || tx.amount <= 0) return { ok: false, problem: 'not-positive', available }
  if (tx.kind === 'coinbase') {
    return tx.amount > coinbaseReward ? { ok: false, problem: 'coinbase-too-large', available } : { ok: true }
  }
  if (tx.from === tx.to) return { ok: false, problem: 'same-person', available }
  if (tx.amount > available) return { ok: false, problem: 'insufficient-funds', available }
  return { ok: true }
}

/** The text a block commits to for its transactions, so changing an amount changes the block hash. */
export function transactionsText(transactions: readonly Transaction[]): string {
  return transactions
    .map((tx) => (tx.kind === 'coinbase' ? `coinbase→${tx.to}:${tx.amount}` : `${tx.from}→${tx.to}:${tx.amount}`))
    .join('\n')
}
