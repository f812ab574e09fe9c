import { type FormEvent, useCallback, useEffect, useId, useState } from 'react'
import { settled, useLoad, useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { groupsApi } from './api.ts'
import { FailureAlert } from './FailureAlert.tsx'

/**
 * The organiser's view of a group's announcement to the main list: edit the draft, then send it once. Hidden for
 * everyone else (the API answers NOT_SIGNED_IN).
 */
export function AnnouncementEditor({ slug }: { slug: string }) {
  const { t, locale } = useI18n()
  const id = useId()
  const load = useCallback(() => groupsApi.announcement(slug), [slug])
  const { value, error, reload } = settled(useLoad(load, [load]))
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const [status, setStatus] = useState<string | null>(null)
  const { error: failure, run: attempt } = useSubmit()

  useEffect(() => {
    if (value === null) return
    setSubject(value.subject)
    setBody(value.body)
  }, [value])

  if (error !== null || value === null) return null

  async function act(action: () => Promise<string>) {
    setStatus(null)
    void attempt(async () => {
      setStatus(await action())
      reload()
    })
  }

  function save(event: FormEvent) {
    event.preventDefault()
    void act(async () => {
      await groupsApi.editAnnouncement(slug, subject, body)
      return t('groups.announce.saved')
    })
  }

  function send() {
    void act(async () => {
      await groupsApi.editAnnouncement(slug, subject, body)
      const { deliveries } = await groupsApi.sendAnnouncement(slug)
      return t('groups.announce.sentTo', { count: deliveries })
    })
  }

  return (
    <section className="groups-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.announce.title')}</h2>
      {value.sentAt === null ? (
        <form className="groups-form" onSubmit={save}>
          <div>
            <label htmlFor={`${id}-subject`}>{t('groups.announce.subject')}</label>
            <input
              id={`${id}-subject`}
              type="text"
              required
              maxLength={200}
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
            />
          </div>
          <div>
            <label htmlFor={`${id}-body`}>{t('groups.announce.body')}</label>
            <textarea id={`${id}-body`} required rows={10} value={body} onChange={(e) => setBody(e.target.value)} />
          </div>
          <div>
            <button type="submit">{t('groups.announce.save')}</button>{' '}
            <button type="button" onClick={send}>
              {t('groups.announce.send')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>{t('groups.announce.sentAt', { date: new Date(value.sentAt).toLocaleString(locale) })}</p>
          <p>
            <strong>{value.subject}</strong>
          </p>
          <p className="groups-post-text">{value.body}</p>
        </>
      )}
      <div role="status">{status === null ? null : <p>{status}</p>}</div>
      <FailureAlert failure={failure} />
    </section>
  )
}
