import './participant.css'
import { type FormEvent, useId, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Page } from '../../layout/Page.tsx'
import { ApiFailure, api, savePass } from '../api.ts'
import { errorText } from './error-text.ts'
import { FormError } from './FormError.tsx'
import { JoinCodeField } from './JoinCodeField.tsx'
import { isCodeShaped, normaliseCode } from './join-code.ts'
import { ProfileFields } from './ProfileFields.tsx'
import { buildProfile, emptyProfileDraft, type ProfileDraft } from './profile.ts'

/** `/sprint/join?code=`: name, presence and optional, separately consented profile answers. */
export function JoinPage() {
  const { t } = useI18n()
  const id = useId()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const [code, setCode] = useState(() => normaliseCode(params.get('code') ?? ''))
  const [name, setName] = useState('')
  const [presence, setPresence] = useState<'room' | 'online'>('room')
  const [profile, setProfile] = useState<ProfileDraft>(emptyProfileDraft)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    if (!isCodeShaped(code)) {
      setError(t('participant.join.codeShape'))
      return
    }
    setBusy(true)
    setError(null)
    try {
      const joined = await api.join(code, name.trim(), presence, buildProfile(profile))
      savePass(joined.sessionId, { participantId: joined.participantId, token: joined.token })
      navigate(`/sprint/s/${joined.sessionId}`)
    } catch (e) {
      setError(errorText(t, e instanceof ApiFailure ? e : { code: 'INTERNAL', message: '' }))
      setBusy(false)
    }
  }

  return (
    <Page title={t('participant.join.title')}>
      <p>{t('participant.join.intro')}</p>
      <form className="participant stack join-form" onSubmit={submit}>
        <JoinCodeField code={code} onChange={setCode} />
        <div className="field">
          <label htmlFor={`${id}-name`}>
            {t('participant.join.name')} <span className="required">{t('participant.form.required')}</span>
          </label>
          <p id={`${id}-name-hint`} className="hint">
            {t('participant.join.nameHint')}
          </p>
          <input
            id={`${id}-name`}
            value={name}
            required
            maxLength={60}
            autoComplete="nickname"
            aria-describedby={`${id}-name-hint`}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <fieldset className="choice-group">
          <legend>
            {t('participant.join.presence')} <span className="required">{t('participant.form.required')}</span>
          </legend>
          {(['room', 'online'] as const).map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name={`${id}-presence`}
                value={value}
                checked={presence === value}
                onChange={() => setPresence(value)}
              />
              {t(value === 'room' ? 'participant.join.room' : 'participant.join.online')}
            </label>
          ))}
        </fieldset>
        <ProfileFields draft={profile} onChange={setProfile} />
        <FormError message={error} />
        <div>
          <button type="submit">{t('participant.join.submit')}</button>
        </div>
      </form>
    </Page>
  )
}
