import { useId } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { useNames } from './names-context.ts'

/** Chooses who signs: a public dev account (embedded dev chain only) or the browser wallet (EIP-1193). */
export function SignerPicker() {
  const { t } = useI18n()
  const id = useId()
  const { overview, signer, setSigner } = useNames()
  const dev = overview?.kind === 'embedded'
  const hasWallet = 'ethereum' in window
  const account = signer.kind === 'dev' ? signer.account : 0
  return (
    <fieldset className="names-signer">
      <legend>{t('names.signer.legend')}</legend>
      {dev ? (
        <div className="choice-row">
          <input
            id={`${id}-dev`}
            type="radio"
            name={`${id}-signer`}
            checked={signer.kind === 'dev'}
            onChange={() => setSigner({ kind: 'dev', account })}
          />
          <label htmlFor={`${id}-dev`}>{t('names.signer.dev')}</label>
        </div>
      ) : null}
      {dev && signer.kind === 'dev' ? (
        <div className="field names-indent">
          <label htmlFor={`${id}-account`}>{t('names.signer.account')}</label>
          <select
            id={`${id}-account`}
            value={account}
            onChange={(e) => setSigner({ kind: 'dev', account: Number(e.target.value) })}
          >
            {overview.devAccounts.map((a) => (
              <option key={a.index} value={a.index}>
                {t('names.signer.option', { index: a.index, address: a.address })}
              </option>
            ))}
          </select>
          <p className="hint">{t('names.signer.devHint')}</p>
        </div>
      ) : null}
      <div className="choice-row">
        <input
          id={`${id}-wallet`}
          type="radio"
          name={`${id}-signer`}
          checked={signer.kind === 'wallet'}
          onChange={() => setSigner({ kind: 'wallet' })}
          aria-describedby={`${id}-wallet-hint`}
        />
        <label htmlFor={`${id}-wallet`}>{t('names.signer.wallet')}</label>
      </div>
      <p className="hint names-indent" id={`${id}-wallet-hint`}>
        {hasWallet ? t('names.signer.walletFound') : t('names.signer.walletMissing')}
      </p>
    </fieldset>
  )
}
