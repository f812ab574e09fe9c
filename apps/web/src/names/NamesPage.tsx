import type { ReactNode } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { AreaNav, type AreaNavLink } from '../layout/AreaNav.tsx'
import { Page } from '../layout/Page.tsx'
import { errorText } from './error-text.ts'
import { useNames } from './names-context.ts'

const views: readonly AreaNavLink[] = [
  { to: '/names', label: 'names.nav.search', end: true },
  { to: '/names/disputes', label: 'names.nav.disputes' },
  { to: '/names/council', label: 'names.nav.council' },
]

/** One Names page: its title, the area's own navigation, and a notice when the name system is not available. */
export function NamesPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n()
  const { overviewError } = useNames()
  return (
    <Page title={title}>
      <AreaNav label="names.nav.label" links={views} />
      {overviewError === null ? null : (
        <p className="names-notice" role="alert">
          {errorText(t, overviewError)}
        </p>
      )}
      {children}
    </Page>
  )
}
