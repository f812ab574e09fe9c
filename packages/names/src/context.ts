import type { ChainClients } from './chain.ts'
import type { NamesDeployment } from './deploy.ts'

/** What every part of the client works with: the chain and where the contracts are. */
export interface NamesContext {
  readonly clients: ChainClients
  readonly deployment: NamesDeployment
}

/** Unix seconds of the latest block: the chain's idea of now. */
export async function chainTime(context: NamesContext): Promise<number> {
  const block = await context.clients.publicClient.getBlock({ blockTag: 'latest' })
  return Number(block.timestamp)
}

/** Moves a dev chain's clock forward by `seconds` (for example with anvil's `evm_increaseTime`). */
export type AdvanceTime = (seconds: number) => Promise<void>

/**
 * Resolves once a transaction sent now would be mined at or after `timestamp`: by advancing a dev chain's clock
 * when `advance` is given, otherwise by waiting in real time (blocks carry the wall-clock time).
 */
export async function waitUntil(context: NamesContext, timestamp: number, advance?: AdvanceTime): Promise<void> {
  const now = await chainTime(context)
  if (advance) {
    if (timestamp > now) await advance(timestamp - now)
    return
  }
  const waitMs = Math.max(timestamp * 1000 - Date.now(), (timestamp - now) * 1000 - 1000, 0)
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs + 1000))
}
