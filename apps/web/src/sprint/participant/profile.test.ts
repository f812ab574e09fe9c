import { ProfileInput } from '@blockgov/sprint'
import { describe, expect, it } from 'vitest'
import { isCodeShaped, normaliseCode } from './join-code.ts'
import { buildProfile, emptyProfileDraft, hasAnswer, type ProfileDraft, parseLanguages } from './profile.ts'

const allConsent = { gender: true, stakeholder: true, region: true, languages: true, accessibility: true }

describe('parseLanguages', () => {
  it('splits on commas and semicolons, trims, and drops empty, one-letter and repeated entries', () => {
    expect(parseLanguages(' English, français;; e , english ,Español ')).toEqual(['English', 'français', 'Español'])
  })

  it('keeps at most ten languages', () => {
    expect(parseLanguages(Array.from({ length: 12 }, (_, i) => `lang${i}`).join(','))).toHaveLength(10)
  })
})

describe('buildProfile', () => {
  const answered: ProfileDraft = {
    gender: 'self-described',
    genderSelfDescribed: '  genderfluid ',
    stakeholder: 'academia',
    region: ' West Africa ',
    languages: 'English, Wolof',
    accessibility: 'Captions please',
    consent: allConsent,
  }

  it('sends nothing without consent, even when every field is answered', () => {
    expect(buildProfile({ ...answered, consent: emptyProfileDraft.consent })).toEqual({})
  })

  it('sends nothing for consent without an answer', () => {
    expect(buildProfile({ ...emptyProfileDraft, consent: allConsent })).toEqual({})
  })

  it('sends each consented answer, trimmed, in the shape the server accepts', () => {
    const profile = buildProfile(answered)
    expect(profile).toEqual({
      gender: { value: 'self-described', selfDescribed: 'genderfluid', consent: true },
      stakeholder: { value: 'academia', consent: true },
      region: { value: 'West Africa', consent: true },
      languages: { value: ['English', 'Wolof'], consent: true },
      accessibility: { value: 'Captions please', consent: true },
    })
    expect(ProfileInput.safeParse(profile).success).toBe(true)
  })

  it('sends only the fields whose own box is ticked', () => {
    const profile = buildProfile({ ...answered, consent: { ...emptyProfileDraft.consent, region: true } })
    expect(Object.keys(profile)).toEqual(['region'])
  })

  it('drops the self-description for other genders', () => {
    expect(buildProfile({ ...answered, gender: 'woman' }).gender).toEqual({ value: 'woman', consent: true })
  })

  it('knows which fields were answered, for the "will not be sent" hint', () => {
    expect(hasAnswer({ ...emptyProfileDraft, languages: ' , ' }, 'languages')).toBe(false)
    expect(hasAnswer({ ...emptyProfileDraft, region: 'Asia' }, 'region')).toBe(true)
  })
})

describe('join codes', () => {
  it('normalises what people type and checks the shape', () => {
    expect(normaliseCode(' k7p-m3x9 ')).toBe('K7PM3X')
    expect(isCodeShaped('K7PM3X')).toBe(true)
    expect(isCodeShaped('K7PM')).toBe(false)
  })
})
