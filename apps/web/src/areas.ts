import type { MessageKey } from './i18n/translate.ts'

/** The seven areas of blockgov, in navigation order. */
export interface Area {
  readonly id: 'sprint' | 'groups' | 'names' | 'privacy' | 'learn' | 'assess' | 'explore'
  readonly path: string
  readonly title: MessageKey
  readonly summary: MessageKey
}

export const areas: readonly Area[] = [
  { id: 'sprint', path: '/sprint', title: 'nav.sprint', summary: 'area.sprint.summary' },
  { id: 'groups', path: '/groups', title: 'nav.groups', summary: 'area.groups.summary' },
  { id: 'names', path: '/names', title: 'nav.names', summary: 'area.names.summary' },
  { id: 'privacy', path: '/privacy-map', title: 'nav.privacy', summary: 'area.privacy.summary' },
  { id: 'learn', path: '/learn', title: 'nav.learn', summary: 'area.learn.summary' },
  { id: 'assess', path: '/assess', title: 'nav.assess', summary: 'area.assess.summary' },
  { id: 'explore', path: '/explore', title: 'nav.explore', summary: 'area.explore.summary' },
]
