import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** Options for {@link startAnvil}. */
export interface AnvilOptions {
  /** Port to listen on; 0 (the default) lets the OS pick a free one. */
  port?: number
  /** Interface to bind; loopback by default, so the dev chain is never reachable from elsewhere. */
  host?: string
  /** Chain id; anvil's default is 31337. */
  chainId?: number
  /** File to load the chain from at start and dump it to at stop (anvil `--state`), to keep names across runs. */
  statePath?: string
  /** Seconds between blocks; by default a block is mined per transaction. */
  blockTime?: number
  /** How long to wait for anvil to listen, in milliseconds (default 15 000). */
  startTimeoutMs?: number
}

/** A running anvil process. */
export interface Anvil {
  /** HTTP JSON-RPC endpoint, for example `http://127.0.0.1:40123`. */
  readonly rpcUrl: string
  readonly port: number
  readonly pid: number
  /** Stops anvil (SIGTERM, then SIGKILL after 5 s) and resolves once it has exited and dumped its state. */
  stop(): Promise<void>
}

const require = createRequire(import.meta.url)

/**
 * Path of the anvil binary shipped by `@foundry-rs/anvil-linux-amd64`. Resolved through the package (not a fixed
 * path) because npm's postinstall, which `@foundry-rs/anvil`'s own launcher relies on, is not run here.
 */
export function anvilBinaryPath(): string {
  return join(dirname(require.resolve('@foundry-rs/anvil-linux-amd64/package.json')), 'bin', 'anvil')
}

/**
 * Starts anvil and resolves once it accepts JSON-RPC.
 *
 * @example
 * const anvil = await startAnvil()
 * const client = createPublicClient({ transport: http(anvil.rpcUrl) })
 * await anvil.stop()
 */
export async function startAnvil(options: AnvilOptions = {}): Promise<Anvil> {
  const host = options.host ?? '127.0.0.1'
  const args = ['--host', host, '--port', String(options.port ?? 0)]
  if (options.chainId !== undefined) args.push('--chain-id', String(options.chainId))
  if (options.statePath !== undefined) args.push('--state', options.statePath)
  if (options.blockTime !== undefined) args.push('--block-time', String(options.blockTime))
  const child = spawn(anvilBinaryPath(), args, { stdio: ['ignore', 'pipe', 'pipe'] })
  // Never leave a chain running when the process that started it exits without calling stop().
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  child.once('exit', () => process.off('exit', killOnExit))
  try {
    const port = await listeningPort(child, options.startTimeoutMs ?? 15_000)
    const rpcUrl = `http://${host}:${port}`
    // Anvil logs every request; nobody reads it, so stop it at the source.
    await fetch(rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'anvil_setLoggingEnabled', params: [false] }),
    })
    return { rpcUrl, port, pid: child.pid ?? -1, stop: () => stopProcess(child) }
  } catch (error) {
    await stopProcess(child)
    throw error
  }
}

/** Reads anvil's "Listening on host:port" line; keeps draining its output afterwards so it never blocks. */
function listeningPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => fail(new Error(`anvil did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /Listening on [^\s:]+:(\d+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        child.off('exit', onExit)
        child.stdout?.off('data', onData)
        child.stderr?.off('data', onError)
        child.stdout?.resume()
        child.stderr?.resume()
        resolve(Number(match[1]))
      }
    }
    const onExit = (code: number | null) => fail(new Error(`anvil exited with code ${code}:\n${output}`))
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.off('exit', onExit)
      reject(error)
    }
    const onError = (chunk: Buffer) => {
      output += chunk.toString('utf8')
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onError)
    child.once('exit', onExit)
    child.once('error', fail)
  })
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(killer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
