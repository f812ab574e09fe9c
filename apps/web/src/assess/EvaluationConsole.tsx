import { type FormEvent, useId, useState } from 'react'
import { Link, useParams } from 'react-router'
import { useLoad, useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { AggregationTables } from './AggregationTables.tsx'
import { AssessNav } from './AssessNav.tsx'
import { AssessPage } from './AssessPage.tsx'
import { type Action, assessApi, type Evaluation } from './api.ts'
import { Failure } from './Failure.tsx'
import { GatePanel } from './GatePanel.tsx'
import { actionKey, actionsAt, stageKey, statusKey } from './labels.ts'
import { PanelSection } from './PanelSection.tsx'
import './assess.css'

/** `/assess/e/:id`: the organiser's console for one evaluation, stage by stage. */
export function EvaluationConsole() {
  const { t } = useI18n()
  const { evaluationId = '' } = useParams()
  const [loaded, reload] = useLoad(() => assessApi.get(evaluationId), [evaluationId])
  const [aggregation, reloadAggregation] = useLoad(() => assessApi.aggregation(evaluationId), [evaluationId])
  const refresh = () => {
    reload()
    reloadAggregation()
  }
  if (loaded.state === 'loading') return <AssessPage title={t('assess.loading')}>{null}</AssessPage>
  if (loaded.state === 'failed') {
    return (
      <AssessPage title={t('nav.assess')}>
        <AssessNav />
        <Failure error={loaded.error} />
      </AssessPage>
    )
  }
  const evaluation = loaded.value
  const { initiative } = evaluation
  return (
    <AssessPage title={initiative.name}>
      <AssessNav />
      <p role="status">
        <strong>{t('assess.console.status', { status: t(statusKey[evaluation.status]) })}</strong>
      </p>
      <p>
        {initiative.body} · {initiative.jurisdiction} · {t(stageKey[initiative.stage])}
      </p>
      <p>{initiative.description}</p>
      <GatePanel
        evaluationId={evaluation.id}
        answers={evaluation.gateAnswers}
        editable={evaluation.status === 'draft'}
        onChanged={refresh}
      />
      <PanelSection
        evaluationId={evaluation.id}
        evaluators={evaluation.evaluators}
        canInvite={evaluation.status === 'draft' || evaluation.status === 'panel-open'}
        onChanged={refresh}
      />
      <section aria-labelledby="aggregation-heading">
        <h2 id="aggregation-heading">{t('assess.aggregation.title')}</h2>
        {aggregation.state === 'ok' && <AggregationTables aggregation={aggregation.value} />}
        {aggregation.state === 'failed' && <Failure error={aggregation.error} />}
      </section>
      {(evaluation.status === 'panel-closed' || evaluation.status === 'comment') && (
        <Conclusions evaluation={evaluation} onSaved={refresh} />
      )}
      {evaluation.status === 'comment' && (
        <p>
          <Link to={`/assess/e/${evaluation.id}/comment`}>{t('assess.comment.title')}</Link>
        </p>
      )}
      <Actions evaluation={evaluation} onDone={refresh} />
      {evaluation.publishedVersions.length > 0 && (
        <section aria-labelledby="versions-heading">
          <h2 id="versions-heading">{t('assess.reports.title')}</h2>
          <ul>
            {evaluation.publishedVersions.map((v) => (
              <li key={v}>
                <Link to={`/assess/e/${evaluation.id}/report/${v}`}>{t('assess.reports.open', { version: v })}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </AssessPage>
  )
}

function Conclusions({ evaluation, onSaved }: { evaluation: Evaluation; onSaved: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const [findings, setFindings] = useState(evaluation.findings)
  const [recommendations, setRecommendations] = useState(evaluation.recommendations)
  const { error, saved, run } = useSubmit()
  function submit(event: FormEvent) {
    event.preventDefault()
    void run(async () => {
      await assessApi.conclusions(evaluation.id, findings, recommendations)
      onSaved()
    })
  }
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('assess.conclusions.title')}</h2>
      <form className="stack" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-findings`}>{t('assess.conclusions.findings')}</label>
          <textarea id={`${id}-findings`} rows={4} value={findings} onChange={(e) => setFindings(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-recs`}>{t('assess.conclusions.recommendations')}</label>
          <textarea
            id={`${id}-recs`}
            rows={4}
            value={recommendations}
            onChange={(e) => setRecommendations(e.target.value)}
          />
        </div>
        <div>
          <button type="submit">{t('assess.conclusions.save')}</button>
        </div>
        <p role="status">{saved ? t('assess.saved') : ''}</p>
        <Failure error={error} />
      </form>
    </section>
  )
}

function Actions({ evaluation, onDone }: { evaluation: Evaluation; onDone: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const [changelog, setChangelog] = useState('')
  const { error, run: submit } = useSubmit()
  const needsChangelog = evaluation.publishedVersions.length > 0 && evaluation.status !== 'published'
  function run(action: Action) {
    void submit(async () => {
      await assessApi.act(evaluation.id, action, changelog)
      setChangelog('')
      onDone()
    })
  }
  return (
    <div className="stack">
      {needsChangelog && (
        <div className="field">
          <label htmlFor={`${id}-changelog`}>{t('assess.action.changelog')}</label>
          <textarea id={`${id}-changelog`} rows={2} value={changelog} onChange={(e) => setChangelog(e.target.value)} />
        </div>
      )}
      <div className="assess-actions">
        {actionsAt[evaluation.status].map((action) => (
          <button key={action} type="button" onClick={() => run(action)}>
            {t(actionKey[action])}
          </button>
        ))}
      </div>
      <Failure error={error} />
    </div>
  )
}
