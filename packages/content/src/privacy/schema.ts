import { z } from 'zod'
import { Citations } from '../citation.ts'
import { IsoDate, SourceId } from '../sources/schema.ts'

/** Stable node id, used in URLs (`/privacy-map/node/<id>`): never rename one that has shipped. */
export const NodeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id')
export type NodeId = z.infer<typeof NodeId>

/** What a node is. The order is the order the list view groups them in. */
export const nodeKinds = [
  'tension',
  'data',
  'actor',
  'role',
  'concept',
  'principle',
  'right',
  'obligation',
  'mitigation',
  'threat',
] as const
export const NodeKind = z.enum(nodeKinds)
export type NodeKind = z.infer<typeof NodeKind>

const nodeFields = {
  id: NodeId,
  label: z.string().min(3).max(80),
  /** One sentence, shown in lists and graph tooltips. */
  summary: z.string().min(20).max(240),
  /** The cited explanation: statements of law, policy or fact, each supported by `citations`. */
  explanation: z.string().min(40),
  /**
   * How blockchains behave, stated as our own design observation rather than a legal claim; shown
   * separately and labelled so readers never mistake it for what a law or regulator says.
   */
  designObservation: z.string().min(20).optional(),
  citations: Citations,
}

/** Any node other than a mitigation or a threat. */
export const GeneralNode = z.strictObject({
  ...nodeFields,
  kind: z.enum(['tension', 'data', 'actor', 'role', 'concept', 'principle', 'right', 'obligation']),
})

/** A design measure: what it does, and — just as important — what it does not solve. */
export const MitigationNode = z.strictObject({
  ...nodeFields,
  kind: z.literal('mitigation'),
  solves: z.array(z.string().min(10)).min(1),
  doesNotSolve: z.array(z.string().min(10)).min(1),
})

/** A LINDDUN threat category and how it shows up in blockchain designs. */
export const ThreatNode = z.strictObject({
  ...nodeFields,
  kind: z.literal('threat'),
  onChain: z.string().min(20),
})

export const PrivacyNode = z.discriminatedUnion('kind', [GeneralNode, MitigationNode, ThreatNode])
export type PrivacyNode = z.infer<typeof PrivacyNode>

/**
 * Typed relations. Directions: `tension` runs from a tension to what pulls against it; `mitigation` from a
 * measure to the tension or threat it reduces; `obligation` from a role or actor to a duty or right it must
 * honour; `relates` is any other cited link.
 */
export const edgeTypes = ['tension', 'mitigation', 'obligation', 'relates'] as const
export const EdgeType = z.enum(edgeTypes)
export type EdgeType = z.infer<typeof EdgeType>

/** An edge is identified by its type and ends (see `edgeKey`); there is at most one of each. */
export const PrivacyEdge = z.strictObject({
  type: EdgeType,
  from: NodeId,
  to: NodeId,
  /** Why the link holds, in one or two sentences. */
  note: z.string().min(10),
  citations: Citations,
})
export type PrivacyEdge = z.infer<typeof PrivacyEdge>

/** What a provision is about; a jurisdiction's coverage is how many of these it has verified provisions for. */
export const provisionTopics = [
  'personal-data',
  'anonymisation',
  'roles',
  'principles',
  'erasure',
  'rectification',
  'objection',
  'automated-decisions',
  'transfers',
  'by-design',
  'impact-assessment',
] as const
export const ProvisionTopic = z.enum(provisionTopics)
export type ProvisionTopic = z.infer<typeof ProvisionTopic>

/**
 * One provision relevant to the map's tensions. The article or section number lives in the citation's
 * `pinpoint` and is given only when verified; otherwise the law is cited as a whole and `note` says so.
 */
export const Provision = z.strictObject({
  id: NodeId,
  topic: ProvisionTopic,
  title: z.string().min(3),
  summary: z.string().min(20),
  nodes: z.array(NodeId).min(1),
  citations: Citations,
  note: z.string().min(10).optional(),
})
export type Provision = z.infer<typeof Provision>

/** ISO 3166-1 numeric code, as world-atlas uses for country ids. */
const IsoNumeric = z.string().regex(/^\d{3}$/)

export const Jurisdiction = z.strictObject({
  id: NodeId,
  name: z.string().min(2),
  /** `treaty` has no territory of its own on the map; `subnational` is drawn on its country. */
  kind: z.enum(['union', 'country', 'subnational', 'treaty']),
  instrument: z.string().min(2),
  laws: z.array(SourceId).min(1),
  summary: z.string().min(20),
  /** Countries to shade on the world view; may be empty (a treaty). */
  territories: z.array(IsoNumeric),
  /** What the shading means and does not mean, e.g. a state law drawn on its whole country. */
  territoryNote: z.string().min(10).optional(),
  /** Supports the jurisdiction's scope and territory statements. */
  citations: Citations,
  provisions: z.array(Provision).min(1),
  checked: IsoDate,
})
export type Jurisdiction = z.infer<typeof Jurisdiction>

export const PrivacyMap = z.strictObject({
  nodes: z.array(PrivacyNode),
  edges: z.array(PrivacyEdge),
  jurisdictions: z.array(Jurisdiction),
})
export type PrivacyMap = z.infer<typeof PrivacyMap>
