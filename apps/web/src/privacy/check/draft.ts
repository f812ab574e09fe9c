import {
  CheckAnswers,
  type codeControls,
  type ledgerTypes,
  type nodeLocations,
  type nodeOperators,
  type onChainKinds,
} from '@blockgov/content'

/** The form while it is being filled in: nothing chosen yet is `undefined` or empty. */
export interface CheckDraft {
  readonly ledger?: (typeof ledgerTypes)[number]
  readonly onChain: readonly (typeof onChainKinds)[number][]
  readonly operators?: (typeof nodeOperators)[number]
  readonly locations?: (typeof nodeLocations)[number]
  readonly code?: (typeof codeControls)[number]
  readonly automatedDecisions?: boolean
  readonly jurisdictions: readonly string[]
}

export const emptyDraft: CheckDraft = { onChain: [], jurisdictions: [] }

/** A question of the form, in the order the form asks them (the first invalid one receives focus). */
export type Question =
  | 'ledger'
  | 'onChain'
  | 'operators'
  | 'locations'
  | 'code'
  | 'automatedDecisions'
  | 'jurisdictions'
export const questions: readonly Question[] = [
  'ledger',
  'onChain',
  'operators',
  'locations',
  'code',
  'automatedDecisions',
  'jurisdictions',
]

/** Why a question's answer is not acceptable yet. */
export type DraftProblem = 'required' | 'noneAlone'

export type DraftResult =
  | { readonly ok: true; readonly answers: CheckAnswers }
  | { readonly ok: false; readonly problems: Partial<Record<Question, DraftProblem>> }

/** Checks a draft: either complete answers, or each unanswered or contradictory question. */
export function completeDraft(draft: CheckDraft): DraftResult {
  const problems: Partial<Record<Question, DraftProblem>> = {}
  for (const question of questions) {
    const value = draft[question]
    if (value === undefined || (Array.isArray(value) && value.length === 0)) problems[question] = 'required'
  }
  if (draft.onChain.includes('none') && draft.onChain.length > 1) problems.onChain = 'noneAlone'
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  const parsed = CheckAnswers.safeParse(draft)
  // Every field was checked above; a parse failure here would be a bug in this function, not a user error.
  if (!parsed.success) throw new Error(`draft passed checks but failed the schema: ${parsed.error.message}`)
  return { ok: true, answers: parsed.data }
}

/** Ticking "no personal data" clears the other kinds, and ticking a kind clears "none": the form never contradicts itself. */
export function toggleOnChain(
  current: readonly (typeof onChainKinds)[number][],
  kind: (typeof onChainKinds)[number],
): (typeof onChainKinds)[number][] {
  if (current.includes(kind)) return current.filter((k) => k !== kind)
  if (kind === 'none') return ['none']
  return [...current.filter((k) => k !== 'none'), kind]
}
