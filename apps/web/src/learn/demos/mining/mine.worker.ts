import { mineBlock } from '../model/block.ts'
import type { MineMessage, MineRequest } from './protocol.ts'

/** The bits of a dedicated worker's global scope used here (the app's TypeScript lib is DOM, not WebWorker). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<MineRequest>) => void): void
  postMessage(message: MineMessage): void
}

const scope = globalThis as unknown as WorkerScope

// Runs off the main thread so typing, scrolling and the Stop button stay responsive during a long search.
scope.addEventListener('message', async (event) => {
  const { block, difficulty } = event.data
  const result = await mineBlock(block, {
    difficulty,
    batchSize: 500,
    onProgress: ({ tried }) => scope.postMessage({ type: 'progress', tried }),
  })
  scope.postMessage(
    result.ok
      ? { type: 'found', nonce: result.nonce, hash: result.hash, tried: result.tried }
      : { type: 'exhausted', tried: result.tried },
  )
})
