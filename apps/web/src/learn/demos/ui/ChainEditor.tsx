import { type ReactNode, useEffect, useRef } from 'react'
import { useI18n } from '../../../i18n/I18nProvider.tsx'
import type { useMiner } from '../mining/use-miner.ts'
import { targetPrefix } from '../model/block.ts'
import type { ChainEntry, CheckedBlock } from '../model/chain.ts'
import { BlockCard, DataField } from './BlockCard.tsx'
import { describeChainChange } from './describe-chain.ts'
import { useCheckedChain } from './use-checked-chain.ts'

export interface ChainEditorProps {
  readonly entries: readonly ChainEntry[]
  readonly onChange: (entries: readonly ChainEntry[]) => void
  readonly difficulty: number
  /** Peers' names, to tell their copies apart; absent for a single chain. */
  readonly owner?: string
  readonly headingLevel: 2 | 3
  /** One miner per page, so only one block is mined at a time. */
  readonly miner: ReturnType<typeof useMiner>
  readonly announce: (message: string) => void
  /** Tells the parent the checked chain (consensus and balances are computed from it). */
  readonly onChecked?: (checked: CheckedBlock[]) => void
  /** Replaces the plain data field, e.g. with a list of payments. */
  readonly renderData?: (index: number, disabled: boolean) => ReactNode
}

/** A chain of editable blocks that re-hashes on every change and says in words which blocks broke or healed. */
export function ChainEditor(props: ChainEditorProps) {
  const { t } = useI18n()
  const { entries, onChange, difficulty, miner, announce, onChecked } = props
  const checked = useCheckedChain(entries, difficulty)
  const previous = useRef<CheckedBlock[] | undefined>(undefined)
  const ownerKey = props.owner ?? 'chain'

  useEffect(() => {
    if (checked === undefined) return
    const message = describeChainChange(previous.current, checked, difficulty, t)
    const prefix = props.owner === undefined ? '' : `${props.owner}: `
    if (message !== undefined) announce(prefix + message)
    previous.current = checked
    onChecked?.(checked)
  }, [checked, difficulty, t, announce, onChecked, props.owner])

  const update = (index: number, change: Partial<ChainEntry>) =>
    onChange(entries.map((entry, i) => (i === index ? { ...entry, ...change } : entry)))

  const mine = async (index: number) => {
    const block = checked?.[index]
    if (block === undefined) return
    announce(t('learn.block.mining', { number: block.number, tried: 0 }))
    const outcome = await miner.mine(`${ownerKey}-${index}`, block, difficulty)
    if (outcome.status === 'found') {
      announce(
        t('learn.block.mined', {
          number: block.number,
          nonce: outcome.nonce,
          tried: outcome.tried,
          target: targetPrefix(difficulty),
        }),
      )
      update(index, { nonce: outcome.nonce })
    } else {
      announce(t('learn.block.stopped', { number: block.number, tried: outcome.tried }))
    }
  }

  return (
    <ol className="chain" aria-label={props.owner ?? t('learn.chain.label', { count: entries.length })}>
      {entries.map((entry, index) => {
        const block = checked?.[index]
        const key = `${ownerKey}-${index}`
        const mining = miner.state.status === 'mining' && miner.state.key === key ? miner.state.tried : undefined
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are identified by their position in the chain
          <li key={index}>
            <BlockCard
              number={index + 1}
              nonce={entry.nonce}
              previous={block?.previous}
              hash={block?.hash}
              problem={block === undefined ? 'pending' : block.problem}
              difficulty={difficulty}
              mining={mining}
              owner={props.owner}
              headingLevel={props.headingLevel}
              onNonceChange={(nonce) => update(index, { nonce })}
              onMine={() => void mine(index)}
              onStop={miner.stop}
              data={
                props.renderData?.(index, mining !== undefined) ?? (
                  <DataField
                    value={entry.data}
                    disabled={mining !== undefined}
                    onChange={(data) => update(index, { data })}
                  />
                )
              }
            />
          </li>
        )
      })}
    </ol>
  )
}
