/**
 * Optional profile answers. Each is present only when the participant gave it *and* consented to its use;
 * nothing here is required to take part.
 */
export const genders = ['woman', 'man', 'non-binary', 'self-described', 'prefer-not-to-say'] as const
export type Gender = (typeof genders)[number]

export const stakeholderGroups = [
  'government',
  'private-sector',
  'civil-society',
  'technical-community',
  'academia',
  'intergovernmental',
  'other',
] as const
export type StakeholderGroup = (typeof stakeholderGroups)[number]

/** Where a participant takes part from. */
export type Presence = 'room' | 'online'
