import { useCallback, useEffect, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { MessageKey } from '../../i18n/translate.ts'
import { ApiFailure, type ReportDraft, type ReportSection, reports } from '../api.ts'

const sections: readonly { readonly id: ReportSection; readonly label: MessageKey }[] = [
  { id: 'keyPolicyQuestions', label: 'organiser.report.section1' },
  { id: 'issues', label: 'organiser.report.section2' },
  { id: 'recommendations', label: 'organiser.report.section3' },
  { id: 'otherInitiatives', label: 'organiser.report.section4' },
  { id: 'progress', label: 'organiser.report.section5' },
]

function textOf(draft: ReportDraft, section: ReportSection): string {
  const value = draft[section]
  return typeof value === 'string' ? value : (value.edited ?? value.drafted)
}

/**
 * The session report before publishing: sections 1–5 editable (2, 3 and 5 start from the automatic draft),
 * links to the live draft, and numbered, immutable published versions.
 */
export function ReportPanel({ sessionId, seq }: { sessionId: string; seq: number }) {
  const { t } = useI18n()
  const id = useId()
  const [texts, setTexts] = useState<Partial<Record<ReportSection, string>> | null>(null)
  // Sections typed into but not saved: a refresh of the draft must not overwrite them.
  const [dirty, setDirty] = useState<ReadonlySet<ReportSection>>(new Set())
  const [versions, setVersions] = useState<{ version: number; publishedAt: string }[]>([])
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const [draft, published] = await Promise.all([reports.draft(sessionId), reports.versions(sessionId)])
      setTexts((current) =>
        Object.fromEntries(
          sections.map((s) => [s.id, dirty.has(s.id) && current !== null ? current[s.id] : textOf(draft, s.id)]),
        ),
      )
      setVersions(published)
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : String(e))
    }
  }, [sessionId, dirty])

  // The draft follows the boards: reload when the log moves, a moment after the last change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: seq is the trigger
  useEffect(() => {
    const timer = setTimeout(() => void load(), 800)
    return () => clearTimeout(timer)
  }, [load, seq])

  async function attempt(action: () => Promise<string>) {
    setError(null)
    setStatus('')
    try {
      setStatus(await action())
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
      {texts !== null &&
        sections.map((section) => (
          <form
            key={section.id}
            className="org-report-section"
            onSubmit={(event) => {
              event.preventDefault()
              const text = texts[section.id] ?? ''
              void attempt(async () => {
                await reports.save(sessionId, section.id, text)
                setDirty((d) => new Set([...d].filter((x) => x !== section.id)))
                return t('organiser.report.saved', { section: t(section.label) })
              })
            }}
          >
            <label htmlFor={`${id}-${section.id}`}>{t(section.label)}</label>
            <textarea
              id={`${id}-${section.id}`}
              rows={section.id === 'keyPolicyQuestions' || section.id === 'otherInitiatives' ? 3 : 8}
              value={texts[section.id] ?? ''}
              onChange={(e) => {
                setTexts({ ...texts, [section.id]: e.target.value })
                setDirty((d) => new Set([...d, section.id]))
              }}
            />
            <button type="submit" aria-label={t('organiser.report.saveSection', { section: t(section.label) })}>
              {t('organiser.report.save')}
            </button>
          </form>
        ))}
      <p>
        <button
          type="button"
          onClick={() =>
            void attempt(async () => {
              const { version } = await reports.publish(sessionId)
              await load()
              return t('organiser.report.published', { version })
            })
          }
        >
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
