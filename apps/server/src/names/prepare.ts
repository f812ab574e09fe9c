import { namehash, secondLevelLabel, toNamesError } from '@blockgov/names'
import { namesRegistrarArtifact, namesResolverArtifact } from '@blockgov/names-contracts'
import { type Address, encodeFunctionData, getAddress, type Hex } from 'viem'
import type { NamesChain } from './names-chain.ts'
import { encodeRRset, type RRsetInput } from './record-input.ts'
import { fullName } from './views.ts'

/** An unsigned transaction for a browser wallet to sign and send (EIP-1193 `eth_sendTransaction`). */
export interface PreparedTx {
  to: Address
  data: Hex
  /** Wei, as a decimal string. */
  value: string
}

/**
 * Builds the transactions of the browser-wallet path, so the web needs no ABI or DNS encoder of its own: the
 * wallet signs, the chain checks. The secret of a commitment is made in the browser and never kept here.
 */
export function transactionBuilder(chain: NamesChain) {
  const { deployment, clients } = chain
  const registrar = { address: deployment.registrar, abi: namesRegistrarArtifact.abi } as const
  const label = (name: string) => secondLevelLabel(fullName(name, deployment.rootName), deployment.rootName)

  async function guarded<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run()
    } catch (error) {
      throw toNamesError(error)
    }
  }

  async function resolverFor(name: string): Promise<Address> {
    const info = await chain.reader.nameInfo(fullName(name, deployment.rootName))
    return info.resolver ?? deployment.resolver
  }

  return {
    commit: (name: string, owner: Address, secret: Hex): Promise<PreparedTx & { commitment: Hex }> =>
      guarded(async () => {
        const commitment = await clients.publicClient.readContract({
          ...registrar,
          functionName: 'makeCommitment',
          args: [label(name), getAddress(owner), secret],
        })
        const data = encodeFunctionData({ abi: registrar.abi, functionName: 'commit', args: [commitment] })
        return { to: registrar.address, data, value: '0', commitment }
      }),

    register: (name: string, owner: Address, secret: Hex, duration: number): Promise<PreparedTx> =>
      guarded(async () => {
        const value = await chain.reader.rentPrice(fullName(name, deployment.rootName), duration)
        const data = encodeFunctionData({
          abi: registrar.abi,
          functionName: 'register',
          args: [label(name), getAddress(owner), BigInt(duration), secret],
        })
        return { to: registrar.address, data, value: value.toString() }
      }),

    dnsRecords: (name: string, rrset: RRsetInput) =>
      guarded(async (): Promise<PreparedTx> => {
        const zone = fullName(name, deployment.rootName)
        const data = encodeFunctionData({
          abi: namesResolverArtifact.abi,
          functionName: 'setDNSRecords',
          args: [namehash(zone), encodeRRset(zone, rrset)],
        })
        return { to: await resolverFor(zone), data, value: '0' }
      }),

    address: (name: string, address: Address) =>
      guarded(async (): Promise<PreparedTx> => {
        const zone = fullName(name, deployment.rootName)
        const data = encodeFunctionData({
          abi: namesResolverArtifact.abi,
          functionName: 'setAddr',
          args: [namehash(zone), getAddress(address)],
        })
        return { to: await resolverFor(zone), data, value: '0' }
      }),
  }
}
