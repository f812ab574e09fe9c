import { type FormEvent, useCallback, useEffect, useState } from 'react'
import { useParams } from 'react-router'
import { settled, useLoad, useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { groupsApi } from './api.ts'
import { FailureAlert } from './FailureAlert.tsx'

/** Where a delivery's unsubscribe link lands: leave the list in one press, or switch to a digest. */
export function UnsubscribePage() {
  const { t } = useI18n()
  const token = useParams().token ?? ''
  const load = useCallback(() => groupsApi.membership(token), [token])
  const { value, error, reload } = settled(useLoad(load, [load]))
  const [digest, setDigest] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  const { error: failure, run: attempt } = useSubmit()

  useEffect(() => {
    if (value !== null) setDigest(value.digest)
  }, [value])

  async function act(action: () => Promise<string>) {
    void attempt(async () => {
      setStatus(await action())
      reload()
    })
  }

  function saveDigest(event: FormEvent) {
    event.preventDefault()
    void act(async () => {
      await groupsApi.setDigest(token, digest)
      return t('groups.unsub.digestSaved')
    })
  }

  return (
    <Page title={t('groups.unsub.title')}>
      {error === null ? null : (
        <p role="alert" className="groups-error">
          {error.message}
        </p>
      )}
      {value === null ? null : (
        <>
          <p>{t('groups.unsub.status', { name: value.name, status: value.status })}</p>
          {value.status === 'unsubscribed' ? null : (
            <>
              <p>
                <button
                  type="button"
                  onClick={() =>
                    void act(async () => t('groups.unsub.done', { name: (await groupsApi.unsubscribe(token)).name }))
                  }
                >
                  {t('groups.unsub.submit')}
                </button>
              </p>
              <form className="groups-form" onSubmit={saveDigest}>
                <label className="check">
                  <input type="checkbox" checked={digest} onChange={(e) => setDigest(e.target.checked)} />
                  {t('groups.unsub.digest')}
                </label>
                <div>
                  <button type="submit">{t('groups.unsub.digestSave')}</button>
                </div>
              </form>
            </>
          )}
        </>
      )}
      <div role="status">{status === null ? null : <p>{status}</p>}</div>
      <FailureAlert failure={failure} />
    </Page>
  )
}
