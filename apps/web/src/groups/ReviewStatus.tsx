import { type FormEvent, useCallback, useId, useState } from 'react'
import { settled, useLoad, useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/translate.ts'
import { api } from '../sprint/api.ts'
import { groupsApi, type Review, type ReviewOutput } from './api.ts'
// Shown on other areas' pages too, which do not load the Groups area's styles otherwise.
import './groups.css'
import { FailureAlert } from './FailureAlert.tsx'

const statusLabels: Record<Review['status'], MessageKey> = {
  requested: 'groups.review.status.requested',
  'in-review': 'groups.review.status.in-review',
  completed: 'groups.review.status.completed',
}

const partnerNames = {
  accessibility: 'Dynamic Coalition on Accessibility and Disability',
  libraries: 'Dynamic Coalition on Public Libraries',
} as const

const loadMe = () => api.me()

/**
 * An output's partner-review status, and (for organisers) a form to request a review: any area can show it on
 * its output pages with `<ReviewStatus output={…} />`.
 */
export function ReviewStatus({ output }: { output: ReviewOutput }) {
  const { t } = useI18n()
  const id = useId()
  const load = useCallback(() => groupsApi.reviews(output.area, output.ref), [output.area, output.ref])
  const reviews = settled(useLoad(load, [load]))
  const me = settled(useLoad(loadMe, [loadMe]))
  const [partner, setPartner] = useState<'accessibility' | 'libraries'>('accessibility')
  const [partnerName, setPartnerName] = useState<string>(partnerNames.accessibility)
  const [link, setLink] = useState<string | null>(null)
  const { error: failure, run: attempt } = useSubmit()

  function submit(event: FormEvent) {
    event.preventDefault()
    void attempt(async () => {
      const requested = await groupsApi.requestReview(output, partner, partnerName)
      setLink(`${window.location.origin}${requested.link}`)
      reviews.reload()
    })
  }

  const list = reviews.value?.reviews ?? []
  return (
    <section className="groups-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groups.review.title')}</h2>
      {reviews.value !== null && list.length === 0 ? <p>{t('groups.review.none')}</p> : null}
      <ul>
        {list.map((review) => (
          <li key={review.id}>
            {t('groups.review.item', {
              partner: review.partner,
              status: t(statusLabels[review.status]),
              checked: review.checklist.filter((item) => item.checked).length,
              total: review.checklist.length,
            })}
            {review.comment === '' ? null : <q className="groups-post-text"> {review.comment}</q>}
          </li>
        ))}
      </ul>
      {me.value === null ? null : (
        <form className="groups-form" onSubmit={submit} aria-label={t('groups.review.request')}>
          <h3>{t('groups.review.request')}</h3>
          <div>
            <label htmlFor={`${id}-partner`}>{t('groups.review.partner')}</label>
            <select
              id={`${id}-partner`}
              value={partner}
              onChange={(e) => {
                const kind = e.target.value === 'libraries' ? 'libraries' : 'accessibility'
                setPartner(kind)
                setPartnerName(partnerNames[kind])
              }}
            >
              <option value="accessibility">{t('groups.review.partner.accessibility')}</option>
              <option value="libraries">{t('groups.review.partner.libraries')}</option>
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-name`}>{t('groups.review.partnerName')}</label>
            <input
              id={`${id}-name`}
              type="text"
              required
              value={partnerName}
              onChange={(e) => setPartnerName(e.target.value)}
            />
          </div>
          <div>
            <button type="submit">{t('groups.review.submit')}</button>
          </div>
        </form>
      )}
      <div role="status">{link === null ? null : <p>{t('groups.review.link', { link })}</p>}</div>
      <FailureAlert failure={failure} />
    </section>
  )
}
