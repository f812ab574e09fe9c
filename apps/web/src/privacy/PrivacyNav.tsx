import { AreaNav, type AreaNavLink } from '../layout/AreaNav.tsx'

const views: readonly AreaNavLink[] = [
  { to: '/privacy-map', label: 'privacy.nav.list', end: true },
  { to: '/privacy-map/graph', label: 'privacy.nav.graph' },
  { to: '/privacy-map/world', label: 'privacy.nav.world' },
  { to: '/privacy-map/check', label: 'privacy.nav.check' },
  { to: '/privacy-map/sources', label: 'privacy.nav.sources' },
]

/** The map's views. The list comes first: it is the canonical view and holds everything the others show. */
export function PrivacyNav() {
  return <AreaNav label="privacy.nav.label" links={views} />
}
