import { useCallback, useEffect, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { ApiFailure, reports } from '../api.ts'
import { ReportSectionsEditor } from '../components/ReportSectionsEditor.tsx'

/**
 * The session report before publishing: the editable sections, links to the live draft, and numbered,
 * immutable published versions.
 */
export function ReportPanel({ sessionId, seq }: { sessionId: string; seq: number }) {
  const { t } = useI18n()
  const id = useId()
  const [versions, setVersions] = useState<{ version: number; publishedAt: string }[]>([])
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)

  const loadVersions = useCallback(async () => {
    try {
      setVersions(await reports.versions(sessionId))
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : String(e))
    }
  }, [sessionId])
  useEffect(() => void loadVersions(), [loadVersions])

  async function publish() {
    setError(null)
    setStatus('')
    try {
      const { version } = await reports.publish(sessionId)
      await loadVersions()
      setStatus(t('organiser.report.published', { version }))
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : String(e))
    }
  }

  const base = `/api/sessions/${encodeURIComponent(sessionId)}/report`
  return (
    <section aria-labelledby={`${id}-h`} className="org-console-panel">
      <h2 id={`${id}-h`}>{t('organiser.report.title')}</h2>
      <p>{t('organiser.report.intro')}</p>
      <p>
        <a href={`${base}?format=html`}>{t('organiser.console.reportHtml')}</a> ·{' '}
        <a href={`${base}?format=md`}>{t('organiser.console.reportMd')}</a> ·{' '}
        <a href={`${base}?format=pdf`}>{t('organiser.console.reportPdf')}</a>
      </p>
      <ReportSectionsEditor sessionId={sessionId} seq={seq} />
      <p>
        <button type="button" onClick={() => void publish()}>
          {t('organiser.report.publish')}
        </button>
      </p>
      <p role="status">{status}</p>
      <div role="alert">{error}</div>
      {versions.length > 0 && (
        <>
          <h3>{t('organiser.report.versions')}</h3>
          <ul>
            {versions.map((v) => (
              <li key={v.version}>
                {t('organiser.report.version', { version: v.version, date: new Date(v.publishedAt).toLocaleString() })}{' '}
                <a href={`${base}/versions/${v.version}?format=html`}>HTML</a> ·{' '}
                <a href={`${base}/versions/${v.version}?format=md`}>Markdown</a> ·{' '}
                <a href={`${base}/versions/${v.version}?format=pdf`}>PDF</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
