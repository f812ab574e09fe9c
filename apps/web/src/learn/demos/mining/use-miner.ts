import { useCallback, useEffect, useRef, useState } from 'react'
import type { BlockContent } from '../model/block.ts'
import type { MineMessage } from './protocol.ts'

export type MinerState =
  | { readonly status: 'idle' }
  | { readonly status: 'mining'; readonly key: string; readonly tried: number }

export type MineOutcome =
  | { readonly status: 'found'; readonly nonce: number; readonly hash: string; readonly tried: number }
  | { readonly status: 'stopped'; readonly tried: number }

/**
 * Mines one block at a time in a Web Worker. `key` says which block is being mined (a page may hold several);
 * `stop` terminates the worker at once, wherever it is in its search.
 */
export function useMiner() {
  const worker = useRef<Worker | undefined>(undefined)
  const [state, setState] = useState<MinerState>({ status: 'idle' })
  const tried = useRef(0)
  const finish = useRef<((outcome: MineOutcome) => void) | undefined>(undefined)

  const stop = useCallback(() => {
    worker.current?.terminate()
    worker.current = undefined
    setState({ status: 'idle' })
    finish.current?.({ status: 'stopped', tried: tried.current })
    finish.current = undefined
  }, [])

  const mine = useCallback(
    (key: string, block: BlockContent, difficulty: number): Promise<MineOutcome> => {
      stop()
      tried.current = 0
      const next = new Worker(new URL('./mine.worker.ts', import.meta.url), { type: 'module' })
      worker.current = next
      setState({ status: 'mining', key, tried: 0 })
      return new Promise((resolve) => {
        finish.current = resolve
        next.addEventListener('message', (event: MessageEvent<MineMessage>) => {
          const message = event.data
          tried.current = message.tried
          if (message.type === 'progress') {
            setState({ status: 'mining', key, tried: message.tried })
            return
          }
          next.terminate()
          worker.current = undefined
          finish.current = undefined
          setState({ status: 'idle' })
          resolve(
            message.type === 'found'
              ? { status: 'found', nonce: message.nonce, hash: message.hash, tried: message.tried }
              : { status: 'stopped', tried: message.tried },
          )
        })
        next.postMessage({ block, difficulty })
      })
    },
    [stop],
  )

  // Leaving the page must not leave a worker spinning.
  useEffect(() => () => worker.current?.terminate(), [])

  return { state, mine, stop }
}
