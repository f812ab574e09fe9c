import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { groupsApi } from './api.ts'
import { FailureAlert } from './FailureAlert.tsx'

/**
 * Where the mailed confirmation link lands. Confirming takes a button press, not the visit: mail scanners that
 * open every link must not subscribe anyone.
 */
export function ConfirmPage() {
  const { t } = useI18n()
  const token = useParams().token ?? ''
  const [done, setDone] = useState<{ list: string; name: string } | null>(null)
  const { error, run: attempt } = useSubmit()

  function confirm() {
    void attempt(async () => {
      setDone(await groupsApi.confirm(token))
    })
  }

  return (
    <Page title={t('groups.confirm.title')}>
      {done === null ? (
        <>
          <p>{t('groups.confirm.text')}</p>
          <button type="button" onClick={() => void confirm()}>
            {t('groups.confirm.submit')}
          </button>
        </>
      ) : null}
      <div role="status">
        {done === null ? null : (
          <p>
            {t('groups.confirm.done', { name: done.name })}{' '}
            <Link to={done.list === 'announce' ? '/groups' : `/groups/${done.list}`}>{t('groups.nav.home')}</Link>
          </p>
        )}
      </div>
      <FailureAlert failure={error} />
    </Page>
  )
}
