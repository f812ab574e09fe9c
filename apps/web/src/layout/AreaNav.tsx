import { NavLink } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/translate.ts'

export interface AreaNavLink {
  readonly to: string
  readonly label: MessageKey
  /** Only an exact match is current (the area's home, whose path prefixes every other). */
  readonly end?: boolean
}

/**
 * An area's own navigation below the main one: a labelled list of links with the current page marked
 * (`aria-current`, bold and a thicker underline), 44 px targets, hidden in print.
 *
 * @example
 * <AreaNav label="names.nav.label" links={[{ to: '/names', label: 'names.nav.search', end: true }]} />
 */
export function AreaNav({ label, links }: { label: MessageKey; links: readonly AreaNavLink[] }) {
  const { t } = useI18n()
  return (
    <nav aria-label={t(label)} className="area-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {t(link.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
