import { useId, useState } from 'react'
import { useI18n } from '../../../i18n/I18nProvider.tsx'
import { generateKeyPair, type KeyPair, signMessage, verifyMessage } from '../model/signatures.ts'
import { StatusRegion, useAnnouncer } from '../ui/StatusRegion.tsx'

type Verdict = 'valid' | 'invalid' | 'bad-signature' | 'bad-public-key' | 'bad-secret-key'

/** Make a secp256k1 key pair, sign a message, verify it, and see verification fail after any change. */
export function SignaturesDemo() {
  const { t } = useI18n()
  const id = useId()
  const [keys, setKeys] = useState<KeyPair>(() => generateKeyPair())
  const [message, setMessage] = useState('Pay Ben 10 coins')
  const [signature, setSignature] = useState('')
  const [verdict, setVerdict] = useState<Verdict | undefined>(undefined)
  const status = useAnnouncer()

  const verdictText = (value: Verdict) => t(`learn.signatures.${value}`)

  const generate = () => {
    setKeys(generateKeyPair())
    setSignature('')
    setVerdict(undefined)
    status.announce(t('learn.signatures.generated'))
  }
  const sign = () => {
    const result = signMessage(message, keys.secretKey)
    setVerdict(undefined)
    if (!result.ok) {
      setVerdict(result.problem)
      status.announce(verdictText(result.problem))
      return
    }
    setSignature(result.signature)
    status.announce(t('learn.signatures.signed'))
  }
  const verify = () => {
    const result = verifyMessage(message, signature, keys.publicKey)
    const next: Verdict = result.ok ? (result.valid ? 'valid' : 'invalid') : result.problem
    setVerdict(next)
    status.announce(verdictText(next))
  }
  // Any edit makes the last verdict stale: it is cleared rather than left showing a result for other inputs.
  const edit = (apply: () => void) => {
    apply()
    setVerdict(undefined)
  }

  return (
    <>
      <p>{t('learn.signatures.intro')}</p>
      <p className="demo-warning">{t('learn.signatures.warning')}</p>
      <div className="demo-panel">
        <button type="button" onClick={generate}>
          {t('learn.signatures.generate')}
        </button>
        <div className="field">
          <label htmlFor={`${id}-secret`}>{t('learn.signatures.secretKey')}</label>
          <input
            id={`${id}-secret`}
            className="hash"
            spellCheck={false}
            autoComplete="off"
            value={keys.secretKey}
            onChange={(event) => edit(() => setKeys({ ...keys, secretKey: event.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-public`}>{t('learn.signatures.publicKey')}</label>
          <input
            id={`${id}-public`}
            className="hash"
            spellCheck={false}
            autoComplete="off"
            value={keys.publicKey}
            onChange={(event) => edit(() => setKeys({ ...keys, publicKey: event.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-message`}>{t('learn.signatures.message')}</label>
          <textarea
            id={`${id}-message`}
            rows={3}
            value={message}
            onChange={(event) => edit(() => setMessage(event.target.value))}
          />
        </div>
        <button type="button" onClick={sign}>
          {t('learn.signatures.sign')}
        </button>
        <div className="field">
          <label htmlFor={`${id}-signature`}>{t('learn.signatures.signature')}</label>
          <textarea
            id={`${id}-signature`}
            className="hash"
            rows={3}
            spellCheck={false}
            value={signature}
            onChange={(event) => edit(() => setSignature(event.target.value))}
          />
        </div>
        <button type="button" onClick={verify}>
          {t('learn.signatures.verify')}
        </button>
        {verdict !== undefined && (
          <p className={`verdict ${verdict === 'valid' ? 'verdict-agrees' : 'verdict-invalid'}`}>
            <span aria-hidden="true" className="block-icon">
              {verdict === 'valid' ? '✓' : '✗'}
            </span>{' '}
            {verdictText(verdict)}
          </p>
        )}
      </div>
      <StatusRegion message={status.message} />
    </>
  )
}
