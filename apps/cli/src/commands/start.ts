import { loadConfigOrExit } from '@blockgov/config'
import { type RunningServer, startServer } from '@blockgov/server'
import { ensureWebBuild, webDist } from '@blockgov/web/build'
import { version } from '../version.ts'

/**
 * `blockgov start`: build the web app if stale, open the database (migrating it) and the name system's chain
 * (embedded anvil unless CHAIN_RPC_URL is set), serve, print where the chain is and the URL.
 * SIGINT/SIGTERM stop cleanly (in-flight requests finish, the database is flushed and closed, exit 0);
 * a second signal exits at once.
 */
export async function start(): Promise<void> {
  const config = loadConfigOrExit(process.env)
  // Handlers go in first: a signal that arrives while starting must still end in a clean stop.
  let server: Promise<RunningServer> | undefined
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`blockgov: ${signal} again, exiting without waiting\n`)
      process.exit(130)
    }
    stopping = true
    Promise.resolve(server)
      .then((running) => running?.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`blockgov: error while stopping: ${String(error)}\n`)
          process.exit(1)
        },
      )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  if (await ensureWebBuild()) process.stderr.write('blockgov: built the web app\n')
  server = startServer({ config, version, webRoot: webDist })
  const running = await server
  if (stopping) return
  if (running.chain !== undefined) process.stdout.write(`blockgov ${running.chain}\n`)
  if (running.dns !== undefined) process.stdout.write(`blockgov ${running.dns}\n`)
  process.stdout.write(`blockgov ${running.mail}\n`)
  process.stdout.write(`blockgov ${version} is running at ${running.url}/ (press Ctrl-C to stop)\n`)
}
