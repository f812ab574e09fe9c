import { Worker } from 'node:worker_threads'
import type { FormationInput, SolveResult } from '@blockgov/sprint'

type Reply = { readonly id: number; readonly result: SolveResult } | { readonly id: number; readonly error: string }

/**
 * Runs `formGroups` in a worker thread. Forming 10,000 people into groups takes long enough that, on the event
 * loop, every socket of every session would stall meanwhile. The worker starts on first use and is reused.
 */
export class GroupSolver {
  #worker: Worker | undefined
  #nextId = 0
  readonly #waiting = new Map<number, { resolve: (r: SolveResult) => void; reject: (e: Error) => void }>()

  solve(input: FormationInput): Promise<SolveResult> {
    const worker = this.#start()
    const id = this.#nextId++
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject })
      worker.postMessage({ id, people: input.people, options: input.options })
    })
  }

  /** Starts the worker ahead of the first request, so that request does not wait for it to load. */
  warmUp(): void {
    this.#start()
  }

  async close(): Promise<void> {
    const worker = this.#worker
    this.#worker = undefined
    await worker?.terminate()
  }

  #start(): Worker {
    if (this.#worker !== undefined) return this.#worker
    const worker = new Worker(new URL('./solver-worker.mjs', import.meta.url))
    worker.unref() // an idle solver must not keep the process alive
    worker.on('message', (reply: Reply) => {
      const waiting = this.#waiting.get(reply.id)
      this.#waiting.delete(reply.id)
      if ('error' in reply) waiting?.reject(new Error(`group solver: ${reply.error}`))
      else waiting?.resolve(reply.result)
    })
    const fail = (error: Error) => {
      if (this.#worker === worker) this.#worker = undefined
      for (const waiting of this.#waiting.values()) waiting.reject(error)
      this.#waiting.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`group solver worker exited with code ${code}`)))
    this.#worker = worker
    return worker
  }
}
