import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { nameOf } from './console-model.ts'

/** At the end: each group's project, leader and next step. */
export function ProjectorOutcomes({ state }: { state: SessionState }) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="outcomes-projector-heading" className="projector-outcomes">
      <h2 id="outcomes-projector-heading">{t('organiser.outcomes.title')}</h2>
      <ul className="org-outcome-cards">
        {state.groups.map((g) => (
          <li key={g.id} className="org-outcome-card">
            <h3>{g.name}</h3>
            {g.outcome === null ? (
              <p>{t('organiser.outcomes.notSet')}</p>
            ) : (
              <dl>
                <dt>{t('organiser.outcomes.project')}</dt>
                <dd>{g.outcome.project}</dd>
                <dt>{t('organiser.outcomes.leader')}</dt>
                <dd>{nameOf(state, g.outcome.leaderId) ?? t('organiser.outcomes.noLeader')}</dd>
                <dt>{t('organiser.outcomes.nextStep')}</dt>
                <dd>{g.outcome.nextStep}</dd>
              </dl>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
