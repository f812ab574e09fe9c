/**
 * The optional "about you" answers of the join form, and the rule that turns them into what is sent:
 * a field leaves the browser only when it has a value *and* its own consent box is ticked.
 */
import type { Gender, ProfileInput, StakeholderGroup } from '@blockgov/sprint'

/** What the join form holds while the person types; empty strings mean "no answer". */
export interface ProfileDraft {
  readonly gender: Gender | ''
  readonly genderSelfDescribed: string
  readonly stakeholder: StakeholderGroup | ''
  readonly region: string
  readonly languages: string
  readonly accessibility: string
  readonly consent: Readonly<Record<ProfileField, boolean>>
}

/** The optional fields, in the order the form shows them. */
export const profileFields = ['gender', 'stakeholder', 'region', 'languages', 'accessibility'] as const
export type ProfileField = (typeof profileFields)[number]

/** A draft with no answers and no consent. */
export const emptyProfileDraft: ProfileDraft = {
  gender: '',
  genderSelfDescribed: '',
  stakeholder: '',
  region: '',
  languages: '',
  accessibility: '',
  consent: { gender: false, stakeholder: false, region: false, languages: false, accessibility: false },
}

/**
 * Splits "English, français ; es" into trimmed language names (commas or semicolons), dropping empty
 * entries, one-letter entries and repeats, at most 10 (what the server accepts).
 *
 * @example
 * parseLanguages('English, French,, es') // ['English', 'French', 'es']
 */
export function parseLanguages(text: string): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const part of text.split(/[,;]/)) {
    const name = part.trim().slice(0, 40)
    const key = name.toLowerCase()
    if (name.length < 2 || seen.has(key)) continue
    seen.add(key)
    result.push(name)
  }
  return result.slice(0, 10)
}

/**
 * Whether the person answered `field` (whatever the consent), so the form can warn that an answer without
 * consent will not be sent.
 *
 * @example
 * hasAnswer({ ...emptyProfileDraft, region: 'Africa' }, 'region') // true
 */
export function hasAnswer(draft: ProfileDraft, field: ProfileField): boolean {
  switch (field) {
    case 'gender':
      return draft.gender !== ''
    case 'stakeholder':
      return draft.stakeholder !== ''
    case 'region':
      return draft.region.trim() !== ''
    case 'languages':
      return parseLanguages(draft.languages).length > 0
    case 'accessibility':
      return draft.accessibility.trim() !== ''
  }
}

/**
 * The profile to send: only answered fields whose consent box is ticked, each with `consent: true`.
 *
 * @example
 * buildProfile({ ...emptyProfileDraft, region: 'Africa', consent: { ...emptyProfileDraft.consent, region: true } })
 * // { region: { value: 'Africa', consent: true } }
 */
export function buildProfile(draft: ProfileDraft): ProfileInput {
  const profile: ProfileInput = {}
  const sent = (field: ProfileField) => draft.consent[field] && hasAnswer(draft, field)
  if (sent('gender') && draft.gender !== '') {
    const selfDescribed = draft.genderSelfDescribed.trim()
    profile.gender =
      draft.gender === 'self-described' && selfDescribed !== ''
        ? { value: draft.gender, selfDescribed: selfDescribed.slice(0, 60), consent: true }
        : { value: draft.gender, consent: true }
  }
  if (sent('stakeholder') && draft.stakeholder !== '') profile.stakeholder = { value: draft.stakeholder, consent: true }
  if (sent('region')) profile.region = { value: draft.region.trim().slice(0, 60), consent: true }
  if (sent('languages')) profile.languages = { value: parseLanguages(draft.languages), consent: true }
  if (sent('accessibility')) profile.accessibility = { value: draft.accessibility.trim().slice(0, 500), consent: true }
  return profile
}
