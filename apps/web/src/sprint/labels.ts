import type { StakeholderGroup } from '@blockgov/sprint'
import type { MessageKey } from '../i18n/translate.ts'

/** Message keys of the stakeholder groups, shared by the join form and the organiser's results. */
export const stakeholderKeys: Readonly<Record<StakeholderGroup, MessageKey>> = {
  government: 'participant.profile.stakeholder.government',
  'private-sector': 'participant.profile.stakeholder.privateSector',
  'civil-society': 'participant.profile.stakeholder.civilSociety',
  'technical-community': 'participant.profile.stakeholder.technicalCommunity',
  academia: 'participant.profile.stakeholder.academia',
  intergovernmental: 'participant.profile.stakeholder.intergovernmental',
  other: 'participant.profile.stakeholder.other',
}
