import { namesRegistryArtifact, namesResolverArtifact } from '@blockgov/names-contracts'
import {
  type Address,
  BaseError,
  ContractFunctionRevertedError,
  ContractFunctionZeroDataError,
  concatBytes,
  type Hex,
  hexToBytes,
  type PublicClient,
} from 'viem'
import type { NamesDeployment } from './deploy.ts'
import type { RecordKey } from './follower-index.ts'

/** What the DNS gateway's zone needs to know about one registered name (the gateway's `NameEntry`). */
export interface ZoneEntry {
  /** Unix seconds after which the name stops resolving: expiry plus the grace period. */
  readonly expiresAt: number
  /** Suspended by a dispute decision: the gateway answers NXDOMAIN saying why. */
  readonly suspended: boolean
  /** The name's RRsets as the resolver stores them: uncompressed wire RRs, back to back. */
  readonly records: Uint8Array
}

/** The RRsets a resolver holds for a name's record version; the resolver cannot list them, its events can. */
export type RecordKeysOf = (resolver: Address, version: number) => Promise<readonly RecordKey[]>

/** Reads names' zone entries from chain state at a given block. */
export interface ChainReader {
  /**
   * The zone entry of `node` as of `blockNumber`, or null when it does not resolve there (never registered,
   * past its grace period, or a subname whose parent changed hands).
   */
  readEntry(node: Hex, blockNumber: bigint, keysOf: RecordKeysOf): Promise<ZoneEntry | null>
}

// INamesRegistry.Status
const UNREGISTERED = 0
const SUSPENDED = 3
const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'
const NO_RECORDS = new Uint8Array()

/**
 * A reader for one deployment. Every read names the block, so a name's state and its records come from the same
 * block, and a follower that waits for confirmations never serves state that is not yet confirmed.
 *
 * @example
 * const reader = createChainReader(publicClient, deployment)
 * const entry = await reader.readEntry(namehash('example.blockgov.alt'), 120n, async () => keys)
 */
export function createChainReader(client: PublicClient, deployment: NamesDeployment): ChainReader {
  const registry = { address: deployment.registry, abi: namesRegistryArtifact.abi } as const
  let gracePeriod: Promise<number> | undefined

  function grace(): Promise<number> {
    // Immutable in the contract: read once, but read again after a failure.
    gracePeriod ??= client.readContract({ ...registry, functionName: 'gracePeriod' }).then(Number, (error) => {
      gracePeriod = undefined
      throw error
    })
    return gracePeriod
  }

  return {
    async readEntry(node, blockNumber, keysOf) {
      const [state, resolver, gracePeriodSeconds] = await Promise.all([
        client.readContract({ ...registry, functionName: 'nameState', args: [node], blockNumber }),
        client.readContract({ ...registry, functionName: 'resolver', args: [node], blockNumber }),
        grace(),
      ])
      if (state.status === UNREGISTERED) return null
      const expiresAt = state.expiry + gracePeriodSeconds
      const suspended = state.status === SUSPENDED
      if (suspended || resolver === ZERO_ADDRESS) return { expiresAt, suspended, records: NO_RECORDS }
      const keys = await keysOf(resolver, state.version)
      const rrsets = await Promise.all(keys.map((key) => readRRset(client, resolver, node, key, blockNumber)))
      return { expiresAt, suspended, records: concatBytes(rrsets) }
    },
  }
}

/**
 * One RRset. A holder may choose any contract as resolver; one that reverts or is no contract at all yields no
 * records instead of stopping the follower. Transport failures still throw: they mean the chain is unreachable.
 */
async function readRRset(
  client: PublicClient,
  resolver: Address,
  node: Hex,
  key: RecordKey,
  blockNumber: bigint,
): Promise<Uint8Array> {
  try {
    const rrset = await client.readContract({
      address: resolver,
      abi: namesResolverArtifact.abi,
      functionName: 'dnsRecord',
      args: [node, key.ownerHash, key.type],
      blockNumber,
    })
    return hexToBytes(rrset)
  } catch (error) {
    if (isContractFailure(error)) return NO_RECORDS
    throw error
  }
}

function isContractFailure(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false
  const cause = error.walk(
    (e) => e instanceof ContractFunctionRevertedError || e instanceof ContractFunctionZeroDataError,
  )
  return cause !== null && cause !== undefined
}
