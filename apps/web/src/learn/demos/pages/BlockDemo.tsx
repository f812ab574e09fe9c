import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../../../i18n/I18nProvider.tsx'
import { useMiner } from '../mining/use-miner.ts'
import {
  defaultDifficulty,
  genesisPrevious,
  hashBlock,
  maxDifficulty,
  meetsDifficulty,
  minDifficulty,
  targetPrefix,
} from '../model/block.ts'
import { BlockCard, DataField } from '../ui/BlockCard.tsx'
import { StatusRegion, useAnnouncer } from '../ui/StatusRegion.tsx'

const difficulties = Array.from({ length: maxDifficulty - minDifficulty + 1 }, (_, i) => minDifficulty + i)

/** One block, mined in a Web Worker at an adjustable difficulty. */
export function BlockDemo() {
  const { t } = useI18n()
  const id = useId()
  const [difficulty, setDifficulty] = useState(defaultDifficulty)
  const [nonce, setNonce] = useState(0)
  const [data, setData] = useState('Ana pays Ben 10 coins')
  const [hash, setHash] = useState<string | undefined>(undefined)
  const miner = useMiner()
  const { message, announce } = useAnnouncer()
  const wasValid = useRef<boolean | undefined>(undefined)
  const block = { number: 1, nonce, data, previous: genesisPrevious }

  useEffect(() => {
    let current = true
    void hashBlock({ number: 1, nonce, data, previous: genesisPrevious }).then((next) => {
      if (!current) return
      setHash(next)
      const valid = meetsDifficulty(next, difficulty)
      if (wasValid.current !== undefined && wasValid.current !== valid) {
        const target = targetPrefix(difficulty)
        announce(
          valid ? t('learn.block.nowValid', { number: 1, target }) : t('learn.block.nowInvalid', { number: 1, target }),
        )
      }
      wasValid.current = valid
    })
    return () => {
      current = false
    }
  }, [nonce, data, difficulty, t, announce])

  const mine = async () => {
    announce(t('learn.block.mining', { number: 1, tried: 0 }))
    const outcome = await miner.mine('block', block, difficulty)
    if (outcome.status === 'found') {
      // Marked valid before the nonce changes, so the fuller "mined" message is not replaced by "now valid".
      wasValid.current = true
      announce(
        t('learn.block.mined', {
          number: 1,
          nonce: outcome.nonce,
          tried: outcome.tried,
          target: targetPrefix(difficulty),
        }),
      )
      setNonce(outcome.nonce)
    } else {
      announce(t('learn.block.stopped', { number: 1, tried: outcome.tried }))
    }
  }

  const mining = miner.state.status === 'mining' ? miner.state.tried : undefined
  return (
    <>
      <p>{t('learn.block.intro')}</p>
      <div className="field demo-setting">
        <label htmlFor={`${id}-difficulty`}>{t('learn.block.difficulty')}</label>
        <select
          id={`${id}-difficulty`}
          value={difficulty}
          disabled={mining !== undefined}
          aria-describedby={`${id}-difficulty-help`}
          onChange={(event) => setDifficulty(Number(event.target.value))}
        >
          {difficulties.map((value) => (
            <option key={value} value={value}>
              {value} ({targetPrefix(value)})
            </option>
          ))}
        </select>
        <p id={`${id}-difficulty-help`} className="muted">
          {t('learn.block.difficultyHelp')}
        </p>
      </div>
      <BlockCard
        number={1}
        nonce={nonce}
        previous={undefined}
        hash={hash}
        problem={hash === undefined ? 'pending' : meetsDifficulty(hash, difficulty) ? undefined : 'difficulty'}
        difficulty={difficulty}
        mining={mining}
        headingLevel={2}
        onNonceChange={setNonce}
        onMine={() => void mine()}
        onStop={miner.stop}
        data={<DataField value={data} disabled={mining !== undefined} onChange={setData} />}
      />
      <StatusRegion message={message} />
    </>
  )
}
