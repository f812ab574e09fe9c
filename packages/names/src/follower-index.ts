import { type Address, getAddress, type Hex } from 'viem'
import type { ChainEvent } from './follower-events.ts'

/** One RRset the resolver holds for a (node, version): keccak256 of the wire owner name, and the type number. */
export interface RecordKey {
  readonly ownerHash: Hex
  readonly type: number
}

/**
 * What the follower has learnt from events: the text of every name (the registry stores only hashes), which names
 * lie below which, which RRsets each (resolver, node, version) has had, and the resolvers in use. Pure: it never
 * reads the chain. It only grows, also across reorgs: knowing a name or an RRset key that a reorg took away costs
 * one wasted read, while the chain state read afterwards says what is true.
 */
export class NameIndex {
  readonly #rootName: string
  readonly #names = new Map<Hex, string>()
  readonly #children = new Map<Hex, Set<Hex>>()
  readonly #keys = new Map<string, Map<string, RecordKey>>()
  readonly #resolvers = new Set<Address>()
  readonly #newResolvers = new Set<Address>()

  constructor(rootName: string, defaultResolver: Address) {
    this.#rootName = rootName
    this.#resolvers.add(getAddress(defaultResolver))
  }

  /** The full name of `node`, if an event named it. */
  name(node: Hex): string | undefined {
    return this.#names.get(node)
  }

  /** Every node with a known name. */
  nodes(): Hex[] {
    return [...this.#names.keys()]
  }

  /** Every resolver some name has used (the default one included). */
  resolvers(): Address[] {
    return [...this.#resolvers]
  }

  /** Resolvers learnt since the last call: their earlier events have not been read yet. */
  takeNewResolvers(): Address[] {
    const fresh = [...this.#newResolvers]
    this.#newResolvers.clear()
    return fresh
  }

  /** The RRsets `resolver` has had for `node` under record `version`. */
  recordKeys(resolver: Address, node: Hex, version: number): RecordKey[] {
    return [...(this.#keys.get(keyOf(resolver, node, version))?.values() ?? [])]
  }

  /** Learns a second-level name found outside the event stream (a gateway cache miss read it from the chain). */
  learnSecondLevel(node: Hex, label: string): void {
    this.#names.set(node, `${label}.${this.#rootName}`)
  }

  /**
   * Learns from `events` (in chain order) and returns the nodes whose zone entry may have changed. A new record
   * version, a renewal, a transfer or a suspension reaches every name below: subnames take their expiry and
   * standing from their parent and vanish when it changes hands. A new default resolver touches every name.
   */
  apply(events: readonly ChainEvent[]): Set<Hex> {
    const dirty = new Set<Hex>()
    for (const event of events) {
      switch (event.kind) {
        case 'registered':
          this.#names.set(event.node, `${event.label}.${this.#rootName}`)
          this.#addWithDescendants(event.node, dirty)
          break
        case 'subname': {
          const parentName = this.#names.get(event.parent)
          if (parentName === undefined) break
          this.#names.set(event.node, `${event.label}.${parentName}`)
          const siblings = this.#children.get(event.parent) ?? new Set<Hex>()
          siblings.add(event.node)
          this.#children.set(event.parent, siblings)
          this.#addWithDescendants(event.node, dirty)
          break
        }
        case 'changed':
          this.#addWithDescendants(event.node, dirty)
          break
        case 'resolver':
          this.#addResolver(event.resolver)
          dirty.add(event.node)
          break
        case 'defaultResolver':
          this.#addResolver(event.resolver)
          for (const node of this.#names.keys()) dirty.add(node)
          break
        case 'dns': {
          const id = keyOf(event.resolver, event.node, event.version)
          const keys = this.#keys.get(id) ?? new Map<string, RecordKey>()
          keys.set(`${event.ownerHash}/${event.type}`, { ownerHash: event.ownerHash, type: event.type })
          this.#keys.set(id, keys)
          dirty.add(event.node)
          break
        }
      }
    }
    // Events about nodes nobody named (a look-alike resolver's) have nothing to update.
    for (const node of dirty) if (!this.#names.has(node)) dirty.delete(node)
    return dirty
  }

  #addWithDescendants(node: Hex, into: Set<Hex>): void {
    const seen = new Set<Hex>()
    const stack = [node]
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (seen.has(next)) continue
      seen.add(next)
      into.add(next)
      for (const child of this.#children.get(next) ?? []) stack.push(child)
    }
  }

  #addResolver(resolver: Address): void {
    const address = getAddress(resolver)
    if (address === ZERO_ADDRESS || this.#resolvers.has(address)) return
    this.#resolvers.add(address)
    this.#newResolvers.add(address)
  }
}

const ZERO_ADDRESS: Address = '0x0000000000000000000000000000000000000000'

function keyOf(resolver: Address, node: Hex, version: number): string {
  return `${resolver.toLowerCase()}/${node}/${version}`
}
