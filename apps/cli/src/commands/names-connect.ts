import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Config } from '@blockgov/config'
import {
  anvilAccount,
  type ChainClients,
  connectChain,
  createNamesClient,
  loadDeployment,
  type NamesClient,
  NamesError,
} from '@blockgov/names'
import { chainFiles, readRunningChain } from '@blockgov/server'
import type { Account, Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'

/** A names client on the configured chain, and what kind of chain it is. */
export interface ConnectedNames {
  readonly kind: 'embedded' | 'rpc'
  readonly client: NamesClient
  readonly clients: ChainClients
  readonly dataDir: string
}

/** Who signs: an anvil dev account (embedded chain only) or CHAIN_ACCOUNT_KEY (any chain); none for reads. */
export type Signer = { readonly devAccount?: number } | 'read-only'

/**
 * Connects the way the CLI finds the chain: CHAIN_RPC_URL with the deployment `blockgov names deploy` saved, or
 * else the embedded chain a running `blockgov start` recorded in DATA_DIR/chain/chain.json.
 */
export async function connectNames(config: Config, signer: Signer): Promise<ConnectedNames> {
  const chain = config.chain
  if (chain.kind === 'off') throw new Error('the name system is off (CHAIN_ENABLED=false)')
  const files = chainFiles(chain.dataDir)
  let rpcUrl: string
  let deploymentPath: string
  if (chain.kind === 'rpc') {
    rpcUrl = chain.rpcUrl
    deploymentPath = files.rpcDeployment
  } else {
    const running = await readRunningChain(chain.dataDir)
    if (running === undefined) {
      throw new Error(
        `no embedded chain is running for DATA_DIR=${chain.dataDir}: start blockgov (npm start) in another terminal, or set CHAIN_RPC_URL`,
      )
    }
    rpcUrl = running.rpcUrl
    deploymentPath = files.embeddedDeployment
  }
  const deployment = await loadDeployment(deploymentPath)
  if (deployment === undefined) {
    throw new NamesError('NOT_DEPLOYED', 'No deployment is saved for this chain: run `blockgov names deploy` first.')
  }
  const account = signingAccount(chain, signer)
  const clients = await connectChain({
    rpcUrl,
    ...(account === undefined ? {} : { account }),
    pollingIntervalMs: chain.kind === 'rpc' ? 1_000 : 100,
  })
  if (clients.chain.id !== deployment.chainId) {
    throw new NamesError(
      'NOT_DEPLOYED',
      `The saved deployment is for chain ${deployment.chainId}, not ${clients.chain.id}.`,
    )
  }
  return { kind: chain.kind, client: createNamesClient(clients, deployment), clients, dataDir: chain.dataDir }
}

function signingAccount(chain: Exclude<Config['chain'], { kind: 'off' }>, signer: Signer): Account | undefined {
  if (signer === 'read-only') return undefined
  if (chain.kind === 'embedded') return anvilAccount(signer.devAccount ?? 0)
  if (signer.devAccount !== undefined) {
    throw new Error('--dev-account works only on the embedded dev chain; set CHAIN_ACCOUNT_KEY for CHAIN_RPC_URL')
  }
  if (chain.accountKey === undefined)
    throw new NamesError('NO_ACCOUNT', 'Set CHAIN_ACCOUNT_KEY to sign on CHAIN_RPC_URL.')
  return privateKeyToAccount(chain.accountKey as Hex)
}

/** A commitment kept between `names commit` and `names register` (its secret must stay private until then). */
export interface SavedCommitment {
  readonly name: string
  readonly owner: `0x${string}`
  readonly secret: `0x${string}`
  readonly readyAt: number
  readonly chainId: number
}

const commitmentPath = (dataDir: string, name: string) => join(chainFiles(dataDir).dir, 'commitments', `${name}.json`)

export async function saveCommitment(dataDir: string, commitment: SavedCommitment): Promise<void> {
  await mkdir(join(chainFiles(dataDir).dir, 'commitments'), { recursive: true })
  await writeFile(commitmentPath(dataDir, commitment.name), `${JSON.stringify(commitment)}\n`, { mode: 0o600 })
}

export async function loadCommitment(
  dataDir: string,
  name: string,
  chainId: number,
): Promise<SavedCommitment | undefined> {
  const text = await readFile(commitmentPath(dataDir, name), 'utf8').catch(() => undefined)
  const saved = text === undefined ? undefined : (JSON.parse(text) as SavedCommitment)
  return saved?.chainId === chainId ? saved : undefined
}

export async function forgetCommitment(dataDir: string, name: string): Promise<void> {
  await rm(commitmentPath(dataDir, name), { force: true })
}
