import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  namesCouncilArtifact,
  namesDisputesArtifact,
  namesRegistrarArtifact,
  namesRegistryArtifact,
  namesResolverArtifact,
  namesTimelockArtifact,
} from '@blockgov/names-contracts'
import { type Abi, type Address, getAddress, type Hex, keccak256, stringToHex } from 'viem'
import type { ChainClients, NamesWallet } from './chain.ts'
import { NamesError } from './errors.ts'
import { DEFAULT_ROOT_NAME, namehash, normaliseName } from './namehash.ts'
import { requireWallet, transact } from './transact.ts'

const DAY = 86_400

/** The default stakeholder groups of the council, with their seats. */
export const DEFAULT_GROUPS: readonly CouncilGroup[] = [
  { name: 'government', seats: 3 },
  { name: 'private sector', seats: 3 },
  { name: 'civil society', seats: 3 },
  { name: 'technical community', seats: 3 },
  { name: 'academia', seats: 3 },
]

/** A stakeholder group and how many seats it has. */
export interface CouncilGroup {
  name: string
  seats: number
}

/** A council member and the index of their group in `groups`. */
export interface CouncilMember {
  address: Address
  group: number
}

/** Dispute periods in seconds, and the deposit in wei. */
export interface DisputeParameters {
  decisionPeriod: number
  appealWindow: number
  appealDecisionPeriod: number
  cooldown: number
  deposit: bigint
}

/** Everything {@link deployNames} can be told; only `members` is required. Periods are in seconds. */
export interface DeployOptions {
  /** The namespace root; `blockgov.alt` by default (RFC 9476 `.alt`). */
  rootName?: string
  members: readonly CouncilMember[]
  groups?: readonly CouncilGroup[]
  /** Commit–reveal window: 60 s to 24 h by default. The minimum must be > 0. */
  commitmentAge?: { min: number; max: number }
  /** Shortest registration and furthest expiry ahead: 28 days and 10 years by default. */
  registrationPeriod?: { min: number; max: number }
  /** After expiry, only the holder may renew and the name still resolves: 90 days by default. */
  gracePeriod?: number
  /** Timelock delay before a passed proposal can run: 2 days by default. */
  timelockDelay?: number
  /** How long proposals are open for votes: 3 days by default. */
  votingPeriod?: number
  /** Share of all members who must vote, in basis points: 5000 (half) by default. */
  quorumBps?: number
  disputes?: Partial<DisputeParameters>
  /** Labels reserved from the start (governance can change the list). */
  reserved?: readonly string[]
  /** Annual fees in gwei for labels of 1, 2, 3, 4 and 5+ characters; free by default. */
  annualFeesGwei?: readonly [number, number, number, number, number]
}

/** Where the contracts are; what a client needs to talk to them. Saved as JSON by {@link saveDeployment}. */
export interface NamesDeployment {
  chainId: number
  rootName: string
  /** The block of the first deployment transaction: where an event follower starts. */
  deployBlock: bigint
  /** That block's hash, which tells this chain from a fresh one that reused the same addresses. */
  deployBlockHash: Hex
  registry: Address
  registrar: Address
  resolver: Address
  disputes: Address
  council: Address
  timelock: Address
}

/**
 * Deploys and wires the name system, then hands every governance power to the timelock (whose only proposer and
 * executor is the council) and renounces the deployer's roles. Resolves once everything is mined.
 *
 * @example
 * const deployment = await deployNames(clients, { members: [{ address: alice, group: 0 }] })
 */
export async function deployNames(clients: ChainClients, options: DeployOptions): Promise<NamesDeployment> {
  const wallet = requireWallet(clients)
  const settings = resolveOptions(options)
  const deployer = wallet.account.address
  const rootName = normaliseName(options.rootName ?? DEFAULT_ROOT_NAME)

  const timelock = await deploy(clients, namesTimelockArtifact, [BigInt(settings.timelockDelay), [], [], deployer])
  const deployBlock = timelock.blockNumber
  const deployBlockHash = timelock.blockHash
  const council = await deploy(clients, namesCouncilArtifact, [
    timelock.address,
    settings.groups.map((g) => g.name),
    settings.groups.map((g) => g.seats),
    options.members.map((m) => getAddress(m.address)),
    options.members.map((m) => m.group),
    BigInt(settings.votingPeriod),
    settings.quorumBps,
  ])
  for (const role of ['PROPOSER_ROLE', 'EXECUTOR_ROLE', 'CANCELLER_ROLE']) {
    await call(clients, timelock.address, namesTimelockArtifact.abi, 'grantRole', [roleId(role), council.address])
  }

  const registry = await deploy(clients, namesRegistryArtifact, [
    rootName.split('.'),
    BigInt(settings.gracePeriod),
    deployer,
  ])
  const registrar = await deploy(clients, namesRegistrarArtifact, [
    registry.address,
    BigInt(settings.commitmentAge.min),
    BigInt(settings.commitmentAge.max),
    BigInt(settings.registrationPeriod.min),
    BigInt(settings.registrationPeriod.max),
    deployer,
  ])
  const resolver = await deploy(clients, namesResolverArtifact, [registry.address])
  const d = settings.disputes
  const disputes = await deploy(clients, namesDisputesArtifact, [
    registry.address,
    {
      decisionPeriod: d.decisionPeriod,
      appealWindow: d.appealWindow,
      appealDecisionPeriod: d.appealDecisionPeriod,
      cooldown: d.cooldown,
      deposit: d.deposit,
    },
    deployer,
  ])

  const registryAbi = namesRegistryArtifact.abi
  await call(clients, registry.address, registryAbi, 'setRegistrar', [registrar.address])
  await call(clients, registry.address, registryAbi, 'setDisputes', [disputes.address])
  await call(clients, registry.address, registryAbi, 'setDefaultResolver', [resolver.address])
  if (options.reserved && options.reserved.length > 0) {
    await call(clients, registrar.address, namesRegistrarArtifact.abi, 'setReserved', [options.reserved, true])
  }
  if (options.annualFeesGwei) {
    await call(clients, registrar.address, namesRegistrarArtifact.abi, 'setAnnualFees', [options.annualFeesGwei])
  }
  for (const [address, abi] of [
    [registry.address, registryAbi],
    [registrar.address, namesRegistrarArtifact.abi],
    [disputes.address, namesDisputesArtifact.abi],
  ] as const) {
    await call(clients, address, abi, 'transferOwnership', [timelock.address])
  }
  await call(clients, timelock.address, namesTimelockArtifact.abi, 'renounceRole', [
    roleId('DEFAULT_ADMIN_ROLE'),
    deployer,
  ])

  return {
    chainId: clients.chain.id,
    rootName,
    deployBlock,
    deployBlockHash,
    registry: registry.address,
    registrar: registrar.address,
    resolver: resolver.address,
    disputes: disputes.address,
    council: council.address,
    timelock: timelock.address,
  }
}

/** Writes `deployment` to `path` as JSON (atomically), creating the directory. */
export async function saveDeployment(path: string, deployment: NamesDeployment): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const json = JSON.stringify({ ...deployment, deployBlock: deployment.deployBlock.toString() }, null, 2)
  await writeFile(`${path}.tmp`, `${json}\n`)
  await rename(`${path}.tmp`, path)
}

/** Reads a deployment saved by {@link saveDeployment}, or undefined when the file does not exist. */
export async function loadDeployment(path: string): Promise<NamesDeployment | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return undefined
  }
  const raw = JSON.parse(text) as Omit<NamesDeployment, 'deployBlock'> & { deployBlock: string }
  return { ...raw, deployBlock: BigInt(raw.deployBlock) }
}

/**
 * The deployment saved at `path` if it is on this chain (same chain id, and the deployment block has the same hash);
 * otherwise deploys afresh with `options` and saves it. This is what an app calls at start against anvil (with or
 * without persisted state) or `CHAIN_RPC_URL`.
 */
export async function ensureDeployed(
  clients: ChainClients,
  path: string,
  options: DeployOptions,
): Promise<{ deployment: NamesDeployment; deployed: boolean }> {
  const saved = await loadDeployment(path)
  if (saved && saved.chainId === clients.chain.id && (await isOnChain(clients, saved))) {
    return { deployment: saved, deployed: false }
  }
  const deployment = await deployNames(clients, options)
  await saveDeployment(path, deployment)
  return { deployment, deployed: true }
}

async function isOnChain(clients: ChainClients, deployment: NamesDeployment): Promise<boolean> {
  const block = await clients.publicClient.getBlock({ blockNumber: deployment.deployBlock }).catch(() => undefined)
  if (block?.hash !== deployment.deployBlockHash) return false
  const code = await clients.publicClient.getCode({ address: deployment.registry })
  if (code === undefined || code === '0x') return false
  // A fresh dev chain replays the same first deployment transactions (same deployer, nonces and often the same
  // second), so its first block and addresses can match a saved deployment for another root: check the root too.
  const rootNode = await clients.publicClient.readContract({
    address: deployment.registry,
    abi: namesRegistryArtifact.abi as Abi,
    functionName: 'rootNode',
  })
  return rootNode === namehash(deployment.rootName)
}

function resolveOptions(options: DeployOptions) {
  const settings = {
    groups: options.groups ?? DEFAULT_GROUPS,
    commitmentAge: options.commitmentAge ?? { min: 60, max: DAY },
    registrationPeriod: options.registrationPeriod ?? { min: 28 * DAY, max: 10 * 365 * DAY },
    gracePeriod: options.gracePeriod ?? 90 * DAY,
    timelockDelay: options.timelockDelay ?? 2 * DAY,
    votingPeriod: options.votingPeriod ?? 3 * DAY,
    quorumBps: options.quorumBps ?? 5_000,
    disputes: {
      decisionPeriod: 14 * DAY,
      appealWindow: 3 * DAY,
      appealDecisionPeriod: 7 * DAY,
      cooldown: 30 * DAY,
      deposit: 0n,
      ...options.disputes,
    },
  }
  // A council decision needs a vote and the timelock delay; a deadline shorter than both could never be met.
  const decisionTime = settings.votingPeriod + settings.timelockDelay
  if (settings.disputes.decisionPeriod <= decisionTime || settings.disputes.appealDecisionPeriod <= decisionTime) {
    throw new NamesError(
      'INVALID_ARGUMENT',
      'Dispute decision periods must be longer than the voting period plus the timelock delay.',
      { decisionTime },
    )
  }
  if (options.members.length === 0) throw new NamesError('INVALID_ARGUMENT', 'The council needs at least one member.')
  return settings
}

function roleId(role: string): Hex {
  return role === 'DEFAULT_ADMIN_ROLE' ? `0x${'0'.repeat(64)}` : keccak256(stringToHex(role))
}

async function deploy(
  clients: ChainClients,
  artifact: { abi: Abi; bytecode: Hex },
  args: readonly unknown[],
): Promise<{ address: Address; blockNumber: bigint; blockHash: Hex }> {
  const receipt = await transact(clients, (wallet: NamesWallet) =>
    wallet.deployContract({ abi: artifact.abi, bytecode: artifact.bytecode, args }),
  )
  if (!receipt.contractAddress) throw new NamesError('TRANSACTION_FAILED', 'Deployment created no contract.')
  return {
    address: getAddress(receipt.contractAddress),
    blockNumber: receipt.blockNumber,
    blockHash: receipt.blockHash,
  }
}

async function call(
  clients: ChainClients,
  address: Address,
  abi: Abi,
  functionName: string,
  args: readonly unknown[],
): Promise<void> {
  await transact(clients, (wallet) => wallet.writeContract({ address, abi, functionName, args }))
}
