import { loadConfigOrExit } from '@blockgov/config'
import { startServer } from '@blockgov/server'
import { ensureWebBuild, webDist } from '@blockgov/web/build'
import { version } from '../version.ts'

/**
 * `blockgov start`: build the web app if stale, open the database (migrating it), serve, print the URL.
 * SIGINT/SIGTERM stop cleanly (in-flight requests finish, the database is flushed and closed, exit 0);
 * a second signal exits at once.
 */
export async function start(): Promise<void> {
  const config = loadConfigOrExit(process.env)
  if (await ensureWebBuild()) process.stderr.write('blockgov: built the web app\n')
  const server = await startServer({ config, version, webRoot: webDist })
  process.stdout.write(`blockgov ${version} is running at ${server.url}/ (press Ctrl-C to stop)\n`)

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`blockgov: ${signal} again, exiting without waiting\n`)
      process.exit(130)
    }
    stopping = true
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`blockgov: error while stopping: ${String(error)}\n`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
