import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import type { Database } from './database.ts'
import { acquireDirLock } from './dir-lock.ts'
import { migrationsFolder } from './migrations.ts'
import * as schema from './schema.ts'

export interface PgliteOptions {
  /** Folder of the database files; omitted means in memory. */
  readonly dataDir?: string
  /** Start from a dumped data directory (tests use a template to skip initdb). */
  readonly loadDataDir?: Blob
}

/** Opens (creating if needed) an embedded PGlite database and brings its schema up to date. */
export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  let releaseLock = async () => {}
  let dataDir: string | undefined
  if (options.dataDir !== undefined) {
    await mkdir(options.dataDir, { recursive: true })
    // PGlite is single-process: a second process on the same files would corrupt them.
    releaseLock = await acquireDirLock(options.dataDir)
    dataDir = join(options.dataDir, 'pglite')
  }
  try {
    const client = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir })
    const db = drizzle({ client, schema })
    await migrate(db, { migrationsFolder })
    let closed: Promise<void> | undefined
    return {
      kind: 'pglite',
      db,
      async ping() {
        await client.query('select 1')
      },
      // One process owns a PGlite database, so no other instance appends to it.
      async subscribeToAppends() {
        return async () => {}
      },
      close() {
        closed ??= client.close().finally(releaseLock)
        return closed
      },
    }
  } catch (error) {
    await releaseLock()
    throw error
  }
}
