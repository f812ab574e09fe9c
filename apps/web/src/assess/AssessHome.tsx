import type { OrganiserView } from '@blockgov/protocol'
import { useState } from 'react'
import { Link } from 'react-router'
import { useLoad, useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { api } from '../sprint/api.ts'
import { SignInForm } from '../sprint/participant/SignInForm.tsx'
import { AssessNav } from './AssessNav.tsx'
import { AssessPage } from './AssessPage.tsx'
import { assessApi } from './api.ts'
import { Failure } from './Failure.tsx'
import { statusKey } from './labels.ts'
import './assess.css'

/** `/assess`: what the area is for, published reports, and the signed-in organiser's evaluations. */
export function AssessHome() {
  const { t } = useI18n()
  const [published, reloadPublished] = useLoad(() => assessApi.published(), [])
  const [organiser, setOrganiser] = useState<OrganiserView | null | undefined>(undefined)
  const [me] = useLoad(
    () =>
      api.me().then(
        (o) => o,
        () => null,
      ),
    [],
  )
  const signedIn = organiser ?? (me.state === 'ok' ? me.value : null)
  return (
    <AssessPage title={t('nav.assess')}>
      <AssessNav />
      <p className="lead">{t('assess.intro')}</p>
      <section aria-labelledby="assess-published">
        <h2 id="assess-published">{t('assess.published.title')}</h2>
        {published.state === 'loading' && <p>{t('assess.loading')}</p>}
        {published.state === 'failed' && <Failure error={published.error} />}
        {published.state === 'ok' &&
          (published.value.length === 0 ? (
            <p>{t('assess.published.none')}</p>
          ) : (
            <ul>
              {published.value.map((r) => (
                <li key={r.id}>
                  <Link to={`/assess/e/${r.id}/report/${r.version}`}>{r.name}</Link> — {r.body}, {r.jurisdiction} (
                  {t('assess.published.version', { version: r.version })})
                  {r.illustrative && <span className="badge"> {t('assess.illustrative')}</span>}
                </li>
              ))}
            </ul>
          ))}
      </section>
      <section aria-labelledby="assess-mine">
        <h2 id="assess-mine">{t('assess.organiser.title')}</h2>
        {me.state === 'loading' ? (
          <p>{t('assess.loading')}</p>
        ) : signedIn === null ? (
          <>
            <p>{t('assess.organiser.signIn')}</p>
            <SignInForm onSignedIn={setOrganiser} />
          </>
        ) : (
          <MyEvaluations onExamplesLoaded={reloadPublished} />
        )}
      </section>
    </AssessPage>
  )
}

function MyEvaluations({ onExamplesLoaded }: { onExamplesLoaded: () => void }) {
  const { t } = useI18n()
  const [mine, reload] = useLoad(() => assessApi.mine(), [])
  const { error, run } = useSubmit()
  const [loaded, setLoaded] = useState<'new' | 'already' | undefined>(undefined)
  function loadExamples() {
    void run(async () => {
      const { created } = await assessApi.loadExamples()
      setLoaded(created > 0 ? 'new' : 'already')
      reload()
      onExamplesLoaded()
    })
  }
  return (
    <div className="stack">
      <p>
        <Link to="/assess/new">{t('assess.nav.new')}</Link>
      </p>
      {mine.state === 'failed' && <Failure error={mine.error} />}
      {mine.state === 'ok' &&
        (mine.value.length === 0 ? (
          <p>{t('assess.organiser.none')}</p>
        ) : (
          <ul>
            {mine.value.map((e) => (
              <li key={e.id}>
                <Link to={`/assess/e/${e.id}`}>{e.name}</Link> ({t(statusKey[e.status])})
              </li>
            ))}
          </ul>
        ))}
      <div>
        <button type="button" onClick={loadExamples}>
          {t('assess.organiser.loadExamples')}
        </button>
      </div>
      <p role="status">
        {loaded === 'new' && t('assess.organiser.examplesLoaded')}
        {loaded === 'already' && t('assess.organiser.examplesAlreadyLoaded')}
      </p>
      <Failure error={error} />
    </div>
  )
}
