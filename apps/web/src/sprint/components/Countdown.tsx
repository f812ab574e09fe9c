import { clockFor, formatRemaining, type SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { useTicker } from '../use-live-session.ts'

/**
 * The shared countdown, in server time. It is a timer (role="timer"), deliberately not a live region:
 * announcing every second would drown a screen reader; phase changes are announced by <Announcer>.
 */
export function Countdown({
  live,
  state,
  groupId,
  large = false,
}: {
  live: LiveSession
  state: SessionState
  groupId: string | null
  large?: boolean
}) {
  const { t } = useI18n()
  useTicker(1000)
  const clock = clockFor(state, groupId, live.serverNow())
  let text: string
  if (clock.item === null) text = t('sprint.clock.idle')
  else if (clock.remainingMs === null) text = t('sprint.clock.ended')
  else text = formatRemaining(clock.remainingMs)
  const over = clock.remainingMs !== null && clock.remainingMs < 0
  return (
    <div className={`countdown${large ? ' countdown-large' : ''}${over ? ' countdown-over' : ''}`}>
      <span className="countdown-label">{t('sprint.clock.label')}</span>
      <span role="timer" aria-live="off" className="countdown-value">
        {text}
      </span>
      {over && <span className="countdown-note">{t('sprint.clock.over')}</span>}
    </div>
  )
}
