import { useEffect, useRef, useState } from 'react'
import { useSearchParams } from 'react-router'

/**
 * State mirrored in the URL's query, so every filter and selection can be shared. The state is local first:
 * React Router applies URL changes in transitions, and a control bound to the URL alone would lag behind
 * fast typing or snap back after a click. URLs this hook wrote are recognised as they arrive (in order) and
 * ignored, so an older one can never overwrite newer typing; any other change (a link, back or forward) is
 * read into the state.
 */
export function useUrlState<T>(
  read: (params: URLSearchParams) => T,
  write: (value: T) => URLSearchParams,
): [T, (next: T) => void] {
  const [params, setParams] = useSearchParams()
  const [value, setValue] = useState(() => read(params))
  const pending = useRef<string[]>([])
  const current = params.toString()

  useEffect(() => {
    const index = pending.current.indexOf(current)
    if (index >= 0) {
      pending.current = pending.current.slice(index + 1)
      return
    }
    setValue(read(new URLSearchParams(current)))
  }, [current, read])

  const update = (next: T) => {
    const nextParams = write(next)
    pending.current.push(nextParams.toString())
    setValue(next)
    setParams(nextParams, { replace: true, preventScrollReset: true })
  }
  return [value, update]
}
