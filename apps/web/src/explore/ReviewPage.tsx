import './explore.css'
import type { ExploreContributionView, OrganiserView } from '@blockgov/protocol'
import { type FormEvent, useCallback, useEffect, useId, useState } from 'react'
import { ApiFailure } from '../api/request.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { api } from '../sprint/api.ts'
import { SignInForm } from '../sprint/participant/SignInForm.tsx'
import { exploreApi } from './api.ts'
import { ExploreNav } from './ExploreNav.tsx'
import { exploreErrorText } from './error-text.ts'
import { ProposalDetails } from './ProposalDetails.tsx'

/** `/explore/review`: the moderation queue. Organisers sign in, then accept or reject (with a reason) each proposal. */
export function ReviewPage() {
  const { t } = useI18n()
  const [organiser, setOrganiser] = useState<OrganiserView | null | undefined>(undefined)
  const [queue, setQueue] = useState<ExploreContributionView[] | null>(null)
  const [message, setMessage] = useState('')

  useEffect(() => {
    api.me().then(setOrganiser, () => setOrganiser(null))
  }, [])

  const load = useCallback(() => {
    exploreApi.queue('pending').then(
      (result) => setQueue(result.contributions),
      (error: unknown) =>
        setMessage(exploreErrorText(t, error instanceof ApiFailure ? error : { code: 'INTERNAL', message: '' })),
    )
  }, [t])

  useEffect(() => {
    if (organiser) load()
  }, [organiser, load])

  return (
    <Page title={t('explore.review.title')}>
      <div className="privacy explore">
        <ExploreNav />
        <p className="lead">{t('explore.review.intro')}</p>
        <p role="status" className="result-count">
          {message}
        </p>
        {organiser === undefined ? (
          <p>{t('explore.community.loading')}</p>
        ) : organiser === null ? (
          <>
            <p>{t('explore.review.signIn')}</p>
            <SignInForm onSignedIn={setOrganiser} />
          </>
        ) : queue === null ? (
          <p>{t('explore.community.loading')}</p>
        ) : queue.length === 0 ? (
          <p>{t('explore.review.empty')}</p>
        ) : (
          <ul className="entry-list">
            {queue.map((contribution) => (
              <li key={contribution.id}>
                <ReviewItem
                  contribution={contribution}
                  onDone={(text) => {
                    setMessage(text)
                    load()
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </Page>
  )
}

function ReviewItem({
  contribution,
  onDone,
}: {
  contribution: ExploreContributionView
  onDone: (message: string) => void
}) {
  const { t } = useI18n()
  const id = useId()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const title =
    contribution.proposal.kind === 'correction'
      ? t('explore.review.correctionTitle', { credit: contribution.proposal.credit })
      : t('explore.review.newTitle', { name: contribution.proposal.name, credit: contribution.proposal.credit })

  async function decide(decision: 'accept' | 'reject') {
    setError(null)
    try {
      await exploreApi.review(
        contribution.id,
        decision === 'accept' ? { decision } : { decision, reason: reason.trim() },
      )
      onDone(t(decision === 'accept' ? 'explore.review.accepted' : 'explore.review.rejected', { title }))
    } catch (failure) {
      setError(exploreErrorText(t, failure instanceof ApiFailure ? failure : { code: 'INTERNAL', message: '' }))
    }
  }

  function reject(event: FormEvent) {
    event.preventDefault()
    if (reason.trim().length < 5) {
      setError(t('explore.review.reasonRequired'))
      return
    }
    void decide('reject')
  }

  return (
    <article aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="entry-title">
        {title}
      </h2>
      <ProposalDetails contribution={contribution} />
      {error !== null && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void decide('accept')}>
          {t('explore.review.accept', { title })}
        </button>
      </div>
      <form onSubmit={reject} className="stack" noValidate>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('explore.review.reason')}</label>
          <textarea id={`${id}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div className="button-row">
          <button type="submit">{t('explore.review.reject', { title })}</button>
        </div>
      </form>
    </article>
  )
}
