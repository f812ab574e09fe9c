import { edgeTypes, nodeKinds, privacyMap } from '@blockgov/content'
import { describe, expect, it } from 'vitest'
import { graphElements } from './graph-elements.ts'

describe('graphElements', () => {
  it('draws every node and edge when nothing is filtered', () => {
    const { nodes, edges } = graphElements(privacyMap, nodeKinds, edgeTypes)
    expect(nodes).toHaveLength(privacyMap.nodes.length)
    expect(edges).toHaveLength(privacyMap.edges.length)
  })

  it('keeps only edges whose two ends are drawn', () => {
    const { nodes, edges } = graphElements(privacyMap, ['tension', 'mitigation'], ['mitigation', 'relates'])
    const ids = new Set(nodes.map((n) => n.id))
    expect(nodes.every((n) => n.kind === 'tension' || n.kind === 'mitigation')).toBe(true)
    expect(edges.length).toBeGreaterThan(0)
    for (const edge of edges) {
      expect(edge.type).toBe('mitigation')
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true)
    }
  })

  it('draws nothing for no kinds', () => {
    expect(graphElements(privacyMap, [], edgeTypes)).toEqual({ nodes: [], edges: [] })
  })
})
