import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { ConnectionStatus } from '../live-session.ts'

const labels = {
  online: 'sprint.connection.online',
  connecting: 'sprint.connection.connecting',
  offline: 'sprint.connection.offline',
} as const

/** Connection state as a polite status message, so losing the connection is never silent. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const { t } = useI18n()
  return (
    <p role="status" className={`connection connection-${status}`}>
      {t(labels[status])}
    </p>
  )
}
