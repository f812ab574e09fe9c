import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { AgendaEditor } from './AgendaEditor.tsx'
import { CloseSession } from './CloseSession.tsx'
import { CommandError } from './CommandError.tsx'
import { currentItem } from './console-model.ts'
import { GroupClocks } from './GroupClocks.tsx'
import { PhaseControls } from './PhaseControls.tsx'
import { useCommand } from './use-command.ts'

/** The agenda, the running item, and the controls of the one organiser clock. */
export function AgendaPanel({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t } = useI18n()
  const { run, error } = useCommand(live)
  const current = currentItem(state)
  return (
    <section aria-labelledby="agenda-heading" className="org-console-panel">
      <h2 id="agenda-heading">{t('organiser.agenda.title')}</h2>
      <ol className="org-agenda-list">
        {state.agenda.map((item, index) => {
          const here = current?.index === index
          const running = here && current.running
          return (
            <li
              key={item.id}
              className={`org-agenda-item${running ? ' org-agenda-item-running' : ''}`}
              aria-current={running ? 'step' : undefined}
            >
              <div className="org-agenda-item-head">
                <span className="org-agenda-item-title">{item.title}</span>
                <span className="org-agenda-item-meta">
                  {t(`organiser.activity.${item.activity}`)} ·{' '}
                  {t('organiser.agenda.minutes', { minutes: item.minutes })}
                  {item.rotate === true && ` · ${t('organiser.agenda.rotates')}`}
                </span>
                {here && (
                  <span className="badge">{running ? t('organiser.agenda.running') : t('organiser.agenda.ended')}</span>
                )}
                <button
                  type="button"
                  aria-label={t('organiser.agenda.startItem', { title: item.title })}
                  onClick={() => void run({ type: 'phase.start', index })}
                >
                  {t('organiser.agenda.start')}
                </button>
              </div>
              {running && <PhaseControls live={live} state={state} />}
            </li>
          )
        })}
      </ol>
      <CommandError message={error} />
      <AgendaEditor live={live} state={state} />
      {current !== null && state.groups.length > 0 && <GroupClocks live={live} state={state} />}
      <CloseSession live={live} state={state} />
    </section>
  )
}
