/**
 * @packageDocumentation
 * Typed, validated content with citations. The sources registry is shared by every content area; the
 * privacy map (nodes, edges, jurisdictions) and its guided check are the first dataset. Pure: no I/O.
 * Anything not exported here is private to the package.
 */

// Sources and citations, for every content area.
export { type CitationProblem, type CitedClaim, findCitationProblems } from './check-citations.ts'
export { Citation, Citations } from './citation.ts'
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
