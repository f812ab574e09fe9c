import type { ErrorCode } from '@blockgov/protocol'

/**
 * The stages of an evaluation. `comment` (a public comment period) is optional: publishing is allowed from
 * `panel-closed` or from `comment`. A published evaluation can be revised, which reopens only the organiser's
 * texts (findings, recommendations); scores stay locked and the next publication is a new version.
 */
export const evaluationStatuses = ['draft', 'panel-open', 'panel-closed', 'comment', 'published'] as const
export type EvaluationStatus = (typeof evaluationStatuses)[number]

/** What the organiser can do to move an evaluation along. */
export const evaluationActions = ['open-panel', 'close-panel', 'open-comment', 'publish', 'revise'] as const
export type EvaluationAction = (typeof evaluationActions)[number]

/** Expected failures are values, never throws. */
export type Decision<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: ErrorCode }

const ok = <T>(value: T): Decision<T> => ({ ok: true, value })
const fail = (code: ErrorCode): Decision<never> => ({ ok: false, code })

/** Facts about the evaluation that some transitions depend on. */
export interface TransitionContext {
  /** The gate has been answered up to an outcome. */
  readonly gateComplete: boolean
  /** Number of reports already published. */
  readonly publishedVersions: number
  /** What changed since the previous version (required from the second version on). */
  readonly changelog: string
}

const allowed: Readonly<Record<EvaluationAction, { from: readonly EvaluationStatus[]; to: EvaluationStatus }>> = {
  'open-panel': { from: ['draft'], to: 'panel-open' },
  'close-panel': { from: ['panel-open'], to: 'panel-closed' },
  'open-comment': { from: ['panel-closed'], to: 'comment' },
  publish: { from: ['panel-closed', 'comment'], to: 'published' },
  revise: { from: ['published'], to: 'panel-closed' },
}

/**
 * The status after `action`, or why it is refused. The panel opens only once the gate is answered (its outcome
 * is part of the report, whatever it is); every publication after the first needs a changelog entry.
 *
 * @example
 * transition('draft', 'open-panel', { gateComplete: false, publishedVersions: 0, changelog: '' }) // { ok: false, code: 'ASSESS_GATE_INCOMPLETE' }
 */
export function transition(
  status: EvaluationStatus,
  action: EvaluationAction,
  context: TransitionContext,
): Decision<EvaluationStatus> {
  const rule = allowed[action]
  if (!rule.from.includes(status)) return fail('ASSESS_WRONG_STATE')
  if (action === 'open-panel' && !context.gateComplete) return fail('ASSESS_GATE_INCOMPLETE')
  if (action === 'publish' && context.publishedVersions > 0 && context.changelog.trim() === '') {
    return fail('ASSESS_CHANGELOG_REQUIRED')
  }
  return ok(rule.to)
}

/** Who is acting on an evaluation: its organiser, or an evaluator holding an invite link. */
export type AssessActor =
  | { readonly kind: 'organiser' }
  | { readonly kind: 'evaluator'; readonly evaluatorId: string; readonly declared: boolean }

/**
 * Whether `actor` may write the score owned by `ownerId`. Scores belong to their evaluator: only they write
 * them, only while the panel is open, and only after declaring their group and conflicts of interest. The
 * organiser can never write a score, at any stage.
 */
export function mayWriteScore(status: EvaluationStatus, actor: AssessActor, ownerId: string): Decision<true> {
  if (actor.kind === 'organiser') return fail('ASSESS_ORGANISER_CANNOT_SCORE')
  if (actor.evaluatorId !== ownerId) return fail('ASSESS_NOT_YOUR_SCORE')
  if (status !== 'panel-open') return fail('ASSESS_WRONG_STATE')
  if (!actor.declared) return fail('ASSESS_DECLARATION_REQUIRED')
  return ok(true)
}

/** Evaluators declare (and may correct) their group and conflicts until the panel closes. */
export function mayDeclare(status: EvaluationStatus): Decision<true> {
  return status === 'draft' || status === 'panel-open' ? ok(true) : fail('ASSESS_WRONG_STATE')
}

/** The organiser edits the initiative and the gate answers only before the panel opens. */
export function mayEditSetup(status: EvaluationStatus): Decision<true> {
  return status === 'draft' ? ok(true) : fail('ASSESS_WRONG_STATE')
}

/** The organiser writes findings and recommendations after the panel closes and before publishing. */
export function mayEditConclusions(status: EvaluationStatus): Decision<true> {
  return status === 'panel-closed' || status === 'comment' ? ok(true) : fail('ASSESS_WRONG_STATE')
}

/** The public may comment only during the comment period. */
export function mayComment(status: EvaluationStatus): Decision<true> {
  return status === 'comment' ? ok(true) : fail('ASSESS_COMMENTS_CLOSED')
}
