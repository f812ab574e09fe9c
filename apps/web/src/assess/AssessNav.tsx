import { AreaNav, type AreaNavLink } from '../layout/AreaNav.tsx'

const views: readonly AreaNavLink[] = [
  { to: '/assess', label: 'assess.nav.home', end: true },
  { to: '/assess/principles', label: 'assess.nav.principles' },
  { to: '/assess/examples', label: 'assess.nav.examples' },
  { to: '/assess/new', label: 'assess.nav.new' },
]

/** The Assess area's own navigation. */
export function AssessNav() {
  return <AreaNav label="assess.nav.label" links={views} />
}
