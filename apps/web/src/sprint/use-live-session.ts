import { useEffect, useState, useSyncExternalStore } from 'react'
import { LiveSession, type LiveSnapshot } from './live-session.ts'

const idle = { subscribe: () => () => {}, getSnapshot: () => null }

/**
 * Connects to a session while the component is mounted; null until the connection object exists. A new
 * session id or token opens a new connection and closes the old one.
 */
export function useLiveSession(
  sessionId: string,
  token?: string,
): { live: LiveSession; snapshot: LiveSnapshot } | null {
  const [live, setLive] = useState<LiveSession | null>(null)
  useEffect(() => {
    const session = new LiveSession({ sessionId, token })
    setLive(session)
    return () => session.close()
  }, [sessionId, token])
  const store = live ?? idle
  const snapshot = useSyncExternalStore<LiveSnapshot | null>(store.subscribe, store.getSnapshot)
  return live === null || snapshot === null ? null : { live, snapshot }
}

/** Re-renders every `ms` so countdowns tick; stops when unmounted. */
export function useTicker(ms: number): number {
  const [tick, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), ms)
    return () => clearInterval(timer)
  }, [ms])
  return tick
}
