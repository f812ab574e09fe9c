import type { CitedClaim } from '../check-citations.ts'
import {
  type Jurisdiction,
  type NodeId,
  type PrivacyEdge,
  type PrivacyMap,
  type PrivacyNode,
  type Provision,
  type ProvisionTopic,
  provisionTopics,
} from './schema.ts'

/**
 * The identity of an edge: its type and ends.
 *
 * @example
 * edgeKey({ type: 'tension', from: 'a', to: 'b' }) // 'tension:a->b'
 */
export function edgeKey(edge: Pick<PrivacyEdge, 'type' | 'from' | 'to'>): string {
  return `${edge.type}:${edge.from}->${edge.to}`
}

/** Nodes by id, for lookups from edges, provisions and URLs. */
export function indexNodes(map: PrivacyMap): ReadonlyMap<NodeId, PrivacyNode> {
  return new Map(map.nodes.map((node) => [node.id, node]))
}

/** The edges leaving and entering one node. */
export function edgesOf(map: PrivacyMap, id: NodeId): { outgoing: PrivacyEdge[]; incoming: PrivacyEdge[] } {
  return { outgoing: map.edges.filter((e) => e.from === id), incoming: map.edges.filter((e) => e.to === id) }
}

/** A provision together with the jurisdiction it belongs to. */
export interface LocatedProvision {
  readonly jurisdiction: Jurisdiction
  readonly provision: Provision
}

/** Every jurisdiction's provisions that concern the node, in jurisdiction order. */
export function provisionsForNode(map: PrivacyMap, id: NodeId): LocatedProvision[] {
  return map.jurisdictions.flatMap((jurisdiction) =>
    jurisdiction.provisions.filter((p) => p.nodes.includes(id)).map((provision) => ({ jurisdiction, provision })),
  )
}

/** How many of the map's provision topics a jurisdiction has verified provisions for. */
export interface Coverage {
  readonly covered: readonly ProvisionTopic[]
  readonly total: number
}

/**
 * Coverage is a measure of this dataset, not of the law: a low number can mean a provision exists but could
 * not be verified, and the views say so.
 */
export function coverageOf(jurisdiction: Jurisdiction): Coverage {
  const topics = new Set(jurisdiction.provisions.map((p) => p.topic))
  return { covered: provisionTopics.filter((t) => topics.has(t)), total: provisionTopics.length }
}

/** Every claim in the map (nodes, edges, jurisdictions, provisions) with its citations, for the citation check. */
export function claimsOf(map: PrivacyMap): CitedClaim[] {
  return [
    ...map.nodes,
    ...map.edges.map((edge) => ({ id: edgeKey(edge), citations: edge.citations })),
    ...map.jurisdictions,
    ...map.jurisdictions.flatMap((j) => j.provisions),
  ]
}
