import { Link } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { errorText } from './error-text.ts'

/** A problem reconnecting will not fix (bad pass, unknown session, outdated page), with the way out. */
export function FatalNotice({ error }: { error: { readonly code: string; readonly message: string } }) {
  const { t } = useI18n()
  return (
    <div role="alert" className="notice-box">
      <p>
        <strong>{t('sprint.fatal.title')}</strong>
      </p>
      <p>{errorText(t, error)}</p>
      <p>
        <Link to="/sprint/join">{t('participant.view.joinAgain')}</Link>
      </p>
    </div>
  )
}
