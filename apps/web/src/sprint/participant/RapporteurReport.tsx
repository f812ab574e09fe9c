import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { ReportSectionsEditor } from '../components/ReportSectionsEditor.tsx'

/**
 * A rapporteur's part in the session report: the same editable sections as the organiser's console, folded
 * away so it does not crowd the board while the group works; publishing stays with the organiser.
 */
export function RapporteurReport({ sessionId, seq, token }: { sessionId: string; seq: number; token: string }) {
  const { t } = useI18n()
  const id = useId()
  return (
    <section aria-labelledby={`${id}-h`} className="rapporteur-report">
      <h2 id={`${id}-h`}>{t('participant.report.title')}</h2>
      <details>
        <summary>{t('participant.report.open')}</summary>
        <p>{t('participant.report.intro')}</p>
        <ReportSectionsEditor sessionId={sessionId} seq={seq} token={token} />
      </details>
    </section>
  )
}
