import { namesRegistryArtifact, namesResolverArtifact } from '@blockgov/names-contracts'
import { type Address, getAddress, type Hex } from 'viem'
import type { NamesContext } from './context.ts'
import {
  type DnsRecord,
  type DnsType,
  decodeDnsRecords,
  dnsNameHash,
  dnsTypeCode,
  encodeDnsDeletions,
  encodeDnsRecords,
  normaliseDnsName,
} from './dns-records.ts'
import { NamesError } from './errors.ts'
import { isValidLabel, namehash, normaliseName } from './namehash.ts'
import { read, type TxResult, transact, txResult } from './transact.ts'

const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'

/** Address, text and DNS records. Writes need the holder's account; reads return nothing once a name stops resolving. */
export function recordsApi(context: NamesContext) {
  const { clients, deployment } = context
  const registry = { address: deployment.registry, abi: namesRegistryArtifact.abi } as const
  const abi = namesResolverArtifact.abi

  /** The resolver `name` uses; writes go there too (the default resolver unless the holder chose another). */
  async function resolverOf(node: Hex): Promise<Address | null> {
    const address = await read(() =>
      clients.publicClient.readContract({ ...registry, functionName: 'resolver', args: [node] }),
    )
    return address === ZERO_ADDRESS ? null : address
  }

  async function writableResolver(node: Hex): Promise<Address> {
    return (await resolverOf(node)) ?? deployment.resolver
  }

  const api = {
    /** Sets the Ethereum address of `name`. */
    async setAddress(name: string, address: Address): Promise<TxResult> {
      const node = namehash(name)
      const resolver = await writableResolver(node)
      const receipt = await transact(clients, (w) =>
        w.writeContract({ address: resolver, abi, functionName: 'setAddr', args: [node, getAddress(address)] }),
      )
      return txResult(receipt)
    },

    /** The Ethereum address of `name`, or null. */
    async getAddress(name: string): Promise<Address | null> {
      const node = namehash(name)
      const resolver = await resolverOf(node)
      if (!resolver) return null
      const address = await read(() =>
        clients.publicClient.readContract({ address: resolver, abi, functionName: 'addr', args: [node] }),
      )
      return address === ZERO_ADDRESS ? null : address
    },

    /** Sets text record `key` (for example `url`, `email`) of `name`; an empty value removes it. */
    async setText(name: string, key: string, value: string): Promise<TxResult> {
      const node = namehash(name)
      const resolver = await writableResolver(node)
      const receipt = await transact(clients, (w) =>
        w.writeContract({ address: resolver, abi, functionName: 'setText', args: [node, key, value] }),
      )
      return txResult(receipt)
    },

    /** Text record `key` of `name`, or null. */
    async getText(name: string, key: string): Promise<string | null> {
      const node = namehash(name)
      const resolver = await resolverOf(node)
      if (!resolver) return null
      const value = await read(() =>
        clients.publicClient.readContract({ address: resolver, abi, functionName: 'text', args: [node, key] }),
      )
      return value === '' ? null : value
    },

    /**
     * Sets DNS records of the zone `name`. Records with the same owner name and type form one RRset and replace
     * the stored one. Owner names must be `name` or below it (for example `www.example.blockgov.alt`).
     *
     * @example await client.setDnsRecords('example.blockgov.alt', [{ name: 'example.blockgov.alt', type: 'A', ttl: 300, data: '192.0.2.1' }])
     */
    async setDnsRecords(name: string, records: readonly DnsRecord[]): Promise<TxResult> {
      if (records.length === 0) throw new NamesError('INVALID_ARGUMENT', 'Give at least one record.')
      return writeDns(name, encodeDnsRecords(records))
    },

    /** Removes whole RRsets of the zone `name`. */
    async deleteDnsRecords(name: string, sets: readonly { name: string; type: DnsType }[]): Promise<TxResult> {
      if (sets.length === 0) throw new NamesError('INVALID_ARGUMENT', 'Give at least one RRset.')
      return writeDns(name, encodeDnsDeletions(sets))
    },

    /** The RRset of type `type` at `ownerName` (default: the zone's own name) in the zone `zoneName`, decoded. */
    async getDnsRecords(zoneName: string, type: DnsType, ownerName: string = zoneName): Promise<DnsRecord[]> {
      return decodeDnsRecords(await api.getDnsRRset(namehash(zoneName), ownerName, type))
    },

    /** The raw wire-format RRset (what a DNS server copies into an answer), `0x` when there is none. */
    async getDnsRRset(zoneNode: Hex, ownerName: string, type: DnsType): Promise<Hex> {
      const resolver = await resolverOf(zoneNode)
      if (!resolver) return '0x'
      return read(() =>
        clients.publicClient.readContract({
          address: resolver,
          abi,
          functionName: 'dnsRecord',
          args: [zoneNode, dnsNameHash(ownerName), dnsTypeCode(type)],
        }),
      )
    },

    /**
     * Resolves a DNS question the way a gateway would: finds the closest registered name enclosing `queryName`
     * and reads the RRset there. Returns null when no enclosing name resolves.
     */
    async resolveDns(queryName: string, type: DnsType): Promise<{ zone: string; records: DnsRecord[] } | null> {
      const labels = normaliseDnsName(queryName).split('.')
      const rootLabels = normaliseName(deployment.rootName).split('.').length
      for (let i = 0; i < labels.length - rootLabels; i++) {
        const zone = labels.slice(i).join('.')
        if (!labels.slice(i).every(isValidLabel)) continue
        const node = namehash(zone)
        if (!(await resolverOf(node))) continue
        return { zone, records: decodeDnsRecords(await api.getDnsRRset(node, queryName, type)) }
      }
      return null
    },
  }

  async function writeDns(name: string, data: Hex): Promise<TxResult> {
    const node = namehash(name)
    const resolver = await writableResolver(node)
    const receipt = await transact(clients, (w) =>
      w.writeContract({ address: resolver, abi, functionName: 'setDNSRecords', args: [node, data] }),
    )
    return txResult(receipt)
  }

  return api
}

/** The records part of the client. */
export type RecordsApi = ReturnType<typeof recordsApi>
