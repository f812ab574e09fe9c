import { loadConfigOrExit } from '@blockgov/config'
import { openDatabase } from '@blockgov/db'

/** `blockgov migrate`: bring the configured database's schema up to date, then exit. Idempotent. */
export async function migrate(): Promise<void> {
  const config = loadConfigOrExit(process.env)
  const database = await openDatabase(config.database) // opening runs pending migrations
  await database.close()
  const where = config.database.kind === 'pglite' ? `PGlite in ${config.database.dataDir}` : 'Postgres'
  process.stdout.write(`blockgov: ${where} is up to date\n`)
}
