import type { CardKind } from './events.ts'
import type { Activity } from './template.ts'

/**
 * What each activity allows on the boards and the floor. `decide` enforces these rules; screens read the
 * same functions to show only the controls that will work.
 */

const addable: Partial<Record<Activity, readonly ('topic' | 'idea')[]>> = {
  topics: ['topic'],
  brainstorm: ['topic', 'idea'],
  iterate: ['topic', 'idea'],
}
const editing: ReadonlySet<Activity> = new Set(['topics', 'brainstorm', 'iterate', 'evaluate'])
const summarising: ReadonlySet<Activity> = new Set(['evaluate', 'report-out'])

/**
 * Card kinds a member may add now; empty when the running activity (or nothing) allows none.
 *
 * @example
 * addableKinds('brainstorm') // ['topic', 'idea']
 */
export function addableKinds(activity: Activity | null): readonly ('topic' | 'idea')[] {
  return activity === null ? [] : (addable[activity] ?? [])
}

/** Whether cards of `kind` may be edited, deleted, moved, merged or commented on during `activity`. */
export function boardEditable(activity: Activity | null, kind: CardKind): boolean {
  if (activity === null) return false
  return kind === 'summary' ? summarising.has(activity) : editing.has(activity)
}

/** Whether a group lead may publish a summary during `activity`. */
export function canSummarise(activity: Activity | null): boolean {
  return activity !== null && summarising.has(activity)
}

/** Whether hands are raised during `activity` (the room-wide one): plenary and report-out. */
export function floorOpen(activity: Activity | null): boolean {
  return activity === 'plenary' || activity === 'report-out'
}
