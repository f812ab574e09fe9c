import { useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../../../i18n/I18nProvider.tsx'
import { differingDigits, sha256Hex } from '../model/hash.ts'
import { StatusRegion, useAnnouncer } from '../ui/StatusRegion.tsx'

/** Live SHA-256 of whatever the visitor types. */
export function HashDemo() {
  const { t } = useI18n()
  const id = useId()
  const [text, setText] = useState('Hello, library!')
  const [hash, setHash] = useState<string | undefined>(undefined)
  const { message, announce } = useAnnouncer()
  const last = useRef<string | undefined>(undefined)

  useEffect(() => {
    let current = true
    void sha256Hex(text).then((next) => {
      if (!current) return
      setHash(next)
      if (last.current !== undefined) {
        const changed = differingDigits(last.current, next)
        announce(changed === 0 ? t('learn.hash.same') : t('learn.hash.changed', { changed }))
      }
      last.current = next
    })
    return () => {
      current = false
    }
  }, [text, t, announce])

  return (
    <>
      <p>{t('learn.hash.intro')}</p>
      <div className="demo-panel">
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('learn.hash.input')}</label>
          <textarea id={`${id}-text`} rows={4} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
        <dl className="field">
          <dt>{t('learn.hash.output')}</dt>
          <dd className="hash hash-output">{hash ?? '…'}</dd>
        </dl>
      </div>
      <StatusRegion message={message} />
    </>
  )
}
