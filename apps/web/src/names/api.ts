import { apiRequest } from '../api/request.ts'

/** The name system on this server (GET /api/names). */
export interface NamesOverview {
  readonly kind: 'embedded' | 'rpc'
  readonly chainId: number
  readonly rootName: string
  readonly rpcUrl: string | null
  readonly devAccounts: readonly { readonly index: number; readonly address: string }[]
  readonly commitmentAge: { readonly min: number; readonly max: number }
}

export interface NameInfo {
  readonly name: string
  readonly available: boolean | null
  readonly status: 'unregistered' | 'active' | 'grace' | 'suspended'
  readonly owner: string | null
  readonly expiry: number | null
  readonly graceEndsAt: number | null
  readonly frozen: boolean
  readonly frozenUntil: number | null
  readonly openDispute: string | null
}

export interface DnsRecordRow {
  readonly name: string
  readonly type: string
  readonly ttl: number
  readonly data: string
}

export interface NameRecords {
  readonly name: string
  readonly address: string | null
  readonly texts: readonly { readonly key: string; readonly value: string }[]
  readonly dns: readonly DnsRecordRow[]
}

export interface Dispute {
  readonly id: string
  readonly name: string
  readonly filer: string
  readonly reason: string
  readonly evidenceUri: string
  readonly stage: string
  readonly remedy: string
  readonly outcome: string
  readonly decisionDeadline: number
  readonly appealDeadline: number
  readonly history: readonly {
    readonly event: string
    readonly blockNumber: string
    readonly transactionHash: string
  }[]
}

export interface Tally {
  readonly group: number
  readonly name: string
  readonly voting: boolean
  readonly for: number
  readonly against: number
  readonly abstain: number
}

export interface Council {
  readonly groups: readonly {
    readonly index: number
    readonly name: string
    readonly seats: number
    readonly members: number
  }[]
  readonly proposals: readonly {
    readonly id: string
    readonly proposer: string
    readonly description: string
    readonly state: string
    readonly voteEnd: number
    readonly quorum: number
    readonly votes: number
    readonly tallies: readonly Tally[]
  }[]
}

/** The record types the forms edit. */
export const editableTypes = ['A', 'AAAA', 'TXT', 'CNAME', 'MX'] as const
export type EditableType = (typeof editableTypes)[number]

/** One RRset as the forms send it; no values removes the set. */
export interface RRset {
  readonly owner?: string
  readonly type: EditableType
  readonly ttl: number
  readonly values: readonly string[]
}

/** An unsigned transaction the server prepared for the browser wallet. */
export interface PreparedTx {
  readonly to: `0x${string}`
  readonly data: `0x${string}`
  readonly value: string
}

const path = (name: string) => encodeURIComponent(name)

/** The Names API (apps/server/src/routes/names.ts). */
export const namesApi = {
  overview: () => apiRequest<NamesOverview>('GET', '/api/names'),
  lookup: (name: string) => apiRequest<NameInfo>('GET', `/api/names/lookup/${path(name)}`),
  records: (name: string) => apiRequest<NameRecords>('GET', `/api/names/records/${path(name)}`),
  disputes: () => apiRequest<{ disputes: Dispute[] }>('GET', '/api/names/disputes'),
  council: () => apiRequest<Council>('GET', '/api/names/council'),
  dev: {
    register: (name: string, account: number, years: number) =>
      apiRequest<{ name: string; owner: string; expiry: number }>('POST', '/api/names/dev/register', {
        name,
        account,
        years,
      }),
    dns: (name: string, account: number, rrset: RRset) =>
      apiRequest<unknown>('PUT', '/api/names/dev/dns', { name, account, rrset }),
    address: (name: string, account: number, address: string) =>
      apiRequest<unknown>('PUT', '/api/names/dev/address', { name, account, address }),
  },
  tx: {
    commit: (name: string, owner: string, secret: string) =>
      apiRequest<PreparedTx>('POST', '/api/names/tx/commit', { name, owner, secret }),
    register: (name: string, owner: string, secret: string, years: number) =>
      apiRequest<PreparedTx>('POST', '/api/names/tx/register', { name, owner, secret, years }),
    dns: (name: string, rrset: RRset) => apiRequest<PreparedTx>('POST', '/api/names/tx/dns', { name, rrset }),
    address: (name: string, address: string) =>
      apiRequest<PreparedTx>('POST', '/api/names/tx/address', { name, address }),
  },
}
