import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { CommandError } from './CommandError.tsx'
import { summariesByGroup } from './console-model.ts'
import { useCommand } from './use-command.ts'

/** Published summary cards per group, each of which the organiser can put on the projector. */
export function ReportOutPanel({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t } = useI18n()
  const { run, error } = useCommand(live)
  const groups = summariesByGroup(state).filter((g) => g.cards.length > 0)
  return (
    <div className="org-report-out">
      <h3>{t('organiser.reportOut.title')}</h3>
      {groups.length === 0 && <p>{t('organiser.reportOut.none')}</p>}
      {groups.map(({ group, cards }) => {
        const name = group?.name ?? t('organiser.reportOut.unknownGroup')
        return (
          <div key={group?.id ?? 'unknown'} className="org-summary-group">
            <h4>{name}</h4>
            <ul className="org-summary-list">
              {cards.map((card, i) => {
                const shown = state.reportOutCardId === card.id
                const label = cards.length > 1 ? `${name} (${i + 1})` : name
                return (
                  <li key={card.id} className={shown ? 'summary-shown' : undefined}>
                    <p className="org-summary-text">{card.text}</p>
                    {shown && <span className="badge">{t('organiser.reportOut.onProjector')}</span>}
                    <button
                      type="button"
                      aria-pressed={shown}
                      aria-label={t('organiser.reportOut.showFor', { group: label })}
                      onClick={() => void run({ type: 'reportOut.show', cardId: card.id })}
                    >
                      {t('organiser.reportOut.show')}
                    </button>
                  </li>
                )
              })}
            </ul>
          </div>
        )
      })}
      <button type="button" onClick={() => void run({ type: 'reportOut.show', cardId: null })}>
        {t('organiser.reportOut.clear')}
      </button>
      <CommandError message={error} />
    </div>
  )
}
