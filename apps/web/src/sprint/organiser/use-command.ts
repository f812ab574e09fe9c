import { SprintCommand, type SprintCommandInput } from '@blockgov/sprint'
import { useCallback, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { errorMessageKey } from './command-errors.ts'

/** Sends commands for one control group and keeps its last failure as a translated message. */
export function useCommand(live: LiveSession) {
  const { t } = useI18n()
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async (command: SprintCommandInput): Promise<boolean> => {
      setError(null)
      // Checked here too so a bad form value gets an answer at once, even while offline.
      if (!SprintCommand.safeParse(command).success) {
        setError(t(errorMessageKey('VALIDATION_FAILED')))
        return false
      }
      const outcome = await live.send(command)
      if (outcome.ok) return true
      setError(t(errorMessageKey(outcome.error.code), { code: outcome.error.code }))
      return false
    },
    [live, t],
  )
  return { run, error }
}
