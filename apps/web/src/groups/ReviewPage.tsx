import { type FormEvent, useCallback, useEffect, useId, useState } from 'react'
import { Link, useParams } from 'react-router'
import { settled, useLoad, useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/translate.ts'
import { Page } from '../layout/Page.tsx'
import { groupsApi, type Review } from './api.ts'
import { FailureAlert } from './FailureAlert.tsx'

const statusLabels: Record<Review['status'], MessageKey> = {
  requested: 'groups.review.status.requested',
  'in-review': 'groups.review.status.in-review',
  completed: 'groups.review.status.completed',
}

/** Where a reviewer's link lands: no account, the token in the URL opens this one review. */
export function ReviewPage() {
  const { t } = useI18n()
  const id = useId()
  const token = useParams().token ?? ''
  const load = useCallback(() => groupsApi.review(token), [token])
  const { value: review, error } = settled(useLoad(load, [load]))
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set())
  const [comment, setComment] = useState('')
  const [status, setStatus] = useState<string | null>(null)
  const { error: failure, run: attempt } = useSubmit()

  useEffect(() => {
    if (review === null) return
    setChecked(new Set(review.checklist.filter((item) => item.checked).map((item) => item.id)))
    setComment(review.comment)
  }, [review])

  if (error !== null) {
    return (
      <Page title={t('groups.review.title')}>
        <p role="alert" className="groups-error">
          {error.message}
        </p>
      </Page>
    )
  }
  if (review === null) return <p role="status">{t('groups.loading')}</p>

  function save(complete: boolean) {
    void attempt(async () => {
      const saved = await groupsApi.answerReview(token, [...checked], comment, complete)
      setStatus(t('groups.review.saved', { status: t(statusLabels[saved.status]) }))
    })
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    void save(false)
  }

  function toggle(itemId: string, on: boolean) {
    setChecked((current) => {
      const next = new Set(current)
      if (on) next.add(itemId)
      else next.delete(itemId)
      return next
    })
  }

  return (
    <Page title={t('groups.review.pageTitle', { title: review.output.title })}>
      <p>{t('groups.review.intro', { partner: review.partner })}</p>
      <p>
        <Link to={review.output.path}>{t('groups.review.open')}</Link>
      </p>
      <form className="groups-form" onSubmit={submit}>
        <fieldset>
          <legend>{t('groups.review.checklist')}</legend>
          {review.checklist.map((item) => (
            <label key={item.id} className="check">
              <input
                type="checkbox"
                checked={checked.has(item.id)}
                onChange={(e) => toggle(item.id, e.target.checked)}
              />
              {item.label}
            </label>
          ))}
        </fieldset>
        {review.source === null ? null : (
          <p>
            {t('groups.review.source', {
              title: review.source.title,
              issuer: review.source.issuer,
              year: review.source.year,
            })}{' '}
            <a href={review.source.url}>{review.source.url}</a>
          </p>
        )}
        <div>
          <label htmlFor={`${id}-comment`}>{t('groups.review.comment')}</label>
          <textarea id={`${id}-comment`} rows={5} value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
        <div>
          <button type="submit">{t('groups.review.save')}</button>{' '}
          <button type="button" onClick={() => void save(true)}>
            {t('groups.review.complete')}
          </button>
        </div>
      </form>
      <div role="status">{status === null ? null : <p>{status}</p>}</div>
      <FailureAlert failure={failure} />
    </Page>
  )
}
