import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { GroupCard } from './GroupCard.tsx'
import { GroupForm } from './GroupForm.tsx'
import { RotationHistory } from './RotationHistory.tsx'
import { UnmetNotice } from './UnmetNotice.tsx'

/** Forming break-out groups, their members and roles, and which design each works on. */
export function GroupsPanel({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="groups-heading" className="org-console-panel">
      <h2 id="groups-heading">{t('organiser.groups.title')}</h2>
      <GroupForm live={live} state={state} />
      {state.groups.length === 0 ? (
        <p>{t('organiser.groups.none')}</p>
      ) : (
        <>
          <UnmetNotice state={state} />
          <div className="org-group-grid">
            {state.groups.map((group) => (
              <GroupCard key={group.id} live={live} state={state} group={group} />
            ))}
          </div>
          <RotationHistory state={state} />
        </>
      )}
    </section>
  )
}
