import { mkdir } from 'node:fs/promises'
import type { ChainConfig } from '@blockgov/config'
import {
  type AdvanceTime,
  type Anvil,
  anvilAccount,
  anvilTestClient,
  type ChainClients,
  connectChain,
  createNamesClient,
  demoDeployOptions,
  ensureDeployed,
  loadDeployment,
  type NamesClient,
  type NamesDeployment,
  NamesError,
  seedDemo,
  startAnvil,
  withAccount,
} from '@blockgov/names'
import { chainFiles, clearRunningChain, writeRunningChain } from './chain-files.ts'
import { seedGovernanceDemo } from './demo-governance.ts'

/** How many anvil dev accounts the web and the API offer to sign with (0 holds the demo names, 1–5 sit on the council). */
export const DEV_ACCOUNT_COUNT = 10

/** The name system as the server runs it: a read-only client, and on the dev chain, dev signers. */
export interface NamesChain {
  readonly kind: 'embedded' | 'rpc'
  readonly rpcUrl: string
  readonly clients: ChainClients
  readonly deployment: NamesDeployment
  /** Read-only client (no account). */
  readonly reader: NamesClient
  /** Runs `write` with a client signing as anvil dev account `index`, one write at a time. Embedded chain only. */
  withDevAccount<T>(index: number, write: (client: NamesClient, advanceTime: AdvanceTime) => Promise<T>): Promise<T>
  /** Stops what this process started (anvil) and forgets `chain.json`. */
  stop(): Promise<void>
}

/** Why the name system is not available on this server; routes answer with this code. */
export interface NamesUnavailable {
  readonly code: 'NAMES_OFF' | 'NOT_DEPLOYED' | 'CHAIN_UNAVAILABLE'
  readonly message: string
}

/** What a server has for the Names API: a running chain, or the reason there is none. */
export type NamesBackend = NamesChain | NamesUnavailable

/** Whether `backend` is a running chain. */
export function isNamesChain(backend: NamesBackend | undefined): backend is NamesChain {
  return backend !== undefined && 'reader' in backend
}

/**
 * Opens the name system `config` asks for. Embedded: starts anvil on a free loopback port with its state in
 * DATA_DIR/chain (so names survive restarts), deploys the contracts once (addresses saved beside it), seeds the
 * demo names, a dispute and a council proposal the first time, and records the RPC URL for the CLI. RPC: connects read-only to the deployment
 * `blockgov names deploy` saved; without one, the API answers NOT_DEPLOYED.
 */
export async function openNamesChain(chain: ChainConfig, rootName: string): Promise<NamesBackend> {
  if (chain.kind === 'off') return { code: 'NAMES_OFF', message: 'The name system is off (CHAIN_ENABLED=false).' }
  if (chain.kind === 'rpc') return openRpcChain(chain.rpcUrl, chainFiles(chain.dataDir).rpcDeployment)
  return openEmbeddedChain(chain.dataDir, rootName)
}

async function openEmbeddedChain(dataDir: string, rootName: string): Promise<NamesChain> {
  const files = chainFiles(dataDir)
  await mkdir(files.dir, { recursive: true })
  const anvil = await startAnvil({ statePath: files.anvilState })
  try {
    const deployer = await connectChain({ rpcUrl: anvil.rpcUrl, account: anvilAccount(0) })
    const { deployment, deployed } = await ensureDeployed(deployer, files.embeddedDeployment, {
      ...demoDeployOptions(),
      rootName,
    })
    if (deployed) {
      await seedDemo(deployer, deployment)
      await seedGovernanceDemo(deployer, deployment)
    }
    await writeRunningChain(dataDir, { rpcUrl: anvil.rpcUrl, pid: process.pid })
    return embeddedChain(anvil, deployer, deployment, dataDir)
  } catch (error) {
    await anvil.stop()
    throw error
  }
}

function embeddedChain(anvil: Anvil, clients: ChainClients, deployment: NamesDeployment, dataDir: string): NamesChain {
  const readOnly: ChainClients = { chain: clients.chain, publicClient: clients.publicClient }
  const testClient = anvilTestClient(clients)
  const advanceTime: AdvanceTime = async (seconds) => {
    await testClient.increaseTime({ seconds })
    await testClient.mine({ blocks: 1 })
  }
  // Dev accounts sign locally and take their nonce from the chain: two writes at once would collide.
  let queue: Promise<unknown> = Promise.resolve()
  let stopped: Promise<void> | undefined
  return {
    kind: 'embedded',
    rpcUrl: anvil.rpcUrl,
    clients: readOnly,
    deployment,
    reader: createNamesClient(readOnly, deployment),
    withDevAccount(index, write) {
      const client = createNamesClient(withAccount(clients, anvilAccount(index)), deployment)
      const run = queue.then(() => write(client, advanceTime))
      queue = run.catch(() => undefined)
      return run
    },
    stop() {
      stopped ??= clearRunningChain(dataDir).then(() => anvil.stop())
      return stopped
    },
  }
}

async function openRpcChain(rpcUrl: string, deploymentPath: string): Promise<NamesBackend> {
  const deployment = await loadDeployment(deploymentPath)
  if (deployment === undefined) {
    return { code: 'NOT_DEPLOYED', message: 'No deployment is saved for CHAIN_RPC_URL: run `blockgov names deploy`.' }
  }
  let clients: ChainClients
  try {
    clients = await connectChain({ rpcUrl, pollingIntervalMs: 1_000 })
  } catch (error) {
    if (error instanceof NamesError) return { code: 'CHAIN_UNAVAILABLE', message: error.message }
    throw error
  }
  if (clients.chain.id !== deployment.chainId) {
    return { code: 'NOT_DEPLOYED', message: `The saved deployment is for chain ${deployment.chainId}, not this one.` }
  }
  return {
    kind: 'rpc',
    rpcUrl,
    clients,
    deployment,
    reader: createNamesClient(clients, deployment),
    withDevAccount: () => Promise.reject(new NamesError('NO_ACCOUNT', 'Dev accounts exist only on the dev chain.')),
    stop: () => Promise.resolve(),
  }
}
