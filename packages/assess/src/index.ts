/**
 * @packageDocumentation
 * Multistakeholder evaluation of government blockchain initiatives: aggregation maths (median, spread,
 * disagreement, the multistakeholder label), the evaluation's stages and edit rules, and the report (model,
 * Markdown, HTML). Pure: no I/O, no clock. Anything not exported here is private to the package.
 */
export {
  type Aggregation,
  aggregate,
  DISAGREEMENT_GAP,
  type Disagreement,
  type GroupSpread,
  type PanelComposition,
  type PanelMember,
  type PrincipleAggregate,
  panelComposition,
  type ScoreEntry,
  type Spread,
  summarise,
} from './aggregate.ts'
export { type LoadedExamples, loadIllustrativeExamples } from './examples.ts'
export {
  type AssessActor,
  type Decision,
  type EvaluationAction,
  type EvaluationStatus,
  evaluationActions,
  evaluationStatuses,
  mayComment,
  mayDeclare,
  mayEditConclusions,
  mayEditSetup,
  mayWriteScore,
  type TransitionContext,
  transition,
} from './lifecycle.ts'
export { CANNOT_ASSESS, numericRatings, Rating } from './rating.ts'
export { escapeHtml, renderReportHtml, renderReportMarkdown } from './render.ts'
export {
  type AssessReport,
  buildReport,
  formatStat,
  groupLabel,
  principleTitle,
  type ReportInput,
  ratingText,
} from './report.ts'
export { AssessService, type AuditActor } from './service.ts'
export type {
  EvaluationView,
  EvaluatorView,
  InitiativeInput,
  InitiativeView,
  StoredScore,
} from './views.ts'
