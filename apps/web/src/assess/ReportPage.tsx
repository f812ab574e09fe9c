import { illustrativeNotice, stakeholderGroups, walkGate } from '@blockgov/content'
import { useParams } from 'react-router'
import { useLoad } from '../api/hooks.ts'
import { ReviewStatus } from '../groups/ReviewStatus.tsx'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { AggregationTables } from './AggregationTables.tsx'
import { AssessNav } from './AssessNav.tsx'
import { AssessPage } from './AssessPage.tsx'
import { assessApi, reportFileUrl } from './api.ts'
import { Failure } from './Failure.tsx'
import { GatePath } from './GatePath.tsx'
import { stageKey } from './labels.ts'
import './assess.css'

const groupName = (id: string | null) => stakeholderGroups.find((g) => g.id === id)?.label ?? '—'

/** `/assess/e/:id/report/:version`: a published report, as published, with its HTML and PDF files. */
export function ReportPage() {
  const { t, locale } = useI18n()
  const { evaluationId = '', version = '1' } = useParams()
  const v = Number(version)
  const [report] = useLoad(() => assessApi.report(evaluationId, v), [evaluationId, v])
  const [aggregation] = useLoad(() => assessApi.reportAggregation(evaluationId, v), [evaluationId, v])
  if (report.state === 'loading') return <AssessPage title={t('assess.loading')}>{null}</AssessPage>
  if (report.state === 'failed') {
    return (
      <AssessPage title={t('nav.assess')}>
        <AssessNav />
        <Failure error={report.error} />
      </AssessPage>
    )
  }
  const input = report.value
  const date = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))
  const walk = walkGate(input.gateAnswers)
  const dissent = input.evaluators.filter((e) => e.minorityStatement !== null)
  return (
    <AssessPage title={t('assess.report.title', { name: input.initiative.name })}>
      <AssessNav />
      {input.illustrative && (
        <p className="notice" lang="en">
          <strong>{illustrativeNotice}</strong>
        </p>
      )}
      <p>{t('assess.report.meta', { version: input.version, date: date(input.publishedAt) })}</p>
      <ul>
        <li>
          <a href={reportFileUrl(evaluationId, v, 'html')}>{t('assess.report.html')}</a>
        </li>
        <li>
          <a href={reportFileUrl(evaluationId, v, 'pdf')}>{t('assess.report.pdf')}</a>
        </li>
      </ul>
      <section aria-labelledby="report-initiative">
        <h2 id="report-initiative">{t('assess.report.initiative')}</h2>
        <p>
          {input.initiative.body} · {input.initiative.jurisdiction} · {t(stageKey[input.initiative.stage])}
        </p>
        <p>{input.initiative.description}</p>
        {input.initiative.links.length > 0 && (
          <ul>
            {input.initiative.links.map((l) => (
              <li key={l}>
                <a className="assess-link" href={l} rel="noreferrer">
                  {l}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="report-gate">
        <h2 id="report-gate">{t('assess.gate.title')}</h2>
        <GatePath walk={walk} />
        {walk.done && <p>{t('assess.gate.outcome', { label: walk.outcome.label })}</p>}
      </section>
      <section aria-labelledby="report-panel">
        <h2 id="report-panel">{t('assess.panel.title')}</h2>
        <ul>
          {input.evaluators.map((e) => (
            <li key={e.id}>
              {e.label} ({groupName(e.group)}) — {t('assess.panel.conflicts')}: {e.conflicts || '—'}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="report-scores">
        <h2 id="report-scores">{t('assess.aggregation.title')}</h2>
        {aggregation.state === 'ok' && <AggregationTables aggregation={aggregation.value} />}
        {aggregation.state === 'failed' && <Failure error={aggregation.error} />}
      </section>
      <section aria-labelledby="report-conclusions">
        <h2 id="report-conclusions">{t('assess.conclusions.title')}</h2>
        <h3>{t('assess.conclusions.findings')}</h3>
        <p>{input.findings || '—'}</p>
        <h3>{t('assess.conclusions.recommendations')}</h3>
        <p>{input.recommendations || '—'}</p>
      </section>
      <section aria-labelledby="report-dissent">
        <h2 id="report-dissent">{t('assess.report.dissent')}</h2>
        {dissent.length === 0 ? (
          <p>{t('assess.report.noDissent')}</p>
        ) : (
          dissent.map((e) => (
            <figure key={e.id}>
              <blockquote>
                <p>{e.minorityStatement}</p>
              </blockquote>
              <figcaption>{e.label}</figcaption>
            </figure>
          ))
        )}
      </section>
      <section aria-labelledby="report-comments">
        <h2 id="report-comments">{t('assess.report.comments')}</h2>
        {input.comments.length === 0 ? (
          <p>{t('assess.report.noComments')}</p>
        ) : (
          <ul>
            {input.comments.map((c) => (
              <li key={`${c.at}-${c.text}`}>{c.text}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="report-changelog">
        <h2 id="report-changelog">{t('assess.report.changelog')}</h2>
        <ul>
          {input.changelog.map((c) => (
            <li key={c.version}>
              {t('assess.published.version', { version: c.version })} ({date(c.at)}): {c.text}
            </li>
          ))}
        </ul>
      </section>
      <ReviewStatus
        output={{
          area: 'assess',
          ref: `${evaluationId}/${input.version}`,
          title: t('assess.report.title', { name: input.initiative.name }),
          path: `/assess/e/${evaluationId}/report/${input.version}`,
        }}
      />
    </AssessPage>
  )
}
