import { type Address, getAddress, type Hex } from 'viem'
import { describe, expect, it } from 'vitest'
import type { ChainEvent } from './follower-events.ts'
import { NameIndex } from './follower-index.ts'
import { namehash } from './namehash.ts'

const DEFAULT_RESOLVER = getAddress('0x00000000000000000000000000000000000000d1')
const OWN_RESOLVER = getAddress('0x00000000000000000000000000000000000000d2')
const example = namehash('example.blockgov.alt')
const www = namehash('www.example.blockgov.alt')
const deep = namehash('a.www.example.blockgov.alt')
const other = namehash('other.blockgov.alt')
const ownerA: Hex = `0x${'aa'.repeat(32)}`
const ownerB: Hex = `0x${'bb'.repeat(32)}`

const registered = (node: Hex, label: string): ChainEvent => ({ kind: 'registered', node, label })
const subname = (parent: Hex, node: Hex, label: string): ChainEvent => ({ kind: 'subname', parent, node, label })
const dns = (node: Hex, version: number, ownerHash: Hex, type = 1, resolver = DEFAULT_RESOLVER): ChainEvent => ({
  kind: 'dns',
  resolver,
  node,
  version,
  ownerHash,
  type,
})

function indexWithTree(): NameIndex {
  const index = new NameIndex('blockgov.alt', DEFAULT_RESOLVER)
  index.apply([
    registered(example, 'example'),
    subname(example, www, 'www'),
    subname(www, deep, 'a'),
    registered(other, 'other'),
  ])
  return index
}

describe('NameIndex', () => {
  it('learns full names from labels, subnames included', () => {
    const index = indexWithTree()
    expect(index.name(example)).toBe('example.blockgov.alt')
    expect(index.name(deep)).toBe('a.www.example.blockgov.alt')
    expect(index.nodes()).toHaveLength(4)
  })

  it('marks a name and every name below it when it changes hands, renews or is suspended', () => {
    const index = indexWithTree()
    expect(index.apply([{ kind: 'changed', node: example }])).toEqual(new Set([example, www, deep]))
    expect(index.apply([{ kind: 'changed', node: www }])).toEqual(new Set([www, deep]))
    expect(index.apply([registered(other, 'other')])).toEqual(new Set([other]))
  })

  it('reaches the subtree even when a record change marked the name first in the same batch', () => {
    const index = indexWithTree()
    expect(index.apply([dns(example, 1, ownerA), { kind: 'changed', node: example }])).toEqual(
      new Set([example, www, deep]),
    )
  })

  it('keeps RRset keys per resolver, node and record version, without duplicates', () => {
    const index = indexWithTree()
    expect(index.apply([dns(example, 1, ownerA), dns(example, 1, ownerA), dns(example, 1, ownerB, 16)])).toEqual(
      new Set([example]),
    )
    index.apply([dns(example, 2, ownerB)])
    expect(index.recordKeys(DEFAULT_RESOLVER, example, 1)).toEqual([
      { ownerHash: ownerA, type: 1 },
      { ownerHash: ownerB, type: 16 },
    ])
    expect(index.recordKeys(DEFAULT_RESOLVER, example, 2)).toEqual([{ ownerHash: ownerB, type: 1 }])
    expect(index.recordKeys(OWN_RESOLVER, example, 1)).toEqual([])
  })

  it('ignores events about nodes no registration named', () => {
    const index = indexWithTree()
    const stranger = namehash('stranger.blockgov.alt')
    expect(index.apply([dns(stranger, 1, ownerA), { kind: 'changed', node: stranger }])).toEqual(new Set())
    expect(index.apply([subname(stranger, namehash('x.stranger.blockgov.alt'), 'x')])).toEqual(new Set())
  })

  it('reports each resolver it has not followed yet once; a new default resolver touches every name', () => {
    const index = indexWithTree()
    expect(index.takeNewResolvers()).toEqual([])
    expect(index.apply([{ kind: 'resolver', node: www, resolver: OWN_RESOLVER }])).toEqual(new Set([www]))
    expect(index.apply([{ kind: 'resolver', node: example, resolver: OWN_RESOLVER }])).toEqual(new Set([example]))
    expect(index.takeNewResolvers()).toEqual([OWN_RESOLVER])
    expect(index.takeNewResolvers()).toEqual([])
    const next: Address = getAddress('0x00000000000000000000000000000000000000d3')
    expect(index.apply([{ kind: 'defaultResolver', resolver: next }]).size).toBe(4)
    expect(index.resolvers()).toEqual([DEFAULT_RESOLVER, OWN_RESOLVER, next])
  })

  it('learns a second-level name read on a cache miss', () => {
    const index = new NameIndex('blockgov.alt', DEFAULT_RESOLVER)
    index.learnSecondLevel(example, 'example')
    expect(index.name(example)).toBe('example.blockgov.alt')
    expect(index.apply([dns(example, 1, ownerA)])).toEqual(new Set([example]))
  })
})
