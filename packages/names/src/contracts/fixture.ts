/**
 * Test support for the contract tests: one anvil per test file with the name system deployed under short, test
 * friendly periods, clients per anvil account, exact clock control and snapshots. Not part of the package API.
 */
import {
  namesCouncilArtifact,
  namesDisputesArtifact,
  namesRegistrarArtifact,
  namesRegistryArtifact,
  namesResolverArtifact,
} from '@blockgov/names-contracts'
import { type Abi, type Address, type Hex, parseEventLogs, type TransactionReceipt } from 'viem'
import { expect } from 'vitest'
import { type Anvil, startAnvil } from '../anvil.ts'
import { anvilAccount, anvilTestClient, type ChainClients, connectChain, withAccount } from '../chain.ts'
import { createNamesClient, type NamesClient } from '../client.ts'
import { type DeployOptions, deployNames, type NamesDeployment } from '../deploy.ts'
import { NamesError } from '../errors.ts'
import { transact } from '../transact.ts'

export const DAY = 86_400
export const YEAR = 365 * DAY

/** Periods used by the contract tests (seconds). */
export const TEST_RULES = {
  commitmentAge: { min: 60, max: 3_600 },
  registrationPeriod: { min: 28 * DAY, max: 10 * YEAR },
  gracePeriod: 90 * DAY,
  timelockDelay: 3_600,
  votingPeriod: 3_600,
  quorumBps: 5_000,
  disputes: {
    decisionPeriod: 3 * DAY,
    appealWindow: DAY,
    appealDecisionPeriod: 3 * DAY,
    cooldown: 7 * DAY,
    deposit: 0n,
  },
} as const

/** Council seats of the default fixture: accounts 1–5 one per group, 6 and 7 also in government (group 0). */
export const TEST_MEMBERS = [
  { index: 1, group: 0 },
  { index: 6, group: 0 },
  { index: 7, group: 0 },
  { index: 2, group: 1 },
  { index: 3, group: 2 },
  { index: 4, group: 3 },
  { index: 5, group: 4 },
] as const

/** Everything a contract test needs. */
export interface Fixture {
  anvil: Anvil
  clients: ChainClients
  deployment: NamesDeployment
  /** The client signing as anvil account `index` (0 deploys and is the default registrant). */
  as(index: number): NamesClient
  address(index: number): Address
  /** Chain time of the latest block. */
  now(): Promise<number>
  /** Moves the clock forward by `seconds` and mines a block. */
  advance(seconds: number): Promise<void>
  /** Mines an empty block at exactly `timestamp`. */
  mineAt(timestamp: number): Promise<void>
  /** Mines the next block (the next transaction) at exactly `timestamp`. */
  setNextTimestamp(timestamp: number): Promise<void>
  snapshot(): Promise<Hex>
  revert(id: Hex): Promise<void>
  /** Sends a raw contract call as account `index` (or an impersonated address). */
  send(from: number | Address, call: RawCall): Promise<TransactionReceipt>
  /** The events named `eventName` emitted by transaction `hash`. */
  events(hash: Hex, eventName: string): Promise<Record<string, unknown>[]>
  /** Registers `label` for account `index` (commit, wait, register) for a year. */
  register(label: string, index?: number): Promise<string>
  stop(): Promise<void>
}

/** A contract call described loosely, for functions the client does not wrap. */
export interface RawCall {
  address: Address
  abi: Abi
  functionName: string
  args?: readonly unknown[]
  value?: bigint
}

/** Starts anvil and deploys the name system with {@link TEST_RULES} (overridable). */
export async function startFixture(overrides: Partial<DeployOptions> = {}): Promise<Fixture> {
  const anvil = await startAnvil()
  try {
    const clients = await connectChain({ rpcUrl: anvil.rpcUrl, account: anvilAccount(0), pollingIntervalMs: 50 })
    const deployment = await deployNames(clients, {
      ...TEST_RULES,
      members: TEST_MEMBERS.map((m) => ({ address: anvilAccount(m.index).address, group: m.group })),
      ...overrides,
    })
    const testClient = anvilTestClient(clients)
    const cache = new Map<number, NamesClient>()
    const as = (index: number): NamesClient => {
      let client = cache.get(index)
      if (!client) {
        client = createNamesClient(withAccount(clients, anvilAccount(index)), deployment)
        cache.set(index, client)
      }
      return client
    }
    const fixture: Fixture = {
      anvil,
      clients,
      deployment,
      as,
      address: (index) => anvilAccount(index).address,
      now: async () => Number((await clients.publicClient.getBlock({ blockTag: 'latest' })).timestamp),
      advance: async (seconds) => {
        await testClient.increaseTime({ seconds })
        await testClient.mine({ blocks: 1 })
      },
      mineAt: async (timestamp) => {
        await testClient.setNextBlockTimestamp({ timestamp: BigInt(timestamp) })
        await testClient.mine({ blocks: 1 })
      },
      setNextTimestamp: (timestamp) => testClient.setNextBlockTimestamp({ timestamp: BigInt(timestamp) }),
      snapshot: () => testClient.snapshot(),
      revert: async (id) => {
        await testClient.revert({ id })
      },
      send: async (from, call) => {
        if (typeof from === 'number') {
          return transact(withAccount(clients, anvilAccount(from)), (w) => w.writeContract(call))
        }
        await testClient.impersonateAccount({ address: from })
        await testClient.setBalance({ address: from, value: 10n ** 20n })
        try {
          return await transact(withAccount(clients, from), (w) => w.writeContract(call))
        } finally {
          await testClient.stopImpersonatingAccount({ address: from })
        }
      },
      events: async (hash, eventName) =>
        eventsIn(await clients.publicClient.getTransactionReceipt({ hash }), eventName),
      register: async (label, index = 0) => {
        const client = as(index)
        const name = client.nameFor(label)
        await client.registerName(name, { duration: YEAR, advanceTime: fixture.advance })
        return name
      },
      stop: () => anvil.stop(),
    }
    return fixture
  } catch (error) {
    await anvil.stop()
    throw error
  }
}

/** Asserts that `promise` rejects with the contract error `errorName` (and returns the error's details). */
export async function expectRevert(promise: Promise<unknown>, errorName: string): Promise<NamesError['details']> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error, `expected ${errorName}`).toBeInstanceOf(NamesError)
  const details = (error as NamesError).details
  expect(details.errorName).toBe(errorName)
  return details
}

/** The events named `eventName` in a receipt, decoded with every contract's ABI. */
export function eventsIn(receipt: TransactionReceipt, eventName: string): Record<string, unknown>[] {
  const abi = [
    ...namesRegistryArtifact.abi,
    ...namesRegistrarArtifact.abi,
    ...namesResolverArtifact.abi,
    ...namesDisputesArtifact.abi,
    ...namesCouncilArtifact.abi,
  ]
  return parseEventLogs({ abi, logs: receipt.logs })
    .filter((log) => log.eventName === eventName)
    .map((log) => log.args as Record<string, unknown>)
}

export const contracts = {
  registry: namesRegistryArtifact.abi,
  registrar: namesRegistrarArtifact.abi,
  resolver: namesResolverArtifact.abi,
  disputes: namesDisputesArtifact.abi,
  council: namesCouncilArtifact.abi,
}
