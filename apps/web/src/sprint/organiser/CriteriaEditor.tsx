import type { Criterion } from '@blockgov/sprint'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { CommandError } from './CommandError.tsx'
import { criterionIdFor } from './console-model.ts'
import { useCommand } from './use-command.ts'

interface Draft {
  /** The saved id, or null for a criterion added here (its id comes from its label when saved). */
  readonly id: string | null
  readonly key: string
  readonly label: string
  readonly weight: string
}

const MAX_CRITERIA = 8

/** Edits the weighted criteria ideas are scored against (criteria.set). */
export function CriteriaEditor({ live, criteria }: { live: LiveSession; criteria: readonly Criterion[] }) {
  const { t } = useI18n()
  const { run, error } = useCommand(live)
  const id = useId()
  const [rows, setRows] = useState<Draft[]>(() => draftOf(criteria))
  const [source, setSource] = useState(criteria)
  const [nextKey, setNextKey] = useState(0)
  // When the saved criteria change (saved here or elsewhere), start again from them. Keys are the ids, so the
  // rows that stay keep their elements and focus.
  if (source !== criteria) {
    setSource(criteria)
    setRows(draftOf(criteria))
  }

  const update = (key: string, change: Partial<Draft>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)))

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const taken = new Set(rows.flatMap((r) => (r.id === null ? [] : [r.id])))
    const list = rows.map((r) => {
      const criterionId = r.id ?? criterionIdFor(r.label, taken)
      taken.add(criterionId)
      return { id: criterionId, label: r.label.trim(), weight: Number(r.weight) }
    })
    await run({ type: 'criteria.set', criteria: list })
  }

  return (
    <form className="org-console-form" aria-labelledby={`${id}-title`} onSubmit={save} noValidate>
      <h3 id={`${id}-title`}>{t('organiser.criteria.title')}</h3>
      <ol className="org-criteria-list">
        {rows.map((row, i) => (
          <li key={row.key} className="org-criterion-row">
            <div className="org-field">
              <label htmlFor={`${id}-label-${row.key}`}>{t('organiser.criteria.label', { n: i + 1 })}</label>
              <input
                id={`${id}-label-${row.key}`}
                value={row.label}
                maxLength={80}
                onChange={(e) => update(row.key, { label: e.target.value })}
              />
            </div>
            <div className="org-field org-field-narrow">
              <label htmlFor={`${id}-weight-${row.key}`}>{t('organiser.criteria.weight', { n: i + 1 })}</label>
              <input
                id={`${id}-weight-${row.key}`}
                type="number"
                inputMode="decimal"
                min={0.1}
                max={10}
                step={0.1}
                value={row.weight}
                onChange={(e) => update(row.key, { weight: e.target.value })}
              />
            </div>
            <button
              type="button"
              aria-label={t('organiser.criteria.removeFor', { n: i + 1, label: row.label })}
              disabled={rows.length <= 1}
              onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
            >
              {t('organiser.criteria.remove')}
            </button>
          </li>
        ))}
      </ol>
      <div className="org-button-row">
        <button
          type="button"
          disabled={rows.length >= MAX_CRITERIA}
          onClick={() => {
            setRows((all) => [...all, { id: null, key: `new-${nextKey}`, label: '', weight: '1' }])
            setNextKey((k) => k + 1)
          }}
        >
          {t('organiser.criteria.add')}
        </button>
        <button type="submit">{t('organiser.criteria.save')}</button>
      </div>
      <CommandError message={error} />
    </form>
  )
}

function draftOf(criteria: readonly Criterion[]): Draft[] {
  return criteria.map((c) => ({ id: c.id, key: c.id, label: c.label, weight: String(c.weight) }))
}
