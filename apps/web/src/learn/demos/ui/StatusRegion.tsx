import { useCallback, useState } from 'react'
import { useI18n } from '../../../i18n/I18nProvider.tsx'

/** The latest state change of a demo, said in words: shown on screen and read out by screen readers. */
export function useAnnouncer() {
  const [message, setMessage] = useState('')
  const announce = useCallback((next: string) => setMessage(next), [])
  /** Adds to the latest message, for a consequence that follows in the same step (a peer's copy is then rejected). */
  const append = useCallback(
    (next: string) => setMessage((current) => (current === '' ? next : `${current} ${next}`)),
    [],
  )
  return { message, announce, append }
}

/**
 * A polite live region, visible to everyone: it is also the text alternative to the colours of valid and
 * invalid blocks. It stays mounted and empty at first, so screen readers pick up the first change too.
 */
export function StatusRegion({ message }: { message: string }) {
  const { t } = useI18n()
  return (
    <div className="demo-status">
      <p className="demo-status-label">{t('learn.demos.status')}</p>
      <p role="status" className="demo-status-text">
        {message}
      </p>
    </div>
  )
}
