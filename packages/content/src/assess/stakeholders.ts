import type { Citation } from '../citation.ts'

/**
 * The stakeholder groups an evaluator declares. The five are the groups named in the NETmundial and NETmundial+10
 * statements as taking part in their processes; ids are stored with scores, never renamed.
 */
export const stakeholderGroups = [
  { id: 'government', label: 'Government' },
  { id: 'private-sector', label: 'Private sector' },
  { id: 'civil-society', label: 'Civil society' },
  { id: 'technical-community', label: 'Technical community' },
  { id: 'academia', label: 'Academia' },
] as const

/** A stakeholder group id. */
export type StakeholderGroupId = (typeof stakeholderGroups)[number]['id']

/** Where the list of groups comes from. */
export const stakeholderGroupCitations: readonly Citation[] = [
  {
    source: 'netmundial-2014',
    note: 'Preamble: governments, private sector, civil society, technical community, academia.',
  },
  { source: 'netmundial10-2024', note: 'Preamble names the same groups.' },
]
