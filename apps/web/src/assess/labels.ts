import type { MessageKey } from '../i18n/translate.ts'
import type { Action, Stage, Status } from './api.ts'

export const statusKey: Readonly<Record<Status, MessageKey>> = {
  draft: 'assess.status.draft',
  'panel-open': 'assess.status.panel-open',
  'panel-closed': 'assess.status.panel-closed',
  comment: 'assess.status.comment',
  published: 'assess.status.published',
}

export const stageKey: Readonly<Record<Stage, MessageKey>> = {
  idea: 'assess.stage.idea',
  pilot: 'assess.stage.pilot',
  production: 'assess.stage.production',
  retired: 'assess.stage.retired',
}

export const actionKey: Readonly<Record<Action, MessageKey>> = {
  'open-panel': 'assess.action.open-panel',
  'close-panel': 'assess.action.close-panel',
  'open-comment': 'assess.action.open-comment',
  publish: 'assess.action.publish',
  revise: 'assess.action.revise',
}

/** The actions that make sense at each stage, in the order the console offers them. */
export const actionsAt: Readonly<Record<Status, readonly Action[]>> = {
  draft: ['open-panel'],
  'panel-open': ['close-panel'],
  'panel-closed': ['open-comment', 'publish'],
  comment: ['publish'],
  published: ['revise'],
}

/** A statistic as the tables print it. */
export function stat(value: number | null): string {
  return value === null ? '—' : String(Math.round(value * 100) / 100)
}

/** Splits a textarea of links into lines; the server validates each (http or https only). */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
}
