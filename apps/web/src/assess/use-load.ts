import { useCallback, useEffect, useState } from 'react'
import { ApiFailure } from '../api/request.ts'

/** The state of one request: loading, its value, or the failure. */
export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly value: T }
  | { readonly state: 'failed'; readonly error: ApiFailure }

/** Runs `load` on mount and whenever `reload` is called; stale answers from earlier runs are dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' })
  const [tick, setTick] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `deps` stands for what `load` closes over
  useEffect(() => {
    let current = true
    load().then(
      (value) => current && setResult({ state: 'ok', value }),
      (error: unknown) =>
        current &&
        setResult({
          state: 'failed',
          error: error instanceof ApiFailure ? error : new ApiFailure({ code: 'INTERNAL', message: String(error) }),
        }),
    )
    return () => {
      current = false
    }
  }, [...deps, tick])
  const reload = useCallback(() => setTick((t) => t + 1), [])
  return [result, reload]
}
