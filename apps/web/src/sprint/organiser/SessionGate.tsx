import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Page } from '../../layout/Page.tsx'
import type { LiveSession, LiveSnapshot } from '../live-session.ts'
import { useLiveSession } from '../use-live-session.ts'
import { errorMessageKey } from './command-errors.ts'

/**
 * Connects to a session as its organiser (by the sign-in cookie) and renders `children` once the session
 * has loaded; until then a loading page, and for problems reconnecting cannot fix (not signed in, unknown
 * session) a page saying what to do.
 */
export function SessionGate({
  sessionId,
  loadingTitle,
  children,
}: {
  sessionId: string
  loadingTitle: string
  children: (live: LiveSession, snapshot: LiveSnapshot) => ReactNode
}) {
  const { t } = useI18n()
  const session = useLiveSession(sessionId)
  const fatal = session?.snapshot.fatal ?? null
  if (fatal?.code === 'NOT_SIGNED_IN') {
    return (
      <Page title={t('organiser.signIn.title')}>
        <p>{t('organiser.signIn.body')}</p>
        <p>
          <Link to="/sprint">{t('organiser.signIn.link')}</Link>
        </p>
      </Page>
    )
  }
  if (fatal !== null) {
    return (
      <Page title={t('sprint.fatal.title')}>
        <p>{t(errorMessageKey(fatal.code), { code: fatal.code })}</p>
        <p>
          <Link to="/sprint">{t('organiser.signIn.back')}</Link>
        </p>
      </Page>
    )
  }
  if (session === null || session.snapshot.state.seq === 0) {
    return (
      <Page title={loadingTitle}>
        <p role="status">{t('organiser.console.loading')}</p>
      </Page>
    )
  }
  return children(session.live, session.snapshot)
}
