import '../privacy.css'
import { answersFromQuery, answersToQuery, checkExamples, runCheck } from '@blockgov/content'
import { useId } from 'react'
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Page } from '../../layout/Page.tsx'
import { ContentNote } from '../ContentNote.tsx'
import { PrivacyNav } from '../PrivacyNav.tsx'
import { CheckForm } from './CheckForm.tsx'
import { CheckResult } from './CheckResult.tsx'

/**
 * `/privacy-map/check`: the questionnaire and, when the URL holds a complete set of answers, the result.
 * The answers live only in the URL, so a result can be bookmarked or shared and nothing is stored.
 */
export function CheckPage() {
  const { t } = useI18n()
  const id = useId()
  const navigate = useNavigate()
  const location = useLocation()
  const [params] = useSearchParams()
  const answers = answersFromQuery(params)
  const report = answers === undefined ? undefined : runCheck(answers)
  const shareUrl = `${window.location.origin}${location.pathname}${location.search}`

  return (
    <Page title={t('privacy.check.title')}>
      <div className="privacy">
        <PrivacyNav />
        <p className="lead">{t('privacy.check.intro')}</p>
        <ContentNote />

        <section aria-labelledby={`${id}-examples`} className="no-print">
          <h2 id={`${id}-examples`}>{t('privacy.check.examples')}</h2>
          <ul className="example-list" lang="en">
            {checkExamples.map((example) => (
              <li key={example.id}>
                <Link to={`/privacy-map/check?${answersToQuery(example.answers).toString()}`}>{example.title}</Link>
                <span className="muted"> — {example.description}</span>
              </li>
            ))}
          </ul>
        </section>

        {params.size > 0 && answers === undefined && <p className="form-error">{t('privacy.check.invalidLink')}</p>}

        {/* Keyed by the answers so the form shows them after an example link or a shared URL is opened. */}
        <CheckForm
          key={params.toString()}
          initial={answers}
          onSubmit={(next) => navigate(`/privacy-map/check?${answersToQuery(next).toString()}`)}
        />
        {report !== undefined && <CheckResult key={params.toString()} report={report} shareUrl={shareUrl} />}
      </div>
    </Page>
  )
}
