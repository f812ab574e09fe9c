import type { MessageKey } from './i18n/translate.ts'

/** The seven areas of blockgov, in navigation order. `built` flips when an area's issue lands. */
export interface Area {
  readonly id: 'sprint' | 'groups' | 'names' | 'privacy' | 'learn' | 'assess' | 'explore'
  readonly path: string
  readonly title: MessageKey
  readonly summary: MessageKey
  readonly built: boolean
}

export const areas: readonly Area[] = [
  { id: 'sprint', path: '/sprint', title: 'nav.sprint', summary: 'area.sprint.summary', built: true },
  { id: 'groups', path: '/groups', title: 'nav.groups', summary: 'area.groups.summary', built: false },
  { id: 'names', path: '/names', title: 'nav.names', summary: 'area.names.summary', built: true },
  { id: 'privacy', path: '/privacy-map', title: 'nav.privacy', summary: 'area.privacy.summary', built: true },
  { id: 'learn', path: '/learn', title: 'nav.learn', summary: 'area.learn.summary', built: false },
  { id: 'assess', path: '/assess', title: 'nav.assess', summary: 'area.assess.summary', built: false },
  { id: 'explore', path: '/explore', title: 'nav.explore', summary: 'area.explore.summary', built: false },
]
