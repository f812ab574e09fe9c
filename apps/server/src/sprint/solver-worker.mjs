// The group solver's worker thread. Plain JavaScript on purpose: a worker does not inherit its parent's
// TypeScript loader, so it registers tsx itself before importing the (TypeScript) sprint package.
import { parentPort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const { formGroups } = await import('@blockgov/sprint')

parentPort?.on('message', ({ id, people, options }) => {
  try {
    parentPort?.postMessage({ id, result: formGroups(people, options) })
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
