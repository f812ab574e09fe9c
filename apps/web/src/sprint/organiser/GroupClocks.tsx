import { clockFor, formatRemaining, type SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { useTicker } from '../use-live-session.ts'

/** Each group's own clock, which differs from the room's once a group was extended or ended early. */
export function GroupClocks({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t } = useI18n()
  useTicker(1000)
  const now = live.serverNow()
  return (
    <table className="org-data-table">
      <caption>{t('organiser.phase.groupClocks')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('organiser.groups.group')}</th>
          <th scope="col">{t('organiser.phase.timeLeft')}</th>
        </tr>
      </thead>
      <tbody>
        {state.groups.map((g) => {
          const clock = clockFor(state, g.id, now)
          const text =
            clock.remainingMs === null
              ? t('organiser.agenda.ended')
              : `${formatRemaining(clock.remainingMs)}${clock.remainingMs < 0 ? ` (${t('organiser.phase.over')})` : ''}`
          return (
            <tr key={g.id}>
              <th scope="row">{g.name}</th>
              <td className="org-numeric">{text}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
