import { DNS_TYPE_CODES, type DnsRecord, type DnsType, normaliseName } from '@blockgov/names'
import {
  namesCouncilArtifact,
  namesDisputesArtifact,
  namesRegistrarArtifact,
  namesRegistryArtifact,
  namesResolverArtifact,
} from '@blockgov/names-contracts'
import { type Hex, hexToBytes } from 'viem'
import type { NamesChain } from './names-chain.ts'

/** A name as the Names page shows it. Times are Unix seconds; null when not applicable. */
export interface NameView {
  name: string
  /** Whether it can be registered now; null for a subname (only its parent's holder creates it). */
  available: boolean | null
  status: 'unregistered' | 'active' | 'grace' | 'suspended'
  owner: string | null
  expiry: number | null
  graceEndsAt: number | null
  frozen: boolean
  frozenUntil: number | null
  openDispute: string | null
}

/** One DNS record, decoded for display (`data` as a zone file would write it). */
export interface DnsRecordView {
  name: string
  type: string
  ttl: number
  data: string
}

export interface RecordsView {
  name: string
  address: string | null
  texts: { key: string; value: string }[]
  dns: DnsRecordView[]
}

/** The full name for what a user typed: a bare label means a name directly under the root. */
export function fullName(input: string, rootName: string): string {
  const normal = normaliseName(input)
  return normal.includes('.') ? normal : `${normal}.${rootName}`
}

function isSecondLevel(name: string, rootName: string): boolean {
  return name.endsWith(`.${rootName}`) && !name.slice(0, -rootName.length - 1).includes('.')
}

/** Availability, holder, expiry, grace and dispute state of `name`. */
export async function nameView(chain: NamesChain, input: string): Promise<NameView> {
  const { reader, deployment, clients } = chain
  const name = fullName(input, deployment.rootName)
  const secondLevel = isSecondLevel(name, deployment.rootName)
  const [info, available, grace, openDispute] = await Promise.all([
    reader.nameInfo(name),
    secondLevel ? reader.available(name) : Promise.resolve(null),
    clients.publicClient.readContract({
      address: deployment.registry,
      abi: namesRegistryArtifact.abi,
      functionName: 'gracePeriod',
    }),
    secondLevel ? reader.disputes.openDisputeFor(name) : Promise.resolve(null),
  ])
  const registered = info.owner !== null
  return {
    name,
    available,
    status: info.status,
    owner: info.owner,
    expiry: registered ? info.expiry : null,
    graceEndsAt: registered && info.parent === null ? info.expiry + Number(grace) : null,
    frozen: info.frozen,
    frozenUntil: info.frozen ? info.frozenUntil : null,
    openDispute: openDispute === null ? null : openDispute.toString(),
  }
}

const typeNames = new Map<number, DnsType>(
  Object.entries(DNS_TYPE_CODES).map(([type, code]) => [code, type as DnsType]),
)

/**
 * The records `name` serves now: its address, text records and DNS RRsets. The resolver cannot list its keys, so
 * the owner names, types and text keys come from its events for the name's current version; each is then read
 * back, so deleted sets and records of earlier holders never show.
 */
export async function recordsView(chain: NamesChain, input: string): Promise<RecordsView> {
  const { reader, deployment, clients } = chain
  const name = fullName(input, deployment.rootName)
  const info = await reader.nameInfo(name)
  if (info.resolver === null) return { name, address: null, texts: [], dns: [] }
  const resolver = { address: deployment.resolver, abi: namesResolverArtifact.abi } as const
  const fromBlock = deployment.deployBlock
  const [dnsLogs, textLogs, address] = await Promise.all([
    clients.publicClient.getContractEvents({
      ...resolver,
      eventName: 'DNSRecordChanged',
      args: { node: info.node },
      fromBlock,
    }),
    clients.publicClient.getContractEvents({
      ...resolver,
      eventName: 'TextChanged',
      args: { node: info.node },
      fromBlock,
    }),
    reader.getAddress(name),
  ])
  const sets = new Map<string, { owner: string; type: DnsType }>()
  for (const log of dnsLogs) {
    const type = typeNames.get(log.args.resource ?? 0)
    if (log.args.version !== info.version || log.args.name === undefined || type === undefined) continue
    const owner = wireNameToText(log.args.name)
    sets.set(`${owner} ${type}`, { owner, type })
  }
  const keys = new Set(textLogs.filter((l) => l.args.version === info.version).map((l) => l.args.key ?? ''))
  keys.delete('')
  const [dns, texts] = await Promise.all([
    Promise.all([...sets.values()].map(({ owner, type }) => reader.getDnsRecords(name, type, owner))),
    Promise.all([...keys].map(async (key) => ({ key, value: await reader.getText(name, key) }))),
  ])
  return {
    name,
    address,
    texts: texts.filter((t): t is { key: string; value: string } => t.value !== null),
    dns: dns
      .flat()
      .map(displayRecord)
      .sort((a, b) => a.name.localeCompare(b.name) || a.type.localeCompare(b.type)),
  }
}

function wireNameToText(wire: Hex): string {
  const bytes = hexToBytes(wire)
  const labels: string[] = []
  for (let i = 0; i < bytes.length && (bytes[i] ?? 0) !== 0; i += (bytes[i] ?? 0) + 1) {
    labels.push(new TextDecoder().decode(bytes.subarray(i + 1, i + 1 + (bytes[i] ?? 0))))
  }
  return labels.join('.')
}

/** A decoded record's data as text, the way a zone file writes it. */
export function displayRecord(record: DnsRecord): DnsRecordView {
  return { name: record.name, type: record.type, ttl: record.ttl ?? 0, data: recordData(record) }
}

function recordData(record: DnsRecord): string {
  const data: unknown = record.data
  if (typeof data === 'string') return data
  if (record.type === 'TXT') {
    const parts = Array.isArray(data) ? data : [data]
    return parts.map((p) => `"${Buffer.isBuffer(p) ? p.toString('utf8') : String(p)}"`).join(' ')
  }
  if (record.type === 'MX') return `${record.data.preference} ${record.data.exchange}`
  if (record.type === 'SRV')
    return `${record.data.priority ?? 0} ${record.data.weight ?? 0} ${record.data.port} ${record.data.target}`
  if (record.type === 'CAA') return `${record.data.flags ?? 0} ${record.data.tag} "${record.data.value}"`
  return JSON.stringify(data, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value))
}

/** One dispute on the public docket, with its history. */
export interface DisputeView {
  id: string
  name: string
  filer: string
  reason: string
  evidenceUri: string
  stage: string
  remedy: string
  outcome: string
  decisionDeadline: number
  appealDeadline: number
  history: { event: string; blockNumber: string; transactionHash: string }[]
}

/** Every dispute, newest first, from the contract's events (the public docket) and its current state. */
export async function docketView(chain: NamesChain): Promise<DisputeView[]> {
  const { reader, deployment, clients } = chain
  const filings = await clients.publicClient.getContractEvents({
    address: deployment.disputes,
    abi: namesDisputesArtifact.abi,
    eventName: 'DisputeFiled',
    fromBlock: deployment.deployBlock,
  })
  const entries = await reader.disputes.docket()
  const views = await Promise.all(
    filings.map(async (filing) => {
      const id = filing.args.id ?? 0n
      const info = await reader.disputes.get(id)
      return {
        id: id.toString(),
        name: `${filing.args.label ?? ''}.${deployment.rootName}`,
        filer: info.filer,
        reason: filing.args.reason ?? '',
        evidenceUri: filing.args.evidenceURI ?? '',
        stage: info.stage,
        remedy: info.remedy,
        outcome: info.outcome,
        decisionDeadline: info.decisionDeadline,
        appealDeadline: info.appealDeadline,
        history: entries
          .filter((e) => e.id === id)
          .map((e) => ({ event: e.event, blockNumber: e.blockNumber.toString(), transactionHash: e.transactionHash })),
      }
    }),
  )
  return views.reverse()
}

/** A council proposal with its per-group tallies. */
export interface ProposalView {
  id: string
  proposer: string
  description: string
  state: string
  voteEnd: number
  quorum: number
  votes: number
  tallies: { group: number; name: string; voting: boolean; for: number; against: number; abstain: number }[]
}

export interface CouncilView {
  groups: { index: number; name: string; seats: number; members: number }[]
  proposals: ProposalView[]
}

/** The council's groups and its latest proposals (newest first, at most `limit`). */
export async function councilView(chain: NamesChain, limit = 50): Promise<CouncilView> {
  const { reader, deployment, clients } = chain
  const [groups, created] = await Promise.all([
    reader.council.groups(),
    clients.publicClient.getContractEvents({
      address: deployment.council,
      abi: namesCouncilArtifact.abi,
      eventName: 'ProposalCreated',
      fromBlock: deployment.deployBlock,
    }),
  ])
  const latest = created.slice(-limit).reverse()
  const proposals = await Promise.all(
    latest.map(async (event) => {
      const p = await reader.council.proposal(event.args.id ?? 0n)
      return {
        id: p.id.toString(),
        proposer: p.proposer,
        description: event.args.description ?? '',
        state: p.state,
        voteEnd: p.voteEnd,
        quorum: p.quorum,
        votes: p.votes,
        tallies: p.tallies.map((t) => ({
          ...t,
          name: groups[t.group]?.name ?? String(t.group),
          voting: p.groupsVoting.includes(t.group),
        })),
      }
    }),
  )
  return { groups, proposals }
}

/** Registration rules a form needs: the commit–reveal window, in seconds. */
export async function commitmentAges(chain: NamesChain): Promise<{ min: number; max: number }> {
  const registrar = { address: chain.deployment.registrar, abi: namesRegistrarArtifact.abi } as const
  const [min, max] = await Promise.all([
    chain.clients.publicClient.readContract({ ...registrar, functionName: 'minCommitmentAge' }),
    chain.clients.publicClient.readContract({ ...registrar, functionName: 'maxCommitmentAge' }),
  ])
  return { min: Number(min), max: Number(max) }
}
