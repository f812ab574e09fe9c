/**
 * Test support for the gateway's chain tests: anvil with the name contracts deployed under short periods, clients
 * per anvil account, block and clock control, and a TCP proxy in front of the RPC endpoint that a test can cut
 * (an RPC outage) and restore. Not part of the app's API.
 */
import { connect, createServer, type Server, type Socket } from 'node:net'
import {
  type Anvil,
  anvilAccount,
  anvilTestClient,
  type ChainClients,
  connectChain,
  createNamesClient,
  deployNames,
  type NamesClient,
  type NamesDeployment,
  startAnvil,
  withAccount,
} from '@blockgov/names'

/** A 0x-prefixed hex string: an address, a snapshot id (typed here so the app needs no viem import). */
type Hex = `0x${string}`

export const DAY = 86_400
export const YEAR = 365 * DAY

/** Short periods so a dispute runs through in a few mined blocks; registrations may be as short as a day. */
export const CHAIN_RULES = {
  commitmentAge: { min: 60, max: 3_600 },
  registrationPeriod: { min: DAY, max: 10 * YEAR },
  gracePeriod: DAY,
  timelockDelay: 3_600,
  votingPeriod: 3_600,
  disputes: { decisionPeriod: 3 * DAY, appealWindow: DAY, appealDecisionPeriod: 3 * DAY, cooldown: DAY, deposit: 0n },
} as const

/** Council members: anvil accounts 1–5, one per default group. */
export const COUNCIL = [1, 2, 3, 4, 5] as const

/** A dev chain with the name system deployed. */
export interface ChainBed {
  readonly anvil: Anvil
  readonly clients: ChainClients
  readonly deployment: NamesDeployment
  /** The client signing as anvil account `index`. */
  as(index: number): NamesClient
  address(index: number): Hex
  /** Registers `label` for account `index` for `duration` seconds (commit, skip the wait, register). */
  register(label: string, options?: { index?: number; duration?: number }): Promise<string>
  mine(blocks: number): Promise<void>
  /** Moves the chain clock forward and mines a block. */
  advance(seconds: number): Promise<void>
  blockNumber(): Promise<number>
  snapshot(): Promise<Hex>
  revert(id: Hex): Promise<void>
  stop(): Promise<void>
}

/** Starts anvil and deploys the name system with {@link CHAIN_RULES}. */
export async function startChainBed(): Promise<ChainBed> {
  const anvil = await startAnvil()
  try {
    const clients = await connectChain({ rpcUrl: anvil.rpcUrl, account: anvilAccount(0), pollingIntervalMs: 50 })
    const deployment = await deployNames(clients, {
      ...CHAIN_RULES,
      members: COUNCIL.map((index, group) => ({ address: anvilAccount(index).address, group })),
    })
    const test = anvilTestClient(clients)
    const cache = new Map<number, NamesClient>()
    const as = (index: number): NamesClient => {
      const client = cache.get(index) ?? createNamesClient(withAccount(clients, anvilAccount(index)), deployment)
      cache.set(index, client)
      return client
    }
    const advance = async (seconds: number) => {
      await test.increaseTime({ seconds })
      await test.mine({ blocks: 1 })
    }
    return {
      anvil,
      clients,
      deployment,
      as,
      address: (index) => anvilAccount(index).address,
      register: async (label, options = {}) => {
        const client = as(options.index ?? 0)
        const name = client.nameFor(label)
        await client.registerName(name, { duration: options.duration ?? YEAR, advanceTime: advance })
        return name
      },
      mine: (blocks) => test.mine({ blocks }),
      advance,
      blockNumber: async () => Number(await clients.publicClient.getBlockNumber({ cacheTime: 0 })),
      snapshot: () => test.snapshot(),
      revert: async (id) => {
        await test.revert({ id })
      },
      stop: () => anvil.stop(),
    }
  } catch (error) {
    await anvil.stop()
    throw error
  }
}

/** A TCP proxy to a local port that a test can break: `cut` refuses connections, `stall` goes silent on all of them. */
export interface RpcProxy {
  readonly url: string
  cut(): Promise<void>
  stall(): void
  restore(): Promise<void>
  stop(): Promise<void>
}

/** Starts a proxy on a free loopback port in front of `127.0.0.1:targetPort`. */
export async function startRpcProxy(targetPort: number): Promise<RpcProxy> {
  const sockets = new Set<Socket>()
  let stalled = false
  let server: Server | undefined
  const track = (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }
  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      const next = createServer((client) => {
        track(client)
        // A stalled endpoint holds the connection and never says a word, like a node that hangs.
        if (stalled) return
        const upstream = connect(targetPort, '127.0.0.1')
        track(upstream)
        for (const socket of [client, upstream]) {
          socket.on('error', () => {
            client.destroy()
            upstream.destroy()
          })
        }
        // Not pipe(): a stall must silence connections that are already open, too.
        client.on('data', (chunk) => stalled || upstream.write(chunk))
        upstream.on('data', (chunk) => stalled || client.write(chunk))
        client.on('end', () => upstream.end())
        upstream.on('end', () => client.end())
      })
      next.once('error', reject)
      next.listen(port, '127.0.0.1', () => resolve(next))
    })
  const dropConnections = () => {
    for (const socket of sockets) socket.destroy()
  }
  const close = async () => {
    const closing = server
    server = undefined
    dropConnections()
    if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()))
  }
  server = await listen(0)
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    cut: close,
    stall: () => {
      stalled = true
    },
    restore: async () => {
      stalled = false
      dropConnections()
      server ??= await listen(port)
    },
    stop: close,
  }
}

/** Polls `check` every 20 ms until it holds; fails after `timeoutMs` naming `what`. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
