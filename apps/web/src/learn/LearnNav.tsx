import { AreaNav, type AreaNavLink } from '../layout/AreaNav.tsx'
import { useLearnOffline } from './offline/register.ts'

const views: readonly AreaNavLink[] = [
  { to: '/learn', label: 'learn.nav.home', end: true },
  { to: '/learn/resources', label: 'learn.nav.resources' },
  { to: '/learn/guide', label: 'learn.nav.guide' },
]

/** The Learn area's own navigation. Every Learn page renders it, so it also installs offline mode. */
export function LearnNav() {
  useLearnOffline()
  return <AreaNav label="learn.nav.label" links={views} />
}
