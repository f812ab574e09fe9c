import { useCallback, useEffect, useState } from 'react'
import { ApiFailure } from './request.ts'

/** Any thrown value as an ApiFailure, so screens show the server's message (or at least the thrown one). */
export function asFailure(thrown: unknown): ApiFailure {
  return thrown instanceof ApiFailure ? thrown : new ApiFailure({ code: 'INTERNAL', message: String(thrown) })
}

/** The state of one request: loading, its value, or the failure. */
export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly value: T }
  | { readonly state: 'failed'; readonly error: ApiFailure }

/**
 * Runs `load` on mount, whenever `deps` change and whenever `reload` is called; answers from earlier runs that
 * arrive late are dropped. While a reload runs, the last value stays on screen.
 *
 * @example
 * const [group, reload] = useLoad(() => groupsApi.group(slug), [slug])
 * if (group.state === 'ok') …
 */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' })
  const [tick, setTick] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `deps` stands for what `load` closes over
  useEffect(() => {
    let current = true
    load().then(
      (value) => current && setResult({ state: 'ok', value }),
      (error: unknown) => current && setResult({ state: 'failed', error: asFailure(error) }),
    )
    return () => {
      current = false
    }
  }, [...deps, tick])
  const reload = useCallback(() => setTick((t) => t + 1), [])
  return [result, reload]
}

/** What {@link settled} gives: the value and the failure, each null until it arrives, and a way to load again. */
export interface Settled<T> {
  readonly value: T | null
  readonly error: ApiFailure | null
  readonly reload: () => void
}

/**
 * A {@link useLoad} result as a value and an error side by side, for screens that show both.
 *
 * @example
 * const { value, error, reload } = settled(useLoad(load, [load]))
 */
export function settled<T>([loaded, reload]: [Loaded<T>, () => void]): Settled<T> {
  return {
    value: loaded.state === 'ok' ? loaded.value : null,
    error: loaded.state === 'failed' ? loaded.error : null,
    reload,
  }
}

/** What {@link useSubmit} gives a form. */
export interface Submission {
  /** The last attempt's failure, cleared when the next one starts. */
  readonly error: ApiFailure | null
  /** True once the last attempt succeeded, until the next one starts (for a "Saved" status line). */
  readonly saved: boolean
  /** True while any attempt runs: give it to the submit button's `disabled`. */
  readonly busy: boolean
  /** Runs `action`; resolves to whether it succeeded. */
  run(action: () => Promise<unknown>): Promise<boolean>
}

/**
 * The submit scaffolding every form repeats: clear the last error, run the call, say it saved or keep the failure.
 * Attempts are not queued or dropped: rows with their own buttons (approve this, approve that) may run at once.
 * A form that must not submit twice disables its button with `busy` (React re-renders before the next click).
 *
 * @example
 * const submission = useSubmit()
 * <form onSubmit={(event) => { event.preventDefault(); void submission.run(() => api.save(text)) }}>
 */
export function useSubmit(): Submission {
  const [error, setError] = useState<ApiFailure | null>(null)
  const [saved, setSaved] = useState(false)
  const [running, setRunning] = useState(0)
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setError(null)
    setSaved(false)
    setRunning((n) => n + 1)
    try {
      await action()
      setSaved(true)
      return true
    } catch (thrown) {
      setError(asFailure(thrown))
      return false
    } finally {
      setRunning((n) => n - 1)
    }
  }, [])
  return { error, saved, busy: running > 0, run }
}
