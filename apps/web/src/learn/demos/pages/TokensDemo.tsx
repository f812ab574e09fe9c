import { useCallback, useId, useMemo, useRef, useState } from 'react'
import { useI18n } from '../../../i18n/I18nProvider.tsx'
import type { Translate } from '../../../i18n/translate.ts'
import { useMiner } from '../mining/use-miner.ts'
import type { ChainEntry } from '../model/chain.ts'
import { starterDifficulty, starterLedger } from '../model/starters.ts'
import {
  coinbaseReward,
  replayLedger,
  type Transaction,
  type TransactionCheck,
  transactionsText,
} from '../model/tokens.ts'
import { ChainEditor } from '../ui/ChainEditor.tsx'
import { StatusRegion, useAnnouncer } from '../ui/StatusRegion.tsx'

interface LedgerBlock {
  readonly nonce: number
  readonly transactions: readonly Transaction[]
}

function checkText(check: TransactionCheck | undefined, t: Translate): string {
  if (check === undefined || check.ok) return t('learn.tokens.ok')
  switch (check.problem) {
    case 'not-positive':
      return t('learn.tokens.not-positive')
    case 'same-person':
      return t('learn.tokens.same-person')
    case 'insufficient-funds':
      return t('learn.tokens.insufficient-funds', { available: check.available })
    case 'coinbase-too-large':
      return t('learn.tokens.coinbase-too-large', { reward: coinbaseReward })
  }
}

function describe(tx: Transaction, t: Translate): string {
  return tx.kind === 'coinbase' ? t('learn.tokens.coinbase', { to: tx.to }) : t('learn.tokens.transfer', tx)
}

/** A chain whose blocks hold payments: coinbase rewards, transfers and balances every peer can recompute. */
export function TokensDemo() {
  const { t } = useI18n()
  const id = useId()
  const [blocks, setBlocks] = useState<readonly LedgerBlock[]>(starterLedger)
  const miner = useMiner()
  const { message, announce } = useAnnouncer()
  // The payment's fate is said first; the hash check that follows adds to it instead of replacing it.
  const pendingPayment = useRef('')

  const entries = useMemo(
    () => blocks.map((block) => ({ nonce: block.nonce, data: transactionsText(block.transactions) })),
    [blocks],
  )
  const ledger = useMemo(() => replayLedger(blocks.map((block) => block.transactions)), [blocks])

  const onChange = useCallback(
    (next: readonly ChainEntry[]) =>
      setBlocks((all) => all.map((block, i) => ({ ...block, nonce: next[i]?.nonce ?? block.nonce }))),
    [],
  )
  const chainAnnounce = useCallback(
    (text: string) => {
      announce(pendingPayment.current === '' ? text : `${pendingPayment.current} ${text}`)
      pendingPayment.current = ''
    },
    [announce],
  )

  const setAmount = (blockIndex: number, txIndex: number, amount: number) => {
    const next = blocks.map((block, i) =>
      i !== blockIndex
        ? block
        : { ...block, transactions: block.transactions.map((tx, j) => (j === txIndex ? { ...tx, amount } : tx)) },
    )
    setBlocks(next)
    const result = replayLedger(next.map((block) => block.transactions))
    const text = t('learn.tokens.changed', {
      number: blockIndex + 1,
      result: checkText(result.checks[blockIndex]?.[txIndex], t),
    })
    pendingPayment.current = `${text} ${result.allValid ? t('learn.tokens.allOk') : t('learn.tokens.someRejected')}`
    announce(pendingPayment.current)
  }

  const renderPayments = (blockIndex: number, disabled: boolean) => (
    <fieldset className="payments">
      <legend>{t('learn.block.data')}</legend>
      <ul>
        {blocks[blockIndex]?.transactions.map((tx, txIndex) => {
          const check = ledger.checks[blockIndex]?.[txIndex]
          const fieldId = `${id}-${blockIndex}-${txIndex}`
          const ok = check === undefined || check.ok
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: payments are identified by their position in the block
            <li key={txIndex} className={ok ? 'payment payment-ok' : 'payment payment-rejected'}>
              <label htmlFor={fieldId}>
                {describe(tx, t)} · {t('learn.tokens.amount')}
              </label>
              <input
                id={fieldId}
                type="number"
                inputMode="numeric"
                step={1}
                value={tx.amount}
                disabled={disabled}
                aria-describedby={`${fieldId}-check`}
                onChange={(event) => setAmount(blockIndex, txIndex, Number(event.target.value))}
              />
              <span id={`${fieldId}-check`} className="payment-check">
                <span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>
                {checkText(check, t)}
              </span>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )

  return (
    <>
      <p>{t('learn.tokens.intro')}</p>
      <section aria-labelledby={`${id}-balances`} className="balances">
        <h2 id={`${id}-balances`}>{t('learn.tokens.balances')}</h2>
        <p>{ledger.allValid ? t('learn.tokens.allOk') : t('learn.tokens.someRejected')}</p>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('learn.tokens.person')}</th>
              <th scope="col">{t('learn.tokens.balance')}</th>
            </tr>
          </thead>
          <tbody>
            {[...ledger.balances].map(([person, balance]) => (
              <tr key={person}>
                <th scope="row">{person}</th>
                <td>{balance}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <StatusRegion message={message} />
      <ChainEditor
        entries={entries}
        onChange={onChange}
        difficulty={starterDifficulty}
        headingLevel={2}
        miner={miner}
        announce={chainAnnounce}
        renderData={renderPayments}
      />
    </>
  )
}
