import { Link } from 'react-router'
import { settled, useLoad } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { namesApi } from './api.ts'
import { errorText } from './error-text.ts'
import { formatTime } from './format.ts'
import { NamesPage } from './NamesPage.tsx'

/** `/names/disputes`: the public docket — every dispute, where it stands, and its history on chain. */
export function DisputesPage() {
  const { t, locale } = useI18n()
  const { value, error } = settled(useLoad(namesApi.disputes, []))
  return (
    <NamesPage title={t('names.disputes.title')}>
      <p className="lead">{t('names.disputes.intro')}</p>
      {error === null ? null : (
        <p className="names-notice" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {value === null && error === null ? <p role="status">{t('names.loading')}</p> : null}
      {value !== null && value.disputes.length === 0 ? <p>{t('names.disputes.none')}</p> : null}
      {value === null || value.disputes.length === 0 ? null : (
        <ol className="names-list" reversed>
          {value.disputes.map((d) => (
            <li key={d.id}>
              <h2>
                {t('names.disputes.item', { id: d.id })}{' '}
                <Link to={`/names/n/${encodeURIComponent(d.name)}`}>{d.name}</Link>
              </h2>
              <dl className="names-facts">
                <dt>{t('names.disputes.stage')}</dt>
                <dd>{d.stage}</dd>
                <dt>{t('names.disputes.outcome')}</dt>
                <dd>{d.outcome}</dd>
                <dt>{t('names.disputes.reason')}</dt>
                <dd>{d.reason}</dd>
                <dt>{t('names.disputes.evidence')}</dt>
                <dd>
                  <code>{d.evidenceUri}</code>
                </dd>
                <dt>{t('names.disputes.filer')}</dt>
                <dd>
                  <code>{d.filer}</code>
                </dd>
                {d.decisionDeadline === 0 ? null : (
                  <>
                    <dt>{t('names.disputes.deadline')}</dt>
                    <dd>{formatTime(locale, d.decisionDeadline)}</dd>
                  </>
                )}
              </dl>
              <p className="hint">
                {t('names.disputes.history')}{' '}
                {d.history.map((h) => t('names.disputes.event', { event: h.event, block: h.blockNumber })).join(', ')}
              </p>
            </li>
          ))}
        </ol>
      )}
    </NamesPage>
  )
}
