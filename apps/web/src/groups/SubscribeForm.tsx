import { type FormEvent, useId, useState } from 'react'
import { useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { groupsApi } from './api.ts'
import { FailureAlert } from './FailureAlert.tsx'

/** Subscribe to a list by address (double opt-in: the server mails a confirmation link). */
export function SubscribeForm({ list }: { list: string }) {
  const { t } = useI18n()
  const id = useId()
  const [email, setEmail] = useState('')
  const [digest, setDigest] = useState(false)
  const [sentTo, setSentTo] = useState<string | null>(null)
  const { error, busy, run: attempt } = useSubmit()

  function submit(event: FormEvent) {
    event.preventDefault()
    void attempt(async () => {
      await groupsApi.subscribe(list, email, digest)
      setSentTo(email)
      setEmail('')
    })
  }

  return (
    <section className="groups-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.subscribe.title')}</h2>
      <form className="groups-form" onSubmit={submit}>
        <div>
          <label htmlFor={`${id}-email`}>{t('groups.subscribe.email')}</label>
          <p className="hint" id={`${id}-hint`}>
            {t('groups.subscribe.hint')}
          </p>
          <input
            id={`${id}-email`}
            type="email"
            required
            autoComplete="email"
            aria-describedby={`${id}-hint`}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <label className="check">
          <input type="checkbox" checked={digest} onChange={(e) => setDigest(e.target.checked)} />
          {t('groups.subscribe.digest')}
        </label>
        <div>
          <button type="submit" disabled={busy}>
            {t('groups.subscribe.submit')}
          </button>
        </div>
      </form>
      <div role="status">{sentTo === null ? null : <p>{t('groups.subscribe.sent', { email: sentTo })}</p>}</div>
      <FailureAlert failure={error} />
    </section>
  )
}
