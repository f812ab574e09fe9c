import { AreaNav, type AreaNavLink } from '../layout/AreaNav.tsx'

const views: readonly AreaNavLink[] = [
  { to: '/explore', label: 'explore.nav.matrix', end: true },
  { to: '/explore/compare', label: 'explore.nav.compare' },
  { to: '/explore/timeline', label: 'explore.nav.timeline' },
  { to: '/explore/data', label: 'explore.nav.data' },
  { to: '/explore/contribute', label: 'explore.nav.contribute' },
  { to: '/explore/review', label: 'explore.nav.review' },
]

/** The explorer's views. The matrix comes first: its table holds everything the other views show. */
export function ExploreNav() {
  return <AreaNav label="explore.nav.label" links={views} />
}
