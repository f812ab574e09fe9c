import type { AgendaItem, SessionState } from '@blockgov/sprint'
import { useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { CommandError } from './CommandError.tsx'
import { useCommand } from './use-command.ts'

/**
 * Edits titles, lengths and the anonymous-cards option of agenda items not yet reached. Items that have
 * started are shown but locked: the server refuses to rewrite the past (PHASE_CLOSED).
 */
export function AgendaEditor({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t } = useI18n()
  const { run, error } = useCommand(live)
  const id = useId()
  const [draft, setDraft] = useState<AgendaItem[] | null>(null)
  const [saved, setSaved] = useState(false)
  const reached = state.phase === null ? 0 : state.phase.index + 1

  if (draft === null) {
    return (
      <p>
        <button
          type="button"
          onClick={() => {
            setSaved(false)
            setDraft(state.agenda.map((item) => ({ ...item })))
          }}
        >
          {t('organiser.agendaEdit.open')}
        </button>
        <span role="status">{saved ? ` ${t('organiser.agendaEdit.saved')}` : ''}</span>
      </p>
    )
  }

  const change = (index: number, patch: Partial<AgendaItem>) =>
    setDraft(draft.map((item, i) => (i === index ? { ...item, ...patch } : item)))

  return (
    <form
      className="org-agenda-editor"
      onSubmit={async (event) => {
        event.preventDefault()
        if (await run({ type: 'agenda.update', agenda: draft })) {
          setDraft(null)
          setSaved(true)
        }
      }}
    >
      <ol>
        {draft.map((item, index) => {
          const n = index + 1
          const locked = index < reached
          return (
            <li key={item.id}>
              {locked ? (
                <p>
                  {item.title} — {t('organiser.agendaEdit.locked', { n })}
                </p>
              ) : (
                <div className="org-agenda-editor-row">
                  <label htmlFor={`${id}-title-${index}`}>{t('organiser.agendaEdit.title', { n })}</label>
                  <input
                    id={`${id}-title-${index}`}
                    value={item.title}
                    maxLength={120}
                    required
                    onChange={(e) => change(index, { title: e.target.value })}
                  />
                  <label htmlFor={`${id}-minutes-${index}`}>{t('organiser.agendaEdit.minutes', { n })}</label>
                  <input
                    id={`${id}-minutes-${index}`}
                    type="number"
                    min={1}
                    max={240}
                    required
                    value={item.minutes}
                    onChange={(e) => change(index, { minutes: Number(e.target.value) })}
                  />
                  <label>
                    <input
                      type="checkbox"
                      checked={item.anonymousCards === true}
                      onChange={(e) => change(index, { anonymousCards: e.target.checked })}
                    />{' '}
                    {t('organiser.agendaEdit.anonymous', { n })}
                  </label>
                </div>
              )}
            </li>
          )
        })}
      </ol>
      <CommandError message={error} />
      <button type="submit">{t('organiser.agendaEdit.save')}</button>{' '}
      <button type="button" onClick={() => setDraft(null)}>
        {t('organiser.agendaEdit.cancel')}
      </button>
    </form>
  )
}
