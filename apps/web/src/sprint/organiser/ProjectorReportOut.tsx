import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { groupOfSummary } from './console-model.ts'

/** The summary card the organiser put on the projector, in very large type, with its group's name. */
export function ProjectorReportOut({ state }: { state: SessionState }) {
  const { t } = useI18n()
  const card = state.reportOutCardId === null ? undefined : state.cards[state.reportOutCardId]
  const group = card === undefined ? undefined : groupOfSummary(state, card)
  return (
    <section aria-labelledby="report-heading" className="projector-report">
      <h2 id="report-heading">
        {group === undefined
          ? t('organiser.projector.reportOut')
          : t('organiser.projector.reportOf', { group: group.name })}
      </h2>
      {card === undefined ? (
        <p className="projector-waiting">{t('organiser.projector.reportWaiting')}</p>
      ) : (
        <blockquote className="projector-summary">
          <p>{card.text}</p>
        </blockquote>
      )}
    </section>
  )
}
