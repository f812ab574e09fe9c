import { NavLink } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/translate.ts'

const views: readonly { readonly to: string; readonly label: MessageKey; readonly end?: boolean }[] = [
  { to: '/privacy-map', label: 'privacy.nav.list', end: true },
  { to: '/privacy-map/graph', label: 'privacy.nav.graph' },
  { to: '/privacy-map/world', label: 'privacy.nav.world' },
  { to: '/privacy-map/check', label: 'privacy.nav.check' },
  { to: '/privacy-map/sources', label: 'privacy.nav.sources' },
]

/** The map's views. The list comes first: it is the canonical view and holds everything the others show. */
export function PrivacyNav() {
  const { t } = useI18n()
  return (
    <nav aria-label={t('privacy.nav.label')} className="privacy-nav">
      <ul>
        {views.map((view) => (
          <li key={view.to}>
            <NavLink to={view.to} end={view.end}>
              {t(view.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
