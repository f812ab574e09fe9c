import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Where the name system keeps its files in DATA_DIR: anvil's state, the deployments (one per kind of chain, so
 * deploying to CHAIN_RPC_URL never overwrites the dev chain's), and `chain.json`, which tells the `blockgov names`
 * commands where the running embedded chain listens.
 */
export function chainFiles(dataDir: string) {
  const dir = join(dataDir, 'chain')
  return {
    dir,
    anvilState: join(dir, 'anvil-state.json'),
    embeddedDeployment: join(dir, 'deployment.json'),
    rpcDeployment: join(dir, 'deployment-rpc.json'),
    running: join(dir, 'chain.json'),
  }
}

/** What `chain.json` holds while a server runs the embedded chain. */
export interface RunningChain {
  readonly rpcUrl: string
  /** The server process that owns the chain. */
  readonly pid: number
}

/** Records the running embedded chain for other processes (the CLI). */
export async function writeRunningChain(dataDir: string, running: RunningChain): Promise<void> {
  const files = chainFiles(dataDir)
  await mkdir(files.dir, { recursive: true })
  await writeFile(files.running, `${JSON.stringify(running)}\n`)
}

/** The embedded chain recorded in DATA_DIR, if its server process is still alive. */
export async function readRunningChain(dataDir: string): Promise<RunningChain | undefined> {
  const text = await readFile(chainFiles(dataDir).running, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  const parsed = JSON.parse(text) as Partial<RunningChain>
  if (typeof parsed.rpcUrl !== 'string' || typeof parsed.pid !== 'number') return undefined
  return isAlive(parsed.pid) ? { rpcUrl: parsed.rpcUrl, pid: parsed.pid } : undefined
}

/** Forgets the running chain (on shutdown). */
export async function clearRunningChain(dataDir: string): Promise<void> {
  await rm(chainFiles(dataDir).running, { force: true })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
