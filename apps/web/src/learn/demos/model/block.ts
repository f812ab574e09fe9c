import { sha256Hex } from './hash.ts'

/** The easiest and hardest puzzles the demos offer: leading zero hex digits a block hash must have. */
export const minDifficulty = 1
export const maxDifficulty = 5
export const defaultDifficulty = 3

/** What a block commits to. `previous` is the hash of the block before it (64 zeros for the first block). */
export interface BlockContent {
  readonly number: number
  readonly nonce: number
  readonly data: string
  readonly previous: string
}

export const genesisPrevious = '0'.repeat(64)

/**
 * The exact text that gets hashed. Fields are joined with a separator that cannot appear in a number, so
 * block 1 with nonce 23 never hashes like block 12 with nonce 3.
 */
export function blockPayload(block: BlockContent): string {
  return `${block.number}|${block.nonce}|${block.previous}|${block.data}`
}

export function hashBlock(block: BlockContent): Promise<string> {
  return sha256Hex(blockPayload(block))
}

/** The target text, e.g. "000" for difficulty 3. */
export function targetPrefix(difficulty: number): string {
  return '0'.repeat(difficulty)
}

export function meetsDifficulty(hash: string, difficulty: number): boolean {
  return hash.startsWith(targetPrefix(difficulty))
}

export interface MineProgress {
  /** Nonces tried so far. */
  readonly tried: number
  readonly nonce: number
  readonly hash: string
}

export type MineResult =
  | { readonly ok: true; readonly nonce: number; readonly hash: string; readonly tried: number }
  | { readonly ok: false; readonly reason: 'exhausted'; readonly tried: number }

export interface MineOptions {
  readonly difficulty: number
  /** Called after each batch, so a caller can show that work is happening. */
  readonly onProgress?: (progress: MineProgress) => void
  /** Nonces tried between two progress reports. */
  readonly batchSize?: number
  /** The search gives up after this nonce (never reached in practice at difficulty ≤ 5). */
  readonly maxNonce?: number
}

/**
 * Tries nonces 0, 1, 2… until the block's hash starts with `difficulty` zeros. There is no cancel option: the
 * page runs this in a Web Worker and stops a search by terminating the worker, which is immediate.
 */
export async function mineBlock(block: BlockContent, options: MineOptions): Promise<MineResult> {
  const batchSize = options.batchSize ?? 2000
  const maxNonce = options.maxNonce ?? 100_000_000
  let tried = 0
  for (let nonce = 0; nonce <= maxNonce; nonce++) {
    const hash = await hashBlock({ ...block, nonce })
    tried++
    if (meetsDifficulty(hash, options.difficulty)) return { ok: true, nonce, hash, tried }
    if (tried % batchSize === 0) options.onProgress?.({ tried, nonce, hash })
  }
  return { ok: false, reason: 'exhausted', tried }
}
