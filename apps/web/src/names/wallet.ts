// Loaded on demand (import('./wallet.ts')): viem stays out of the bundle until someone uses a browser wallet.
import { createPublicClient, createWalletClient, custom, type EIP1193Provider } from 'viem'
import type { PreparedTx } from './api.ts'

/** Why the wallet path failed, for the page to explain. */
export class WalletProblem extends Error {
  readonly code: 'WALLET_MISSING' | 'WALLET_WRONG_CHAIN' | 'WALLET_REJECTED' | 'WALLET_TX_FAILED'
  constructor(code: WalletProblem['code'], message: string) {
    super(message)
    this.code = code
  }
}

/** A connected EIP-1193 wallet on the right chain. */
export interface BrowserWallet {
  readonly address: `0x${string}`
  /** Signs and sends `tx`, resolving once it is mined successfully. */
  send(tx: PreparedTx): Promise<void>
}

function injectedProvider(): EIP1193Provider | undefined {
  return (window as unknown as { ethereum?: EIP1193Provider }).ethereum
}

/** Whether this browser has an injected wallet (`window.ethereum`). */
export function hasBrowserWallet(): boolean {
  return injectedProvider() !== undefined
}

/** Asks the wallet for an account and checks it is on `chainId` (asking it to switch if not). */
export async function connectWallet(chainId: number): Promise<BrowserWallet> {
  const provider = injectedProvider()
  if (provider === undefined) throw new WalletProblem('WALLET_MISSING', 'No browser wallet found.')
  const transport = custom(provider)
  const wallet = createWalletClient({ transport })
  const publicClient = createPublicClient({ transport, pollingInterval: 1_000 })
  let address: `0x${string}` | undefined
  try {
    ;[address] = await wallet.requestAddresses()
  } catch {
    throw new WalletProblem('WALLET_REJECTED', 'The wallet did not share an account.')
  }
  if (address === undefined) throw new WalletProblem('WALLET_REJECTED', 'The wallet has no account.')
  if ((await wallet.getChainId()) !== chainId) {
    await wallet.switchChain({ id: chainId }).catch(() => {
      throw new WalletProblem('WALLET_WRONG_CHAIN', `Switch the wallet to chain ${chainId}.`)
    })
  }
  const account = address
  return {
    address: account,
    async send(tx) {
      let hash: `0x${string}`
      try {
        hash = await wallet.sendTransaction({ account, chain: null, to: tx.to, data: tx.data, value: BigInt(tx.value) })
      } catch {
        throw new WalletProblem('WALLET_REJECTED', 'The transaction was not sent.')
      }
      const receipt = await publicClient.waitForTransactionReceipt({ hash })
      if (receipt.status !== 'success') throw new WalletProblem('WALLET_TX_FAILED', 'The transaction failed.')
    },
  }
}

/** 32 random bytes for a commitment, made here so the server never learns them. */
export function randomSecret(): `0x${string}` {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return `0x${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`
}
