import type { ReactNode } from 'react'
import { NavLink } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { errorText } from './error-text.ts'
import { useNames } from './names-context.ts'

/** One Names page: its title, the area's own navigation, and a notice when the name system is not available. */
export function NamesPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n()
  const { overviewError } = useNames()
  return (
    <Page title={title}>
      <nav aria-label={t('names.nav.label')}>
        <ul className="names-nav">
          <li>
            <NavLink to="/names" end>
              {t('names.nav.search')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/names/disputes">{t('names.nav.disputes')}</NavLink>
          </li>
          <li>
            <NavLink to="/names/council">{t('names.nav.council')}</NavLink>
          </li>
        </ul>
      </nav>
      {overviewError === null ? null : (
        <p className="names-notice" role="alert">
          {errorText(t, overviewError)}
        </p>
      )}
      {children}
    </Page>
  )
}
