import { useCallback, useEffect, useState } from 'react'
import { ApiFailure } from '../api/request.ts'
import { type NameInfo, type NameRecords, namesApi } from './api.ts'

/** A name's state and records, loaded together; `reload` after a write. */
export function useName(name: string) {
  const [info, setInfo] = useState<NameInfo | null>(null)
  const [records, setRecords] = useState<NameRecords | null>(null)
  const [error, setError] = useState<ApiFailure | null>(null)
  const [version, setVersion] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: version is the trigger: reload after a write
  useEffect(() => {
    let live = true
    setError(null)
    Promise.all([namesApi.lookup(name), namesApi.records(name)]).then(
      ([loadedInfo, loadedRecords]) => {
        if (!live) return
        setInfo(loadedInfo)
        setRecords(loadedRecords)
      },
      (failure: unknown) => {
        if (!live) return
        setInfo(null)
        setRecords(null)
        setError(failure instanceof ApiFailure ? failure : new ApiFailure({ code: 'INTERNAL', message: '' }))
      },
    )
    return () => {
      live = false
    }
  }, [name, version])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { info, records, error, reload }
}
