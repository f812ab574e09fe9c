import { namesRegistryArtifact, namesResolverArtifact } from '@blockgov/names-contracts'
import { type Address, getAbiItem, getAddress, type Hex, isAddressEqual, keccak256, type PublicClient } from 'viem'

/**
 * What the follower needs to know from one contract event. Anything else (text and address records, freezes,
 * governance wiring other than the default resolver) cannot change a DNS answer and is not followed.
 */
export type ChainEvent =
  /** A second-level name was registered (first time or after it lapsed): a new record version. */
  | { readonly kind: 'registered'; readonly node: Hex; readonly label: string }
  /** A subname was created, reassigned or released: a new record version for it. */
  | { readonly kind: 'subname'; readonly parent: Hex; readonly node: Hex; readonly label: string }
  /** Renewal, transfer or suspension: the name and every name below it must be read again. */
  | { readonly kind: 'changed'; readonly node: Hex }
  /** The holder pointed the name at another resolver. */
  | { readonly kind: 'resolver'; readonly node: Hex; readonly resolver: Address }
  /** Governance changed the resolver of every name that has not chosen one. */
  | { readonly kind: 'defaultResolver'; readonly resolver: Address }
  /** An RRset of (node, version) was set or deleted at `resolver`; `ownerHash` is keccak256 of the wire owner name. */
  | {
      readonly kind: 'dns'
      readonly resolver: Address
      readonly node: Hex
      readonly version: number
      readonly ownerHash: Hex
      readonly type: number
    }

const registryAbi = namesRegistryArtifact.abi
const resolverAbi = namesResolverArtifact.abi

/** The registry events that change what a name resolves to. */
const REGISTRY_EVENTS = [
  getAbiItem({ abi: registryAbi, name: 'NameRegistered' }),
  getAbiItem({ abi: registryAbi, name: 'NameRenewed' }),
  getAbiItem({ abi: registryAbi, name: 'NameTransferred' }),
  getAbiItem({ abi: registryAbi, name: 'SubnameChanged' }),
  getAbiItem({ abi: registryAbi, name: 'ResolverChanged' }),
  getAbiItem({ abi: registryAbi, name: 'NameSuspended' }),
  getAbiItem({ abi: registryAbi, name: 'DefaultResolverChanged' }),
] as const

/** The resolver events that name an RRset (the resolver has no way to list them). */
const RESOLVER_EVENTS = [
  getAbiItem({ abi: resolverAbi, name: 'DNSRecordChanged' }),
  getAbiItem({ abi: resolverAbi, name: 'DNSRecordDeleted' }),
] as const

/** Where to look for events: the registry and every resolver some name uses. */
export interface EventSources {
  /** Absent when only resolvers are to be read (catching up on a resolver seen for the first time). */
  readonly registry?: Address
  readonly resolvers: readonly Address[]
}

/**
 * Reads the followed events of blocks `fromBlock`..`toBlock` (inclusive) in chain order, `maxRange` blocks per
 * `eth_getLogs` call (public RPC endpoints cap the range). Registry events count only when the registry emitted
 * them: a resolver is any contract a holder chooses and could emit look-alike events.
 */
export async function fetchChainEvents(
  client: PublicClient,
  sources: EventSources,
  fromBlock: bigint,
  toBlock: bigint,
  maxRange: bigint,
): Promise<ChainEvent[]> {
  const events: ChainEvent[] = []
  for (let start = fromBlock; start <= toBlock; start += maxRange) {
    const end = start + maxRange - 1n < toBlock ? start + maxRange - 1n : toBlock
    const range = { fromBlock: start, toBlock: end, strict: true } as const
    const [registryLogs, resolverLogs] = await Promise.all([
      sources.registry === undefined
        ? Promise.resolve([])
        : client.getLogs({ ...range, address: sources.registry, events: REGISTRY_EVENTS }),
      sources.resolvers.length === 0
        ? Promise.resolve([])
        : client.getLogs({ ...range, address: [...sources.resolvers], events: RESOLVER_EVENTS }),
    ])
    const ordered = [...registryLogs, ...resolverLogs].sort(
      (a, b) => compare(a.blockNumber, b.blockNumber) || a.logIndex - b.logIndex,
    )
    for (const log of ordered) {
      const event = toChainEvent(log, sources.registry)
      if (event !== undefined) events.push(event)
    }
  }
  return events
}

/**
 * The DNS events of one node at `resolver` (for a name the follower has not seen yet), filtered on the node topic
 * so the node answers without a scan of everything else.
 */
export async function fetchDnsEvents(
  client: PublicClient,
  resolver: Address,
  node: Hex,
  fromBlock: bigint,
  toBlock: bigint,
): Promise<ChainEvent[]> {
  const range = { address: resolver, args: { node }, fromBlock, toBlock, strict: true } as const
  const [changed, deleted] = await Promise.all(RESOLVER_EVENTS.map((event) => client.getLogs({ ...range, event })))
  return [...(changed ?? []), ...(deleted ?? [])]
    .sort((a, b) => compare(a.blockNumber, b.blockNumber) || a.logIndex - b.logIndex)
    .flatMap((log) => toChainEvent(log, undefined) ?? [])
}

/** The decoded fields the follower reads, by event (viem's decoded logs fit this shape). */
type FollowedLog = { readonly address: Address } & (
  | { readonly eventName: 'NameRegistered'; readonly args: { readonly node: Hex; readonly label: string } }
  | {
      readonly eventName: 'SubnameChanged'
      readonly args: { readonly parent: Hex; readonly node: Hex; readonly label: string }
    }
  | { readonly eventName: 'NameRenewed' | 'NameTransferred' | 'NameSuspended'; readonly args: { readonly node: Hex } }
  | { readonly eventName: 'ResolverChanged'; readonly args: { readonly node: Hex; readonly resolver: Address } }
  | { readonly eventName: 'DefaultResolverChanged'; readonly args: { readonly resolver: Address } }
  | {
      readonly eventName: 'DNSRecordChanged' | 'DNSRecordDeleted'
      readonly args: { readonly node: Hex; readonly version: number; readonly name: Hex; readonly resource: number }
    }
)

function toChainEvent(log: FollowedLog, registry: Address | undefined): ChainEvent | undefined {
  const fromRegistry = registry !== undefined && isAddressEqual(log.address, registry)
  switch (log.eventName) {
    case 'NameRegistered':
      return fromRegistry ? { kind: 'registered', node: log.args.node, label: log.args.label } : undefined
    case 'SubnameChanged':
      return fromRegistry
        ? { kind: 'subname', parent: log.args.parent, node: log.args.node, label: log.args.label }
        : undefined
    case 'NameRenewed':
    case 'NameTransferred':
    case 'NameSuspended':
      return fromRegistry ? { kind: 'changed', node: log.args.node } : undefined
    case 'ResolverChanged':
      return fromRegistry
        ? { kind: 'resolver', node: log.args.node, resolver: getAddress(log.args.resolver) }
        : undefined
    case 'DefaultResolverChanged':
      return fromRegistry ? { kind: 'defaultResolver', resolver: getAddress(log.args.resolver) } : undefined
    case 'DNSRecordChanged':
    case 'DNSRecordDeleted':
      return {
        kind: 'dns',
        resolver: getAddress(log.address),
        node: log.args.node,
        version: log.args.version,
        ownerHash: keccak256(log.args.name),
        type: log.args.resource,
      }
  }
}

function compare(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0
}
