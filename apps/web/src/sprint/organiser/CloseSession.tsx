import type { SessionState } from '@blockgov/sprint'
import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { CommandError } from './CommandError.tsx'
import { useCommand } from './use-command.ts'

/** "Close session" with an in-page confirmation step; focus moves into the step and back out of it. */
export function CloseSession({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t } = useI18n()
  const { run, error } = useCommand(live)
  const [confirming, setConfirming] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const openRef = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)
  const doneRef = useRef<HTMLParagraphElement>(null)
  const wasClosed = useRef(state.closed)

  useEffect(() => {
    // Closing removes the buttons; put focus on the confirmation so it is not lost.
    if (state.closed && !wasClosed.current) doneRef.current?.focus()
    wasClosed.current = state.closed
  }, [state.closed])

  useEffect(() => {
    if (confirming) confirmRef.current?.focus()
    else if (returnFocus.current) openRef.current?.focus()
    returnFocus.current = false
  }, [confirming])

  if (state.closed) {
    return (
      <p ref={doneRef} tabIndex={-1} className="org-notice">
        {t('organiser.close.doneShort')}
      </p>
    )
  }
  return (
    <div className="org-close-session">
      {confirming ? (
        <div className="org-confirm-step">
          <p id="close-confirm-text">{t('organiser.close.question')}</p>
          <div className="org-button-row">
            <button
              ref={confirmRef}
              type="button"
              className="org-danger"
              aria-describedby="close-confirm-text"
              onClick={async () => {
                if (await run({ type: 'session.close' })) setConfirming(false)
              }}
            >
              {t('organiser.close.confirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                returnFocus.current = true
                setConfirming(false)
              }}
            >
              {t('organiser.close.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={openRef} type="button" className="org-danger" onClick={() => setConfirming(true)}>
          {t('organiser.close.open')}
        </button>
      )}
      <CommandError message={error} />
    </div>
  )
}
