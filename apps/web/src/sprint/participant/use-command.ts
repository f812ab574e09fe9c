import type { SprintCommandInput } from '@blockgov/sprint'
import { useCallback, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { errorText } from './error-text.ts'
import { useParticipant } from './participant-context.ts'

/** What a form needs to send one command: `run` resolves true on success; `error` is translated. */
export interface CommandRunner {
  readonly run: (command: SprintCommandInput) => Promise<boolean>
  readonly error: string | null
  readonly busy: boolean
  readonly clearError: () => void
}

/**
 * Sends commands on this participant's live session and keeps the last rejection as a translated message,
 * for a role="alert" next to the form that sent it.
 *
 * @example
 * const { run, error } = useCommand()
 * if (await run({ type: 'hand.raise' })) focusNext()
 */
export function useCommand(): CommandRunner {
  const { live } = useParticipant()
  const { t } = useI18n()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = useCallback(
    async (command: SprintCommandInput) => {
      setBusy(true)
      setError(null)
      const outcome = await live.send(command)
      setBusy(false)
      if (!outcome.ok) setError(errorText(t, outcome.error))
      return outcome.ok
    },
    [live, t],
  )
  const clearError = useCallback(() => setError(null), [])
  return { run, error, busy, clearError }
}
