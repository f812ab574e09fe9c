import { useCallback, useEffect, useState } from 'react'
import { ApiFailure } from '../api/request.ts'

/** What {@link useGroupsLoad} gives: the value, or the failure with its stable code, and a way to load again. */
export interface Loaded<T> {
  readonly value: T | null
  readonly error: ApiFailure | null
  readonly reload: () => void
}

/** Loads on mount and on `reload()`. */
export function useGroupsLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [value, setValue] = useState<T | null>(null)
  const [error, setError] = useState<ApiFailure | null>(null)
  const [round, setRound] = useState(0)
  useEffect(() => {
    let live = true
    void round
    load().then(
      (loaded) => {
        if (!live) return
        setValue(loaded)
        setError(null)
      },
      (failure: unknown) => {
        if (live) setError(asFailure(failure))
      },
    )
    return () => {
      live = false
    }
  }, [load, round])
  const reload = useCallback(() => setRound((r) => r + 1), [])
  return { value, error, reload }
}

/** Any thrown value as an ApiFailure, so screens show the server's message. */
export function asFailure(failure: unknown): ApiFailure {
  return failure instanceof ApiFailure ? failure : new ApiFailure({ code: 'INTERNAL', message: String(failure) })
}
