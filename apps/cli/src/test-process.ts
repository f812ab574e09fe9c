// Test-only: runs the real `blockgov` CLI as a child process, as a user would.
import { type ChildProcess, spawn } from 'node:child_process'

/** The CLI entry point, run with this process's own Node. */
export const blockgovBin = new URL('../bin/blockgov.js', import.meta.url).pathname

/** Environment for a child blockgov: ours minus DATABASE_URL (each test chooses), plus `extra`. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _, ...rest } = process.env
  return { ...rest, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', DNS_PORT: '0', SMTP_INBOUND_PORT: '0', ...extra }
}

export interface Started {
  readonly child: ChildProcess
  readonly url: string
  /** Everything the process printed on standard output so far. */
  stdout(): string
  /** The exit code, or the signal that ended the process. */
  readonly exited: Promise<NodeJS.Signals | number | null>
}

/** Starts `blockgov start` and resolves once it prints its URL line. */
export async function startBlockgov(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [blockgovBin, 'start'], {
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stderr?.on('data', (chunk) => {
    stderr += chunk
  })
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  )
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      stdout += chunk
      const match = /running at (http:\/\/\S+?)\/ /.exec(stdout)
      if (match?.[1]) resolve(match[1])
    })
    exited.then((code) => reject(new Error(`blockgov exited with ${code} before printing its URL:\n${stderr}`)))
  })
  return { child, url, stdout: () => stdout, exited }
}
