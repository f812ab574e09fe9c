import type { OrganiserView, SessionSummary } from '@blockgov/protocol'
import { type FormEvent, useEffect, useId, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { ApiFailure, api } from '../api.ts'
import { errorText } from './error-text.ts'
import { ForCard } from './ForCard.tsx'
import { FormError } from './FormError.tsx'

const failure = (e: unknown) => (e instanceof ApiFailure ? e : { code: 'INTERNAL', message: '' })

/** A signed-in organiser's sessions: create one, open its console or projector, sign out. */
export function OrganiserSessions({ organiser, onSignedOut }: { organiser: OrganiserView; onSignedOut: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const navigate = useNavigate()
  const [title, setTitle] = useState('')
  const [sessions, setSessions] = useState<readonly SessionSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [listError, setListError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    api.listSessions().then(
      (list) => current && setSessions(list),
      (e: unknown) => current && setListError(errorText(t, failure(e))),
    )
    return () => {
      current = false
    }
  }, [t])

  async function create(event: FormEvent) {
    event.preventDefault()
    setError(null)
    try {
      const session = await api.createSession(title.trim())
      navigate(`/sprint/s/${session.id}/console`)
    } catch (e) {
      setError(errorText(t, failure(e)))
    }
  }

  async function signOut() {
    try {
      await api.logout()
      onSignedOut()
    } catch (e) {
      setError(errorText(t, failure(e)))
    }
  }

  return (
    <div className="stack">
      <p>{t('participant.organisers.signedInAs', { name: organiser.displayName, email: organiser.email })}</p>
      <form className="stack" onSubmit={create} aria-labelledby={`${id}-create`}>
        <h3 id={`${id}-create`}>{t('participant.organisers.createTitle')}</h3>
        <div className="field">
          <label htmlFor={`${id}-title`}>
            {t('participant.organisers.sessionTitle')}{' '}
            <span className="required">{t('participant.form.required')}</span>
          </label>
          <input
            id={`${id}-title`}
            required
            maxLength={160}
            value={title}
            autoComplete="off"
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <FormError message={error} />
        <div>
          <button type="submit">{t('participant.organisers.create')}</button>
        </div>
      </form>
      <h3 id={`${id}-list`}>{t('participant.organisers.sessions')}</h3>
      <FormError message={listError} />
      {sessions === null && listError === null && <p>{t('participant.organisers.loading')}</p>}
      {sessions?.length === 0 && <p>{t('participant.organisers.noSessions')}</p>}
      {sessions !== null && sessions.length > 0 && (
        <ul className="session-list" aria-labelledby={`${id}-list`}>
          {sessions.map((s) => (
            <li key={s.id}>
              <span className="session-title">{s.title}</span>{' '}
              <span className="muted">{t('participant.organisers.code', { code: s.code })}</span>
              <span className="link-row">
                <Link to={`/sprint/s/${s.id}/console`}>
                  {t('participant.organisers.console')}
                  <ForCard text={s.title} />
                </Link>
                <Link to={`/sprint/s/${s.id}/projector`}>
                  {t('participant.organisers.projector')}
                  <ForCard text={s.title} />
                </Link>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div>
        <button type="button" onClick={signOut}>
          {t('participant.organisers.signOut')}
        </button>
      </div>
    </div>
  )
}
