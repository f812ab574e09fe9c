import { type Gender, genders, type StakeholderGroup, stakeholderGroups } from '@blockgov/sprint'
import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { MessageKey } from '../../i18n/translate.ts'
import { stakeholderKeys } from '../labels.ts'
import { ConsentCheckbox } from './ConsentCheckbox.tsx'
import { hasAnswer, type ProfileDraft, type ProfileField } from './profile.ts'

const genderKeys: Readonly<Record<Gender, MessageKey>> = {
  woman: 'participant.profile.gender.woman',
  man: 'participant.profile.gender.man',
  'non-binary': 'participant.profile.gender.nonBinary',
  'self-described': 'participant.profile.gender.selfDescribed',
  'prefer-not-to-say': 'participant.profile.gender.preferNotToSay',
}

const purposeKeys: Readonly<Record<ProfileField, MessageKey>> = {
  gender: 'participant.profile.gender.consent',
  stakeholder: 'participant.profile.stakeholder.consent',
  region: 'participant.profile.region.consent',
  languages: 'participant.profile.languages.consent',
  accessibility: 'participant.profile.accessibility.consent',
}

/**
 * "Optional: about you". Every answer has its own consent box worded as its purpose; an answer without
 * consent stays in the browser (see `buildProfile`).
 */
export function ProfileFields({ draft, onChange }: { draft: ProfileDraft; onChange: (draft: ProfileDraft) => void }) {
  const { t } = useI18n()
  const id = useId()
  const set = (change: Partial<ProfileDraft>) => onChange({ ...draft, ...change })
  const fieldId = (field: ProfileField) => `${id}-${field}`
  const consentId = (field: ProfileField) => `${id}-${field}-consent`
  /** Help text ids for a field's input: the intro, plus the "not sent" hint when it shows. */
  const describedBy = (field: ProfileField, extra?: string) =>
    [`${id}-intro`, extra, hasAnswer(draft, field) && !draft.consent[field] ? `${consentId(field)}-hint` : undefined]
      .filter((x) => x !== undefined)
      .join(' ')
  const consent = (field: ProfileField) => (
    <ConsentCheckbox
      id={consentId(field)}
      purpose={purposeKeys[field]}
      checked={draft.consent[field]}
      answered={hasAnswer(draft, field)}
      onChange={(checked) => set({ consent: { ...draft.consent, [field]: checked } })}
    />
  )

  return (
    <fieldset className="profile">
      <legend>{t('participant.profile.legend')}</legend>
      <p id={`${id}-intro`}>{t('participant.profile.intro')}</p>

      <div className="field profile-field">
        <label htmlFor={fieldId('gender')}>{t('participant.profile.gender.label')}</label>
        <select
          id={fieldId('gender')}
          value={draft.gender}
          aria-describedby={describedBy('gender')}
          onChange={(e) => set({ gender: e.target.value as Gender | '' })}
        >
          <option value="">{t('participant.profile.noAnswer')}</option>
          {genders.map((g) => (
            <option key={g} value={g}>
              {t(genderKeys[g])}
            </option>
          ))}
        </select>
        {draft.gender === 'self-described' && (
          <>
            <label htmlFor={`${id}-self`}>{t('participant.profile.gender.selfLabel')}</label>
            <input
              id={`${id}-self`}
              maxLength={60}
              value={draft.genderSelfDescribed}
              onChange={(e) => set({ genderSelfDescribed: e.target.value })}
            />
          </>
        )}
        {consent('gender')}
      </div>

      <div className="field profile-field">
        <label htmlFor={fieldId('stakeholder')}>{t('participant.profile.stakeholder.label')}</label>
        <select
          id={fieldId('stakeholder')}
          value={draft.stakeholder}
          aria-describedby={describedBy('stakeholder')}
          onChange={(e) => set({ stakeholder: e.target.value as StakeholderGroup | '' })}
        >
          <option value="">{t('participant.profile.noAnswer')}</option>
          {stakeholderGroups.map((s) => (
            <option key={s} value={s}>
              {t(stakeholderKeys[s])}
            </option>
          ))}
        </select>
        {consent('stakeholder')}
      </div>

      <div className="field profile-field">
        <label htmlFor={fieldId('region')}>{t('participant.profile.region.label')}</label>
        <input
          id={fieldId('region')}
          maxLength={60}
          autoComplete="off"
          value={draft.region}
          aria-describedby={describedBy('region')}
          onChange={(e) => set({ region: e.target.value })}
        />
        {consent('region')}
      </div>

      <div className="field profile-field">
        <label htmlFor={fieldId('languages')}>{t('participant.profile.languages.label')}</label>
        <p id={`${id}-languages-hint`} className="hint">
          {t('participant.profile.languages.hint')}
        </p>
        <input
          id={fieldId('languages')}
          maxLength={400}
          autoComplete="off"
          value={draft.languages}
          aria-describedby={describedBy('languages', `${id}-languages-hint`)}
          onChange={(e) => set({ languages: e.target.value })}
        />
        {consent('languages')}
      </div>

      <div className="field profile-field">
        <label htmlFor={fieldId('accessibility')}>{t('participant.profile.accessibility.label')}</label>
        <textarea
          id={fieldId('accessibility')}
          rows={2}
          maxLength={500}
          value={draft.accessibility}
          aria-describedby={describedBy('accessibility')}
          onChange={(e) => set({ accessibility: e.target.value })}
        />
        {consent('accessibility')}
      </div>
    </fieldset>
  )
}
