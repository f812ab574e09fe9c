import { describe, expect, it } from 'vitest'
import { findCitationProblems } from '../check-citations.ts'
import { findSource } from '../sources/registry.ts'
import { privacyMap } from './dataset.ts'
import { claimsOf, coverageOf, edgeKey } from './graph.ts'
import { PrivacyMap } from './schema.ts'

const nodeIds = new Set(privacyMap.nodes.map((node) => node.id))

describe('privacy map dataset', () => {
  it('matches the schema', () => {
    const result = PrivacyMap.safeParse(privacyMap)
    expect(result.error?.issues ?? []).toEqual([])
  })

  it('has at least 60 nodes and 9 jurisdictions', () => {
    expect(privacyMap.nodes.length).toBeGreaterThanOrEqual(60)
    expect(privacyMap.jurisdictions.length).toBeGreaterThanOrEqual(9)
  })

  it('every node, edge, jurisdiction and provision cites at least one known source', () => {
    expect(findCitationProblems(claimsOf(privacyMap))).toEqual([])
  })

  it('node, jurisdiction and provision ids are unique across the map (they share the URL space)', () => {
    const ids = [
      ...privacyMap.nodes.map((n) => n.id),
      ...privacyMap.jurisdictions.map((j) => j.id),
      ...privacyMap.jurisdictions.flatMap((j) => j.provisions.map((p) => p.id)),
    ]
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it('edges are unique and join existing, distinct nodes', () => {
    const keys = privacyMap.edges.map(edgeKey)
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([])
    for (const edge of privacyMap.edges) {
      expect(nodeIds.has(edge.from), `${edgeKey(edge)}: from`).toBe(true)
      expect(nodeIds.has(edge.to), `${edgeKey(edge)}: to`).toBe(true)
      expect(edge.from).not.toBe(edge.to)
    }
  })

  it('edge types follow their documented directions', () => {
    const kindOf = new Map(privacyMap.nodes.map((n) => [n.id, n.kind]))
    for (const edge of privacyMap.edges) {
      const from = kindOf.get(edge.from)
      const to = kindOf.get(edge.to)
      if (edge.type === 'tension') expect(from, edgeKey(edge)).toBe('tension')
      if (edge.type === 'mitigation') {
        expect(from, edgeKey(edge)).toBe('mitigation')
        expect(['tension', 'threat'], edgeKey(edge)).toContain(to)
      }
      if (edge.type === 'obligation') {
        expect(['role', 'actor'], edgeKey(edge)).toContain(from)
        expect(['obligation', 'right', 'principle'], edgeKey(edge)).toContain(to)
      }
    }
  })

  it('every tension has something it pulls against and at least one mitigation', () => {
    for (const tension of privacyMap.nodes.filter((n) => n.kind === 'tension')) {
      const edges = privacyMap.edges
      expect(
        edges.some((e) => e.type === 'tension' && e.from === tension.id),
        tension.id,
      ).toBe(true)
      expect(
        edges.some((e) => e.type === 'mitigation' && e.to === tension.id),
        tension.id,
      ).toBe(true)
    }
  })

  it('every node is connected to the rest of the map', () => {
    const connected = new Set(privacyMap.edges.flatMap((e) => [e.from, e.to]))
    expect(privacyMap.nodes.filter((n) => !connected.has(n.id)).map((n) => n.id)).toEqual([])
  })

  it('covers the concepts the issue asks for', () => {
    const count = (kind: string) => privacyMap.nodes.filter((n) => n.kind === kind).length
    expect(count('data')).toBeGreaterThanOrEqual(5)
    expect(count('tension')).toBeGreaterThanOrEqual(6)
    expect(count('mitigation')).toBeGreaterThanOrEqual(6)
    expect(count('threat')).toBe(7)
    for (const id of ['role-controller', 'role-joint-controller', 'role-processor', 'right-erasure', 'obligation-dpia'])
      expect(nodeIds.has(id), id).toBe(true)
  })

  it('provisions point at existing nodes', () => {
    for (const jurisdiction of privacyMap.jurisdictions) {
      for (const provision of jurisdiction.provisions) {
        for (const id of provision.nodes) expect(nodeIds.has(id), `${provision.id} → ${id}`).toBe(true)
      }
    }
  })

  it('each jurisdiction cites its own laws, and every provision cites one of them', () => {
    for (const jurisdiction of privacyMap.jurisdictions) {
      for (const law of jurisdiction.laws) expect(findSource(law)?.type, `${jurisdiction.id}: ${law}`).toBe('law')
      for (const provision of jurisdiction.provisions) {
        const cited = provision.citations.map((c) => c.source)
        expect(
          cited.some((id) => jurisdiction.laws.includes(id)),
          provision.id,
        ).toBe(true)
      }
    }
  })

  it('includes the jurisdictions the issue lists', () => {
    const ids = privacyMap.jurisdictions.map((j) => j.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        'eu-eea',
        'uk',
        'coe-108plus',
        'california',
        'brazil',
        'china',
        'south-africa',
        'japan',
        'india',
      ]),
    )
  })

  it('a provision cited without an article number says why', () => {
    for (const provision of privacyMap.jurisdictions.flatMap((j) => j.provisions)) {
      if (provision.citations.every((c) => c.pinpoint === undefined)) expect(provision.note, provision.id).toBeDefined()
    }
  })

  it('the EDPB blockchain guidelines are always cited as the consultation version', () => {
    expect(findSource('edpb-0225')?.title).toMatch(/consultation/)
  })

  it('computes coverage as verified topics out of the fixed topic list', () => {
    const eu = privacyMap.jurisdictions.find((j) => j.id === 'eu-eea')
    const japan = privacyMap.jurisdictions.find((j) => j.id === 'japan')
    expect(eu && coverageOf(eu).covered.length).toBe(11)
    expect(japan && coverageOf(japan)).toEqual({ covered: ['rectification', 'transfers'], total: 11 })
  })
})
