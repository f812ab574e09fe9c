import { useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { ApiFailure, eraseMyData, exportMyData, forgetPass, type ParticipantPass } from '../api.ts'

/**
 * The participant's data rights, on their own screen: download everything the session holds about them,
 * or erase it (name → pseudonym, optional answers and access deleted). See docs/privacy.md.
 */
export function MyDataSection({ sessionId, pass }: { sessionId: string; pass: ParticipantPass }) {
  const { t } = useI18n()
  const id = useId()
  const [download, setDownload] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [erased, setErased] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function prepareExport() {
    setError(null)
    try {
      const data = await exportMyData(sessionId, pass.token)
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
      setDownload(URL.createObjectURL(blob))
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : String(e))
    }
  }

  async function erase() {
    setError(null)
    try {
      const { pseudonym } = await eraseMyData(sessionId, pass.token)
      forgetPass(sessionId)
      setErased(pseudonym)
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : String(e))
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="my-data">
      <h2 id={`${id}-h`}>{t('participant.data.title')}</h2>
      <p>{t('participant.data.intro')}</p>
      {erased !== null ? (
        <p role="status">{t('participant.data.erased', { pseudonym: erased })}</p>
      ) : (
        <>
          <p>
            {download === null ? (
              <button type="button" onClick={() => void prepareExport()}>
                {t('participant.data.prepare')}
              </button>
            ) : (
              <a href={download} download={`blockgov-my-data-${sessionId}.json`}>
                {t('participant.data.download')}
              </a>
            )}
          </p>
          {confirming ? (
            <fieldset>
              <legend>{t('participant.data.confirm')}</legend>
              <button type="button" onClick={() => void erase()}>
                {t('participant.data.eraseYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('participant.data.eraseNo')}
              </button>
            </fieldset>
          ) : (
            <p>
              <button type="button" onClick={() => setConfirming(true)}>
                {t('participant.data.erase')}
              </button>
            </p>
          )}
        </>
      )}
      <div role="alert">{error}</div>
    </section>
  )
}
