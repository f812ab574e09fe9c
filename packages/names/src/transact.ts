import type { Hex, TransactionReceipt } from 'viem'
import type { ChainClients, NamesWallet } from './chain.ts'
import { NamesError, toNamesError } from './errors.ts'

/** What every write returns: the transaction and what it cost. */
export interface TxResult {
  hash: Hex
  blockNumber: bigint
  gasUsed: bigint
}

/** The wallet of `clients`, or a `NO_ACCOUNT` error for a read-only client. */
export function requireWallet(clients: ChainClients): NamesWallet {
  if (!clients.walletClient) throw new NamesError('NO_ACCOUNT', 'This client has no account to sign with.')
  return clients.walletClient
}

/**
 * Sends a transaction built by `send` and waits for its receipt. Reverts (caught when viem estimates gas) become
 * {@link NamesError}s with the contract's error decoded; a mined but failed transaction is `TRANSACTION_FAILED`.
 */
export async function transact(
  clients: ChainClients,
  send: (wallet: NamesWallet) => Promise<Hex>,
): Promise<TransactionReceipt> {
  const wallet = requireWallet(clients)
  try {
    const hash = await send(wallet)
    const receipt = await clients.publicClient.waitForTransactionReceipt({ hash })
    if (receipt.status !== 'success') throw await replayFailure(clients, receipt)
    return receipt
  } catch (error) {
    throw await withWait(clients, toNamesError(error))
  }
}

/**
 * A mined transaction that reverted carries no reason (accounts the node signs for are not simulated first), so
 * replay it as a call on the state before its block to recover the contract's error.
 */
async function replayFailure(clients: ChainClients, receipt: TransactionReceipt): Promise<NamesError> {
  const tx = await clients.publicClient.getTransaction({ hash: receipt.transactionHash })
  try {
    await clients.publicClient.call({
      account: tx.from,
      to: tx.to,
      data: tx.input,
      value: tx.value,
      blockNumber: receipt.blockNumber - 1n,
    })
  } catch (error) {
    return toNamesError(error)
  }
  return new NamesError('TRANSACTION_FAILED', `Transaction ${receipt.transactionHash} reverted.`, {
    hash: receipt.transactionHash,
  })
}

/**
 * Adds `secondsToWait` to errors that say when to retry (`readyAt`: a commitment, the timelock, a dispute), counted
 * from the latest block, so a CLI can say "try again in 42 s".
 */
async function withWait(clients: ChainClients, error: NamesError): Promise<NamesError> {
  const readyAt = error.details.readyAt
  if (typeof readyAt !== 'bigint') return error
  try {
    const block = await clients.publicClient.getBlock({ blockTag: 'latest' })
    const secondsToWait = Number(readyAt > block.timestamp ? readyAt - block.timestamp : 0n)
    return new NamesError(error.code, error.message, { ...error.details, secondsToWait }, { cause: error.cause })
  } catch {
    return error
  }
}

/** Runs a read, turning failures into {@link NamesError}s. */
export async function read<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw toNamesError(error)
  }
}

/** The {@link TxResult} of a receipt. */
export function txResult(receipt: TransactionReceipt): TxResult {
  return { hash: receipt.transactionHash, blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed }
}
