import type { Config } from '@blockgov/config'
import { openDatabase } from '@blockgov/db'
import { buildApp } from './app.ts'

export interface RunningServer {
  /** Base URL the server listens on, e.g. `http://127.0.0.1:8080`. */
  readonly url: string
  /** Stops accepting work, lets in-flight requests finish, then closes the database. Idempotent. */
  stop(): Promise<void>
}

export interface StartOptions {
  readonly config: Config
  readonly version: string
  readonly webRoot?: string
}

/**
 * Opens the configured database (running migrations), builds the app and listens. The caller owns signals
 * and printing, so tests and the CLI share this exact start path.
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { config } = options
  const database = await openDatabase(config.database)
  try {
    const app = await buildApp({ config, database, version: options.version, webRoot: options.webRoot })
    await app.listen({ host: config.server.host, port: config.server.port })
    const address = app.server.address()
    const port = typeof address === 'object' && address !== null ? address.port : config.server.port
    let stopped: Promise<void> | undefined
    return {
      url: `http://${formatHost(config.server.host)}:${port}`,
      stop() {
        stopped ??= app.close().finally(() => database.close())
        return stopped
      },
    }
  } catch (error) {
    await database.close()
    throw error
  }
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}
