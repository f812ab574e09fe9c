/**
 * @packageDocumentation
 * The design-sprint workshop domain, pure (no I/O, no clock): commands and their validation, `decide`
 * (command → events, with authorisation), the event reducer shared by server and browser, the group
 * solver, rotation, evaluation maths and the default IGF template.
 */
export { groupWorkingOn, runningItem } from './access.ts'
export { addableKinds, boardEditable, canSummarise, floorOpen } from './activity-rules.ts'
export {
  type DesignSlice,
  designOfEvent,
  designSlice,
  mayRevealDesigns,
  sliceIsPersonal,
  visibleDesigns,
  withDesignSlice,
} from './audience.ts'
export { type ClockView, clockFor, formatRemaining } from './clock.ts'
export {
  AgendaItemInput,
  CARD_TEXT_MAX,
  CriterionInput,
  DisplayName,
  ProfileInput,
  SprintCommand,
  type SprintCommandInput,
  type SprintCommandType,
} from './commands.ts'
export { decide, decideJoin, type JoinRequest } from './decide.ts'
export type { ConsentedProfile, DecideContext, Decision } from './decision.ts'
export { type SprintError, SprintErrorCode, sprintError, sprintErrorCatalog } from './errors.ts'
export {
  type Criterion,
  DISAGREEMENT_THRESHOLD,
  defaultCriteria,
  evaluateIdeas,
  type IdeaResult,
  MIN_BREAKDOWN_RATERS,
  tallyDots,
} from './evaluation.ts'
export type { Actor, CardKind, FormedGroupRecord, SessionEvent, SessionEventType, StoredEvent } from './events.ts'
export { type FormationInput, formationInput } from './formation.ts'
export { type Gender, genders, type Presence, type StakeholderGroup, stakeholderGroups } from './people.ts'
export { type CommandPolicy, commandPolicy, type ParticipantRule } from './policy.ts'
export { decideErasure, type ParticipantRecord, participantRecord, pseudonymFor } from './privacy.ts'
export { mulberry32, shuffle } from './prng.ts'
export { redactFor } from './redact.ts'
export { applyEvent, replay } from './reducer.ts'
export type { EditableText, GenderReflection, GroupRoles } from './report/draft.ts'
export { draftReport, type ReportInput, reportSections, reportText, type SessionReport } from './report/draft.ts'
export { applyEdits, type EditableSection, editableSections, type ReportEdits } from './report/edits.ts'
export { type Participation, participation } from './report/participation.ts'
export { renderHtml } from './report/render-html.ts'
export { renderMarkdown } from './report/render-markdown.ts'
export { nextRotation } from './rotation.ts'
export { formGroups, type SolveResult, type SolverOptions, type SolverPerson } from './solver.ts'
export {
  type Card,
  type Comment,
  type Design,
  dotKey,
  emptySession,
  type Group,
  type Intervention,
  type Outcome,
  type Participant,
  type PhaseClock,
  type SessionState,
  scoreKey,
} from './state.ts'
export {
  type Activity,
  type AgendaItem,
  activities,
  igfDesignSprint,
  type SessionTemplate,
  templates,
} from './template.ts'
