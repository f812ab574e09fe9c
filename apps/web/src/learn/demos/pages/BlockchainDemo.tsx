import { useState } from 'react'
import { useI18n } from '../../../i18n/I18nProvider.tsx'
import { useMiner } from '../mining/use-miner.ts'
import type { ChainEntry, CheckedBlock } from '../model/chain.ts'
import { starterChain, starterDifficulty } from '../model/starters.ts'
import { ChainEditor } from '../ui/ChainEditor.tsx'
import { chainSummary } from '../ui/describe-chain.ts'
import { StatusRegion, useAnnouncer } from '../ui/StatusRegion.tsx'

/** Five linked blocks: edit one and every later block breaks until re-mined. */
export function BlockchainDemo() {
  const { t } = useI18n()
  const [entries, setEntries] = useState<readonly ChainEntry[]>(starterChain)
  const [checked, setChecked] = useState<CheckedBlock[] | undefined>(undefined)
  const miner = useMiner()
  const { message, announce } = useAnnouncer()
  return (
    <>
      <p>{t('learn.chain.intro')}</p>
      <p className="chain-summary">{checked === undefined ? '…' : chainSummary(checked, t)}</p>
      <StatusRegion message={message} />
      <ChainEditor
        entries={entries}
        onChange={setEntries}
        difficulty={starterDifficulty}
        headingLevel={2}
        miner={miner}
        announce={announce}
        onChecked={setChecked}
      />
    </>
  )
}
