import {
  type Account,
  type Address,
  type Chain,
  createPublicClient,
  createTestClient,
  createWalletClient,
  defineChain,
  http,
  type PublicClient,
  type TestClient,
  type Transport,
  type WalletClient,
} from 'viem'
import { mnemonicToAccount } from 'viem/accounts'
import { NamesError, toNamesError } from './errors.ts'

/** A wallet client with its chain and account fixed, as every write of the client needs. */
export type NamesWallet = WalletClient<Transport, Chain, Account>

/** The viem clients a name client runs on. */
export interface ChainClients {
  readonly chain: Chain
  readonly publicClient: PublicClient<Transport, Chain>
  /** Absent for read-only use (resolution, the DNS gateway). */
  readonly walletClient?: NamesWallet
}

/** Options for {@link connectChain}. */
export interface ConnectOptions {
  rpcUrl: string
  /** Who signs: a local account (private key, mnemonic) or an address the node unlocks (anvil's accounts). */
  account?: Account | Address
  /** How often to poll for receipts and blocks, in ms; 100 suits a local chain, 1000+ a remote one. */
  pollingIntervalMs?: number
}

/** The mnemonic anvil derives its ten funded dev accounts from (public; dev chains only). */
export const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk'

/** Anvil's dev account `index` (0–9) as a local signer. Never use these keys anywhere but a dev chain. */
export function anvilAccount(index: number): Account {
  return mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: index })
}

/**
 * Connects to an EVM JSON-RPC endpoint and returns clients bound to its chain id.
 *
 * @example
 * const clients = await connectChain({ rpcUrl: anvil.rpcUrl, account: anvilAccount(0) })
 */
export async function connectChain(options: ConnectOptions): Promise<ChainClients> {
  const transport = http(options.rpcUrl)
  const pollingInterval = options.pollingIntervalMs ?? 100
  let chainId: number
  try {
    chainId = await createPublicClient({ transport }).getChainId()
  } catch (error) {
    throw new NamesError(
      'CHAIN_UNAVAILABLE',
      `No chain answers at ${options.rpcUrl}.`,
      {},
      { cause: toNamesError(error) },
    )
  }
  const chain = defineChain({
    id: chainId,
    name: `chain ${chainId}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [options.rpcUrl] } },
  })
  const publicClient = createPublicClient({ chain, transport, pollingInterval })
  if (options.account === undefined) return { chain, publicClient }
  const walletClient = createWalletClient({ chain, transport, account: options.account, pollingInterval })
  return { chain, publicClient, walletClient }
}

/** The same chain with another signer (for example a council member). */
export function withAccount(clients: ChainClients, account: Account | Address): ChainClients {
  const transport = http(clients.chain.rpcUrls.default.http[0])
  const walletClient = createWalletClient({ chain: clients.chain, transport, account, pollingInterval: 100 })
  return { ...clients, walletClient }
}

/** An anvil test client (time travel, snapshots) for the same endpoint. Dev chains only. */
export function anvilTestClient(clients: ChainClients): TestClient<'anvil', Transport, Chain> {
  return createTestClient({
    chain: clients.chain,
    mode: 'anvil',
    transport: http(clients.chain.rpcUrls.default.http[0]),
  })
}
