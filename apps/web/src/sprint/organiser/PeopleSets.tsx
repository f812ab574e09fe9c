import type { SessionState } from '@blockgov/sprint'
import { useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'

export interface PeopleSetsProps {
  readonly state: SessionState
  readonly kind: 'together' | 'apart'
  readonly sets: readonly (readonly string[])[]
  readonly onChange: (sets: readonly (readonly string[])[]) => void
}

/**
 * Builds "keep together" or "keep apart" sets for the solver: pick two or more people in a list box
 * (Shift or Ctrl with the arrow keys and Space select several), add the set, remove it again.
 */
export function PeopleSets({ state, kind, sets, onChange }: PeopleSetsProps) {
  const { t } = useI18n()
  const id = useId()
  const [selected, setSelected] = useState<string[]>([])
  const nameOf = (participantId: string) => state.participants[participantId]?.displayName ?? participantId
  const labels =
    kind === 'together'
      ? ({ legend: 'organiser.groups.together', add: 'organiser.groups.addTogether' } as const)
      : ({ legend: 'organiser.groups.apart', add: 'organiser.groups.addApart' } as const)
  return (
    <fieldset>
      <legend>{t(labels.legend)}</legend>
      <label htmlFor={`${id}-people`}>{t('organiser.groups.pickPeople')}</label>
      <select
        id={`${id}-people`}
        multiple
        size={Math.min(6, Math.max(3, state.participantOrder.length))}
        value={selected}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setSelected([...e.target.selectedOptions].map((o) => o.value))}
      >
        {state.participantOrder.map((participantId) => (
          <option key={participantId} value={participantId}>
            {nameOf(participantId)}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="org-hint">
        {t('organiser.groups.pickHint')}
      </p>
      <button
        type="button"
        disabled={selected.length < 2}
        onClick={() => {
          onChange([...sets, selected])
          setSelected([])
        }}
      >
        {t(labels.add)}
      </button>
      {sets.length > 0 && (
        <ul>
          {sets.map((set, index) => {
            const names = set.map(nameOf).join(', ')
            return (
              <li key={set.join()}>
                {names}{' '}
                <button
                  type="button"
                  aria-label={t('organiser.groups.removeSet', { names })}
                  onClick={() => onChange(sets.filter((_, i) => i !== index))}
                >
                  {t('organiser.groups.remove')}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </fieldset>
  )
}
