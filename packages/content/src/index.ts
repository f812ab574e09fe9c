/**
 * @packageDocumentation
 * Typed, validated content with citations. The sources registry is shared by every content area; the
 * privacy map (nodes, edges, jurisdictions) and its guided check are the first dataset. Pure: no I/O.
 * Anything not exported here is private to the package.
 */

// Assess: principles, the gate, the rating scale and illustrative evaluations.
export { assessClaims } from './assess/dataset.ts'
export {
  type ExampleFact,
  type ExampleRating,
  type IllustrativeEvaluation,
  illustrativeEvaluations,
  illustrativeNotice,
} from './assess/examples.ts'
export { type GateStep, type GateWalk, gateNode, walkGate } from './assess/flow.ts'
export { gateFlow } from './assess/gate.ts'
export { principleSet } from './assess/principles.ts'
export { cannotAssess, ratingScale } from './assess/scale.ts'
export {
  AssessId,
  GateFlow,
  GateNode,
  GateOutcome,
  GateQuestion,
  Principle,
  PrincipleSet,
  RatingAnchor,
} from './assess/schema.ts'
export { type StakeholderGroupId, stakeholderGroupCitations, stakeholderGroups } from './assess/stakeholders.ts'
// Sources and citations, for every content area.
export { type CitationProblem, type CitedClaim, findCitationProblems } from './check-citations.ts'
export { Citation, Citations } from './citation.ts'
// Explore: Internet-governance issues and blockchain use cases, with exports.
export { parseCsv, toCsv } from './explore/csv.ts'
export { exploreAttribution, exploreDataset } from './explore/dataset.ts'
export {
  currentStatus,
  datasetFromJson,
  datasetToJson,
  issueCsvHeader,
  issuesToCsv,
  listSeparator,
  useCaseCsvHeader,
  useCaseSources,
  useCasesToCsv,
} from './explore/export.ts'
export {
  filterUseCases,
  matrixCell,
  statusYears,
  strengthRank,
  type TimelineEntry,
  timeline,
  type UseCaseFilter,
} from './explore/query.ts'
export {
  Alternative,
  Approach,
  approaches,
  CitedText,
  DwBasket,
  dwBaskets,
  EvidenceStrength,
  ExploreDataset,
  ExploreId,
  evidenceStrengths,
  Issue,
  PartialDate,
  Region,
  RelatedArea,
  regions,
  relatedAreas,
  StatusChange,
  UseCase,
  UseCaseStatus,
  useCaseStatuses,
  WgigCluster,
  wgigClusters,
} from './explore/schema.ts'
// Learn: lessons, quizzes, resources, readability.
export { type FacilitatorGuide, facilitatorGuide, type GuideStep } from './learn/guide.ts'
export { findLesson, lessons, lessonsLastChecked, lessonWordCount, readingMinutes } from './learn/lessons.ts'
export { lessonPackMarkdown, lessonSources, lessonToMarkdown } from './learn/markdown.ts'
export { countSentences, countSyllables, type ReadabilityStats, readability } from './learn/readability.ts'
export { filterResources, type ResourceFilter } from './learn/resource-filter.ts'
export { resources } from './learn/resources.ts'
export {
  AreaLink,
  DemoId,
  demoIds,
  Lesson,
  LessonSection,
  LessonSlug,
  lessonSlugs,
  QuizQuestion,
  Resource,
  resourceFormats,
  resourceLanguages,
  resourceLevels,
} from './learn/schema.ts'
// The privacy map.
export {
  CheckAnswers,
  codeControls,
  ledgerTypes,
  nodeLocations,
  nodeOperators,
  onChainKinds,
} from './privacy/check/answers.ts'
export {
  type CheckReport,
  type Finding,
  type JurisdictionProvisions,
  type Level,
  type MitigationAdvice,
  runCheck,
} from './privacy/check/evaluate.ts'
export { type CheckExample, checkExamples } from './privacy/check/examples.ts'
export { checkReportToMarkdown, formatReference } from './privacy/check/markdown.ts'
export { answersFromQuery, answersToQuery } from './privacy/check/url.ts'
export { contentLanguage, lastChecked, privacyMap } from './privacy/dataset.ts'
export {
  type Coverage,
  claimsOf,
  coverageOf,
  edgeKey,
  edgesOf,
  indexNodes,
  type LocatedProvision,
  provisionsForNode,
} from './privacy/graph.ts'
export {
  EdgeType,
  edgeTypes,
  Jurisdiction,
  NodeId,
  NodeKind,
  nodeKinds,
  PrivacyEdge,
  PrivacyMap,
  PrivacyNode,
  Provision,
  ProvisionTopic,
  provisionTopics,
} from './privacy/schema.ts'
export { filterNodes, type NodeFilter } from './privacy/search.ts'
export { findSource, type KnownSourceId, sources } from './sources/registry.ts'
export { CheckMethod, IsoDate, Source, SourceId, SourceType } from './sources/schema.ts'
