import type { DatabaseConfig } from '@blockgov/config'
import type { Database } from './database.ts'
import { openPglite } from './pglite.ts'
import { openPostgres } from './postgres.ts'

/**
 * Opens the configured database, embedded PGlite or Postgres, and runs pending migrations. Both return the
 * same typed API, so nothing above this function knows which one it got.
 *
 * @example
 * const database = await openDatabase(config.database)
 * await database.ping()
 * await database.close()
 */
export function openDatabase(config: DatabaseConfig): Promise<Database> {
  switch (config.kind) {
    case 'pglite':
      return openPglite({ dataDir: config.dataDir })
    case 'postgres':
      return openPostgres({ url: config.url })
  }
}
