import { useEffect, useState } from 'react'
import { fetchEvaluation, type ServerIdeaResult } from '../api.ts'

/** How long to wait after the last score before asking again, so a burst of votes costs one request. */
const SETTLE_MS = 800

/**
 * The stakeholder breakdown per idea. Only the server holds consented stakeholder answers, so it is fetched,
 * again whenever the log moves (`seq`), after scores settle. Empty until the first answer arrives.
 */
export function useStakeholderBreakdown(
  sessionId: string,
  seq: number,
): ReadonlyMap<string, ServerIdeaResult['byStakeholder']> {
  const [breakdown, setBreakdown] = useState<ReadonlyMap<string, ServerIdeaResult['byStakeholder']>>(new Map())
  // biome-ignore lint/correctness/useExhaustiveDependencies: seq is the trigger: refetch when the log moves
  useEffect(() => {
    let cancelled = false
    const timer = setTimeout(() => {
      fetchEvaluation(sessionId).then(
        (result) => {
          if (cancelled) return
          const entries = result.designs.flatMap((d) => d.results.map((r) => [r.ideaId, r.byStakeholder] as const))
          setBreakdown(new Map(entries))
        },
        () => {}, // the table still shows the client-side figures; the breakdown is an addition
      )
    }, SETTLE_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [sessionId, seq])
  return breakdown
}
