import type { BlockContent } from '../model/block.ts'

/** Page → worker: mine this block. Cancelling terminates the worker, so there is no cancel message. */
export interface MineRequest {
  readonly block: BlockContent
  readonly difficulty: number
}

/** Worker → page. */
export type MineMessage =
  | { readonly type: 'progress'; readonly tried: number }
  | { readonly type: 'found'; readonly nonce: number; readonly hash: string; readonly tried: number }
  | { readonly type: 'exhausted'; readonly tried: number }
