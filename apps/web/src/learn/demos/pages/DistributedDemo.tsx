import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useI18n } from '../../../i18n/I18nProvider.tsx'
import type { Translate } from '../../../i18n/translate.ts'
import { useMiner } from '../mining/use-miner.ts'
import type { ChainEntry, CheckedBlock } from '../model/chain.ts'
import { findConsensus, type PeerVerdict } from '../model/consensus.ts'
import { starterChain, starterDifficulty } from '../model/starters.ts'
import { ChainEditor } from '../ui/ChainEditor.tsx'
import { StatusRegion, useAnnouncer } from '../ui/StatusRegion.tsx'

const peerNames = ['A', 'B', 'C'] as const
/** Three blocks per peer keep three copies readable on one screen. */
const peerChain = starterChain.slice(0, 3)

function verdictText(verdict: PeerVerdict | undefined, t: Translate): string {
  switch (verdict) {
    case 'agrees':
      return t('learn.distributed.agrees')
    case 'invalid':
      return t('learn.distributed.invalid')
    case 'outvoted':
      return t('learn.distributed.outvoted')
    case 'no-majority':
      return t('learn.distributed.noMajority')
    case undefined:
      return '…'
  }
}

/** Three peers, each with its own copy; the majority of valid copies decides. */
export function DistributedDemo() {
  const { t } = useI18n()
  const id = useId()
  const [chains, setChains] = useState<Record<string, readonly ChainEntry[]>>(() =>
    Object.fromEntries(peerNames.map((name) => [name, peerChain])),
  )
  const [checked, setChecked] = useState<Record<string, CheckedBlock[]>>({})
  const miner = useMiner()
  const { message, announce, append } = useAnnouncer()
  const lastVerdicts = useRef<ReadonlyMap<string, PeerVerdict> | undefined>(undefined)
  const peerLabel = (name: string) => t('learn.distributed.peer', { name })

  const consensus = useMemo(() => {
    const peers = peerNames.flatMap((peer) => {
      const blocks = checked[peer]
      return blocks === undefined ? [] : [{ peer, blocks }]
    })
    return peers.length === peerNames.length ? findConsensus(peers) : undefined
  }, [checked])

  useEffect(() => {
    if (consensus === undefined) return
    const before = lastVerdicts.current
    lastVerdicts.current = consensus.verdicts
    if (before === undefined) return
    const changes = peerNames
      .filter((name) => before.get(name) !== consensus.verdicts.get(name))
      .map((name) => t('learn.distributed.verdict', { name, verdict: verdictText(consensus.verdicts.get(name), t) }))
    if (changes.length > 0) append(changes.join(' '))
  }, [consensus, t, append])

  // One stable callback per peer, so the chain editors do not re-announce on every render.
  const onChecked = useMemo(
    () =>
      Object.fromEntries(
        peerNames.map((name) => [name, (blocks: CheckedBlock[]) => setChecked((all) => ({ ...all, [name]: blocks }))]),
      ),
    [],
  )
  const onChange = useCallback(
    (name: string) => (entries: readonly ChainEntry[]) => setChains((all) => ({ ...all, [name]: entries })),
    [],
  )

  return (
    <>
      <p>{t('learn.distributed.intro')}</p>
      <section aria-labelledby={`${id}-consensus`} className="consensus">
        <h2 id={`${id}-consensus`}>{t('learn.distributed.title')}</h2>
        <p>
          {consensus === undefined
            ? '…'
            : consensus.majorityTip === undefined
              ? t('learn.distributed.none')
              : t('learn.distributed.majority', {
                  count: consensus.supporters,
                  total: peerNames.length,
                  tip: consensus.majorityTip.slice(0, 12),
                })}
        </p>
        <ul>
          {peerNames.map((name) => {
            const verdict = consensus?.verdicts.get(name)
            return (
              <li key={name} className={`verdict verdict-${verdict ?? 'pending'}`}>
                <span aria-hidden="true" className="block-icon">
                  {verdict === 'agrees' ? '✓' : verdict === undefined ? '…' : '✗'}
                </span>{' '}
                {t('learn.distributed.verdict', { name, verdict: verdictText(verdict, t) })}
              </li>
            )
          })}
        </ul>
      </section>
      <StatusRegion message={message} />
      <div className="peers">
        {peerNames.map((name) => (
          <section key={name} aria-labelledby={`${id}-peer-${name}`} className="peer">
            <h2 id={`${id}-peer-${name}`}>{peerLabel(name)}</h2>
            <ChainEditor
              entries={chains[name] ?? peerChain}
              onChange={onChange(name)}
              difficulty={starterDifficulty}
              owner={peerLabel(name)}
              headingLevel={3}
              miner={miner}
              announce={announce}
              onChecked={onChecked[name]}
            />
          </section>
        ))}
      </div>
    </>
  )
}
