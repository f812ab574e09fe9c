import type { EdgeType, NodeKind, PrivacyMap } from '@blockgov/content'

export interface GraphNode {
  readonly id: string
  readonly label: string
  readonly kind: NodeKind
}

export interface GraphEdge {
  readonly id: string
  readonly source: string
  readonly target: string
  readonly type: EdgeType
}

/** What the graph draws for the chosen kinds of entry and link: edges only between drawn nodes. */
export function graphElements(
  map: PrivacyMap,
  kinds: readonly NodeKind[],
  links: readonly EdgeType[],
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = map.nodes.filter((node) => kinds.includes(node.kind))
  const drawn = new Set(nodes.map((node) => node.id))
  const edges = map.edges.filter((e) => links.includes(e.type) && drawn.has(e.from) && drawn.has(e.to))
  return {
    nodes: nodes.map(({ id, label, kind }) => ({ id, label, kind })),
    edges: edges.map((e) => ({ id: `${e.type}:${e.from}->${e.to}`, source: e.from, target: e.to, type: e.type })),
  }
}
