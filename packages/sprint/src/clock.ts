import type { SessionState } from './state.ts'
import type { AgendaItem } from './template.ts'

/** What a screen shows about time for a group (or the whole room when `groupId` is null). */
export interface ClockView {
  readonly item: AgendaItem | null
  readonly index: number | null
  /** Milliseconds left; negative once time is up. Null when nothing is running. */
  readonly remainingMs: number | null
  readonly running: boolean
}

/**
 * The countdown every screen agrees on: computed from the phase's start, duration and extensions in
 * server time (`serverNow` is this client's clock corrected by the offset measured on the socket).
 */
export function clockFor(state: SessionState, groupId: string | null, serverNow: number): ClockView {
  const phase = state.phase
  if (phase === null) return { item: null, index: null, remainingMs: null, running: false }
  const item = state.agenda[phase.index] ?? null
  const group = groupId === null ? undefined : state.groups.find((g) => g.id === groupId)
  const endedAt = phase.endedAt ?? group?.endedAt ?? null
  const deadline = phase.startedAt + phase.durationMs + (group?.extraMs ?? 0)
  const now = endedAt ?? serverNow
  return { item, index: phase.index, remainingMs: endedAt === null ? deadline - now : null, running: endedAt === null }
}

/** `m:ss`, with a minus sign once time is up (facilitators like to see how far over they are). */
export function formatRemaining(ms: number): string {
  const sign = ms < 0 ? '−' : ''
  const total = Math.floor(Math.abs(ms) / 1000)
  return `${sign}${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}
