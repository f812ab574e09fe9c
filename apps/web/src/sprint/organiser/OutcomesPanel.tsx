import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { nameOf } from './console-model.ts'

/** Each group's outcome as its leads set it: project, leader, next step. Read-only. */
export function OutcomesPanel({ state }: { state: SessionState }) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="outcomes-heading" className="org-console-panel">
      <h2 id="outcomes-heading">{t('organiser.outcomes.title')}</h2>
      {state.groups.length === 0 ? (
        <p>{t('organiser.groups.none')}</p>
      ) : (
        <div className="org-table-scroll">
          <table className="org-data-table">
            <caption>{t('organiser.outcomes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organiser.groups.group')}</th>
                <th scope="col">{t('organiser.outcomes.project')}</th>
                <th scope="col">{t('organiser.outcomes.leader')}</th>
                <th scope="col">{t('organiser.outcomes.nextStep')}</th>
              </tr>
            </thead>
            <tbody>
              {state.groups.map((g) => (
                <tr key={g.id}>
                  <th scope="row">{g.name}</th>
                  {g.outcome === null ? (
                    <td colSpan={3}>{t('organiser.outcomes.notSet')}</td>
                  ) : (
                    <>
                      <td>{g.outcome.project}</td>
                      <td>{nameOf(state, g.outcome.leaderId) ?? t('organiser.outcomes.noLeader')}</td>
                      <td>{g.outcome.nextStep}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
