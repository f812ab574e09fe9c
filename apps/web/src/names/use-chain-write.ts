import { useState } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { errorText } from './error-text.ts'
import { failureOf } from './writes.ts'

/** What {@link useChainWrite} gives a form. */
export interface ChainWrite {
  readonly busy: boolean
  /** The progress or outcome line, for the form's `role="status"` paragraph. */
  readonly status: string
  /** The failure in plain words, or a validation message the form set itself. */
  readonly error: string | null
  setError(message: string | null): void
  /**
   * Runs `action` unless a write is running: `working` shows at once, `action` may report progress, and the text
   * it resolves to is the outcome line (`''` when the page announces success itself).
   */
  write(working: string, action: (progress: (text: string) => void) => Promise<string>): Promise<void>
}

/**
 * A form's write to the chain: one at a time (a transaction takes seconds, and a second click would pay twice),
 * its progress and outcome in a status line, its failure in plain words (`errorText`).
 */
export function useChainWrite(): ChainWrite {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)
  async function write(working: string, action: (progress: (text: string) => void) => Promise<string>) {
    if (busy) return
    setBusy(true)
    setError(null)
    setStatus(working)
    try {
      setStatus(await action(setStatus))
    } catch (failure) {
      setStatus('')
      setError(errorText(t, failureOf(failure)))
    } finally {
      setBusy(false)
    }
  }
  return { busy, status, error, setError, write }
}
