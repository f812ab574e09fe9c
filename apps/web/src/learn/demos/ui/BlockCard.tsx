import { type ReactNode, useId } from 'react'
import { useI18n } from '../../../i18n/I18nProvider.tsx'
import { targetPrefix } from '../model/block.ts'
import type { BlockProblem } from '../model/chain.ts'

export interface BlockCardProps {
  readonly number: number
  readonly nonce: number
  readonly previous: string | undefined
  readonly hash: string | undefined
  /** Undefined while the hash is being computed. */
  readonly problem: BlockProblem | undefined | 'pending'
  readonly difficulty: number
  /** Nonces tried so far when this block is being mined. */
  readonly mining: number | undefined
  /** Label prefix for peers' copies ("Peer B, block 2"), so every field has a unique accessible name. */
  readonly owner?: string
  readonly headingLevel: 2 | 3
  readonly onNonceChange: (nonce: number) => void
  readonly onMine: () => void
  readonly onStop: () => void
  /** The block's data field, or a custom editor (the tokens demo lists payments). */
  readonly data: ReactNode
}

/** One block: its fields, its hash and, in words as well as colour, whether it is valid. */
export function BlockCard(props: BlockCardProps) {
  const { t } = useI18n()
  const id = useId()
  const { number, problem, difficulty } = props
  const target = targetPrefix(difficulty)
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3'
  const state = problem === 'pending' ? 'pending' : problem === undefined ? 'valid' : 'invalid'
  const statusText =
    problem === 'pending'
      ? ''
      : problem === undefined
        ? t('learn.block.valid', { target })
        : problem === 'difficulty'
          ? t('learn.block.invalid', { target })
          : t('learn.block.invalidPrevious')
  const heading =
    props.owner === undefined
      ? t('learn.block.heading', { number })
      : `${props.owner} · ${t('learn.block.heading', { number })}`

  return (
    <section className={`block-card block-${state}`} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="block-heading">
        {heading}
      </Heading>
      <p className="block-state">
        <span aria-hidden="true" className="block-icon">
          {state === 'valid' ? '✓' : state === 'invalid' ? '✗' : '…'}
        </span>{' '}
        {statusText}
      </p>
      <div className="field">
        <label htmlFor={`${id}-nonce`}>{t('learn.block.nonce')}</label>
        <input
          id={`${id}-nonce`}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={props.nonce}
          disabled={props.mining !== undefined}
          aria-describedby={`${id}-heading`}
          onChange={(event) => {
            const value = Number.parseInt(event.target.value, 10)
            props.onNonceChange(Number.isFinite(value) && value >= 0 ? value : 0)
          }}
        />
      </div>
      {props.data}
      <dl className="block-hashes">
        {props.previous !== undefined && (
          <>
            <dt>{t('learn.block.previous')}</dt>
            <dd>
              <code className="hash">{props.previous}</code>
            </dd>
          </>
        )}
        <dt>{t('learn.block.hash')}</dt>
        <dd>
          <code className="hash">{props.hash ?? '…'}</code>
        </dd>
      </dl>
      <div className="block-actions">
        {/* One button that changes role, so keyboard focus stays on it when mining starts and ends. */}
        <button type="button" onClick={props.mining === undefined ? props.onMine : props.onStop}>
          {props.mining !== undefined
            ? t('learn.block.stop')
            : props.owner === undefined
              ? t('learn.block.mine', { number })
              : `${props.owner} · ${t('learn.block.mine', { number })}`}
        </button>
        {props.mining !== undefined && (
          <p className="mining-progress">{t('learn.block.mining', { number, tried: props.mining })}</p>
        )}
      </div>
    </section>
  )
}

/** The plain data field of a block. */
export function DataField({
  value,
  onChange,
  disabled,
}: {
  value: string
  onChange: (data: string) => void
  disabled: boolean
}) {
  const { t } = useI18n()
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{t('learn.block.data')}</label>
      <textarea id={id} rows={2} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)} />
    </div>
  )
}
