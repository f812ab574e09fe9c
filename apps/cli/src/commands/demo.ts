import { loadConfigOrExit } from '@blockgov/config'
import { DataDirLockedError, openDatabase } from '@blockgov/db'
import { buildIgf2019Demo } from '../demo/igf2019.ts'

/** Names `blockgov demo` accepts. */
export const demoNames = ['igf2019'] as const

/** `blockgov demo igf2019`: builds the demo session in the configured database and prints how to open it. */
export async function demo(name: string): Promise<void> {
  if (!(demoNames as readonly string[]).includes(name)) {
    throw new Error(`unknown demo "${name}"; available: ${demoNames.join(', ')}`)
  }
  const config = loadConfigOrExit(process.env)
  const database = await openDatabase(config.database).catch((error: unknown) => {
    if (error instanceof DataDirLockedError) {
      throw new Error(
        'the data directory is in use (is the server running?); stop the server, run the demo, start it again',
      )
    }
    throw error
  })
  const started = performance.now()
  try {
    const result = await buildIgf2019Demo(database)
    const host = ['0.0.0.0', '::'].includes(config.server.host) ? 'localhost' : config.server.host
    const base = `http://${host.includes(':') ? `[${host}]` : host}:${config.server.port}/sprint/s/${result.sessionId}`
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const account =
      result.password === null
        ? `${result.organiserEmail} (existing account, password unchanged)`
        : `${result.organiserEmail}, password ${result.password} (shown only now)`
    process.stdout.write(
      [
        `blockgov: demo session "Capacity Building for Better Blockchain Governance" built in ${seconds} s (synthetic people)`,
        `  session id  ${result.sessionId}`,
        `  join code   ${result.code}`,
        `  console     ${base}/console`,
        `  projector   ${base}/projector`,
        `  organiser   ${account}`,
        `  report      blockgov report ${result.sessionId} --format md`,
        '',
      ].join('\n'),
    )
  } finally {
    await database.close()
  }
}
