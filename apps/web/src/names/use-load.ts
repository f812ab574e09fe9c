import { useEffect, useState } from 'react'
import { ApiFailure } from '../api/request.ts'

/** Loads once on mount: the value, or the failure (with its stable code). */
export function useLoad<T>(load: () => Promise<T>): { value: T | null; error: ApiFailure | null } {
  const [value, setValue] = useState<T | null>(null)
  const [error, setError] = useState<ApiFailure | null>(null)
  useEffect(() => {
    let live = true
    load().then(
      (loaded) => {
        if (live) setValue(loaded)
      },
      (failure: unknown) => {
        if (live) setError(failure instanceof ApiFailure ? failure : new ApiFailure({ code: 'INTERNAL', message: '' }))
      },
    )
    return () => {
      live = false
    }
  }, [load])
  return { value, error }
}
