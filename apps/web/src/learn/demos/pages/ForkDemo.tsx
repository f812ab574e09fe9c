import { useId, useState } from 'react'
import { useI18n } from '../../../i18n/I18nProvider.tsx'
import type { Translate } from '../../../i18n/translate.ts'
import {
  activateRuleChange,
  blockValidUnder,
  commonPrefix,
  type ForkBlock,
  type ForkOutcome,
  type History,
  type Node,
  newRules,
  oldRules,
  type Vote,
} from '../model/fork.ts'
import { StatusRegion, useAnnouncer } from '../ui/StatusRegion.tsx'

const sharedBlocks = 3
const blocksAfter = 2
const startingNodes: readonly Node[] = [
  { name: 'A', vote: 'adopt' },
  { name: 'B', vote: 'adopt' },
  { name: 'C', vote: 'keep' },
  { name: 'D', vote: 'adopt' },
  { name: 'E', vote: 'keep' },
]

function blockNote(block: ForkBlock, t: Translate): string {
  if (block.producedBy === 'shared') return t('learn.fork.shared')
  return blockValidUnder(block, oldRules) ? t('learn.fork.acceptedByAll') : t('learn.fork.rejected')
}

/** A community vote on a rule change, then the chain as each camp sees it. */
export function ForkDemo() {
  const { t } = useI18n()
  const id = useId()
  const [nodes, setNodes] = useState<readonly Node[]>(startingNodes)
  const [outcome, setOutcome] = useState<ForkOutcome | undefined>(undefined)
  const { message, announce } = useAnnouncer()

  const vote = (name: string, choice: Vote) => {
    setNodes(nodes.map((node) => (node.name === name ? { ...node, vote: choice } : node)))
    setOutcome(undefined)
    announce(
      t('learn.fork.voted', {
        name,
        choice: choice === 'adopt' ? t('learn.fork.choiceAdopt') : t('learn.fork.choiceKeep'),
      }),
    )
  }
  const activate = () => {
    const next = activateRuleChange(nodes, sharedBlocks, blocksAfter)
    setOutcome(next)
    const [first, second] = next.histories
    announce(
      first === undefined || second === undefined
        ? t('learn.fork.unanimous')
        : t('learn.fork.split', {
            height: commonPrefix(first, second),
            adopters: next.adopters.join(', '),
            keepers: next.keepers.join(', '),
          }),
    )
  }

  const historyTitle = (history: History) =>
    history.rules === newRules
      ? t('learn.fork.newHistory', { max: newRules.maxTransactions })
      : t('learn.fork.oldHistory', { max: oldRules.maxTransactions })

  return (
    <>
      <p>{t('learn.fork.intro', { new: newRules.maxTransactions, old: oldRules.maxTransactions })}</p>
      <div className="fork-votes">
        {nodes.map((node) => (
          <fieldset key={node.name} className="fork-vote">
            <legend>{t('learn.fork.node', { name: node.name })}</legend>
            {(['adopt', 'keep'] as const).map((choice) => (
              <label key={choice} className="choice">
                <input
                  type="radio"
                  name={`${id}-${node.name}`}
                  value={choice}
                  checked={node.vote === choice}
                  onChange={() => vote(node.name, choice)}
                />{' '}
                {choice === 'adopt' ? t('learn.fork.adopt') : t('learn.fork.keep')}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <p className="block-actions">
        <button type="button" onClick={activate}>
          {t('learn.fork.activate', { height: sharedBlocks })}
        </button>{' '}
        <button
          type="button"
          onClick={() => {
            setNodes(startingNodes)
            setOutcome(undefined)
            announce('')
          }}
        >
          {t('learn.fork.reset')}
        </button>
      </p>
      <StatusRegion message={message} />
      {outcome !== undefined && (
        <div className="histories">
          {outcome.histories.map((history) => (
            <section
              key={history.rules.maxTransactions}
              aria-labelledby={`${id}-history-${history.rules.maxTransactions}`}
              className="history"
            >
              <h2 id={`${id}-history-${history.rules.maxTransactions}`}>{historyTitle(history)}</h2>
              <p>{t('learn.fork.followers', { names: history.followers.join(', ') })}</p>
              <ol className="fork-blocks">
                {history.blocks.map((block) => (
                  <li key={block.number} className={`fork-block fork-${block.producedBy}`}>
                    {t('learn.fork.block', { number: block.number, count: block.transactions })} — {blockNote(block, t)}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </>
  )
}
