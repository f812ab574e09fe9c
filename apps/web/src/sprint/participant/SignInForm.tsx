import type { OrganiserView } from '@blockgov/protocol'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { ApiFailure, api } from '../api.ts'
import { errorText } from './error-text.ts'
import { FormError } from './FormError.tsx'

/** Organiser sign-in. Errors are chosen by code (INVALID_CREDENTIALS, RATE_LIMITED…) and announced. */
export function SignInForm({ onSignedIn }: { onSignedIn: (organiser: OrganiserView) => void }) {
  const { t } = useI18n()
  const id = useId()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      onSignedIn(await api.login(email.trim(), password))
    } catch (e) {
      setError(errorText(t, e instanceof ApiFailure ? e : { code: 'INTERNAL', message: '' }))
      setBusy(false)
    }
  }

  return (
    <form className="stack" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('participant.signIn.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-email`}>
          {t('participant.signIn.email')} <span className="required">{t('participant.form.required')}</span>
        </label>
        <input
          id={`${id}-email`}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>
          {t('participant.signIn.password')} <span className="required">{t('participant.form.required')}</span>
        </label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <FormError message={error} />
      <div>
        <button type="submit">{t('participant.signIn.submit')}</button>
      </div>
    </form>
  )
}
