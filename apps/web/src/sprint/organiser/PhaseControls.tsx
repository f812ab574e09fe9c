import type { SessionState } from '@blockgov/sprint'
import { useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { CommandError } from './CommandError.tsx'
import { useCommand } from './use-command.ts'

const ALL = ''

/** Extend or end the running item, for every group or for one group only. */
export function PhaseControls({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t } = useI18n()
  const { run, error } = useCommand(live)
  const [groupId, setGroupId] = useState(ALL)
  const selectId = useId()
  const scope = groupId === ALL || !state.groups.some((g) => g.id === groupId) ? {} : { groupId }
  return (
    <div className="org-phase-controls">
      {state.groups.length > 0 && (
        <div className="org-field-inline">
          <label htmlFor={selectId}>{t('organiser.phase.scope')}</label>
          <select id={selectId} value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            <option value={ALL}>{t('organiser.phase.allGroups')}</option>
            {state.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="org-button-row">
        <button type="button" onClick={() => void run({ type: 'phase.extend', minutes: 1, ...scope })}>
          {t('organiser.phase.extend1')}
        </button>
        <button type="button" onClick={() => void run({ type: 'phase.extend', minutes: 5, ...scope })}>
          {t('organiser.phase.extend5')}
        </button>
        <button type="button" onClick={() => void run({ type: 'phase.end', ...scope })}>
          {t('organiser.phase.end')}
        </button>
      </div>
      <CommandError message={error} />
    </div>
  )
}
