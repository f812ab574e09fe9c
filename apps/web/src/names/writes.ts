import type { NamesOverview, PreparedTx, RRset } from './api.ts'
import { namesApi } from './api.ts'
import type { Signer } from './names-context.ts'

/** The wallet module, loaded on first use so viem is downloaded only by people who sign with a wallet. */
async function walletFor(overview: NamesOverview) {
  const { connectWallet } = await import('./wallet.ts')
  return connectWallet(overview.chainId)
}

async function sendWithWallet(overview: NamesOverview, prepare: (owner: string) => Promise<PreparedTx>) {
  const wallet = await walletFor(overview)
  await wallet.send(await prepare(wallet.address))
}

/**
 * Registers `name` for `years`. A dev account does it in one request (the dev chain's clock skips the commitment
 * wait); a wallet commits, waits out the commitment age in real time (`onWait` counts down), then registers.
 */
export async function registerName(
  overview: NamesOverview,
  signer: Signer,
  name: string,
  years: number,
  onWait: (secondsLeft: number) => void,
): Promise<void> {
  if (signer.kind === 'dev') {
    await namesApi.dev.register(name, signer.account, years)
    return
  }
  const [{ randomSecret }, wallet] = await Promise.all([import('./wallet.ts'), walletFor(overview)])
  const secret = randomSecret()
  await wallet.send(await namesApi.tx.commit(name, wallet.address, secret))
  // A little over the minimum: the next block's time must be past it. Counted against the clock, not by ticks,
  // so a throttled background tab still registers on time.
  const readyAt = Date.now() + (overview.commitmentAge.min + 3) * 1_000
  while (Date.now() < readyAt) {
    onWait(Math.ceil((readyAt - Date.now()) / 1_000))
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
  onWait(0)
  await wallet.send(await namesApi.tx.register(name, wallet.address, secret, years))
}

/** Replaces one RRset of `name` (no values removes it). */
export async function setRRset(overview: NamesOverview, signer: Signer, name: string, rrset: RRset): Promise<void> {
  if (signer.kind === 'dev') await namesApi.dev.dns(name, signer.account, rrset)
  else await sendWithWallet(overview, () => namesApi.tx.dns(name, rrset))
}

/** Sets the Ethereum address record of `name`. */
export async function setAddress(overview: NamesOverview, signer: Signer, name: string, address: string) {
  if (signer.kind === 'dev') await namesApi.dev.address(name, signer.account, address)
  else await sendWithWallet(overview, () => namesApi.tx.address(name, address))
}

/** Turns anything a write threw into `{ code, message, details }` for {@link errorText}. */
export function failureOf(error: unknown): { code: string; message: string; details?: unknown } {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    const details = 'details' in error ? error.details : undefined
    return { code: error.code, message: error instanceof Error ? error.message : '', details }
  }
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : '' }
}
