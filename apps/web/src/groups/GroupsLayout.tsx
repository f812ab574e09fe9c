import { Outlet } from 'react-router'
import { AreaNav, type AreaNavLink } from '../layout/AreaNav.tsx'
import './groups.css'

const views: readonly AreaNavLink[] = [
  { to: '/groups', label: 'groups.nav.home', end: true },
  { to: '/groups/admin', label: 'groups.nav.admin' },
  { to: '/groups/help', label: 'groups.nav.help' },
]

/** The Groups area's frame: its own section navigation above the page. */
export function GroupsLayout() {
  return (
    <>
      <AreaNav label="groups.nav.label" links={views} />
      <Outlet />
    </>
  )
}
