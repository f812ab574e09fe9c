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

export interface ReportSectionsEditorProps {
  readonly sessionId: string
  /** The session log's position: the draft follows the boards, so it reloads when this moves. */
  readonly seq: number
  /** A rapporteur's participant token; omitted, the organiser's sign-in is used. */
  readonly token?: string
}

/**
 * Sections 1–5 of the session report draft, each its own form (2, 3 and 5 start from the automatic draft).
 * Shared by the organiser's console and the rapporteurs' screens: both may edit, only the organiser publishes.
 */
export function ReportSectionsEditor({ sessionId, seq, token }: ReportSectionsEditorProps) {
  const { t } = useI18n()
  const id = useId()
  const [texts, setTexts] = useState<Partial<Record<ReportSection, string>> | null>(null)
  // Sections typed into but not saved: a refresh of the draft must not overwrite them.
  const [dirty, setDirty] = useState<ReadonlySet<ReportSection>>(new Set())
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const draft = await reports.draft(sessionId, token)
      setTexts((current) =>
        Object.fromEntries(
          sections.map((s) => [s.id, dirty.has(s.id) && current !== null ? current[s.id] : textOf(draft, s.id)]),
        ),
      )
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : String(e))
    }
  }, [sessionId, token, dirty])

  // Reload a moment after the last change to the log rather than on every event.
  // biome-ignore lint/correctness/useExhaustiveDependencies: seq is the trigger
  useEffect(() => {
    const timer = setTimeout(() => void load(), 800)
    return () => clearTimeout(timer)
  }, [load, seq])

  async function save(section: (typeof sections)[number]) {
    setError(null)
    setStatus('')
    try {
      await reports.save(sessionId, section.id, texts?.[section.id] ?? '', token)
      setDirty((d) => new Set([...d].filter((x) => x !== section.id)))
      setStatus(t('organiser.report.saved', { section: t(section.label) }))
    } catch (e) {
      setError(e instanceof ApiFailure ? e.message : String(e))
    }
  }

  return (
    <>
      {texts !== null &&
        sections.map((section) => (
          <form
            key={section.id}
            className="org-report-section"
            onSubmit={(event) => {
              event.preventDefault()
              void save(section)
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
      <p role="status">{status}</p>
      <div role="alert">{error}</div>
    </>
  )
}
