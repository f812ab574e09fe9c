import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { loadConfig } from '@blockgov/config'
import pg from 'pg'
import { afterAll, beforeAll, describe, inject } from 'vitest'
import type { Database } from './database.ts'
import { openPglite } from './pglite.ts'
import { openPostgres, quoteIdent } from './postgres.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a dumped, freshly initialised PGlite data directory (see pglite-template.ts). */
    pgliteTemplate?: string
  }
}

export type DatabaseKind = Database['kind']

/** PGlite always; Postgres too when DATABASE_URL is set (CI sets it). */
export function testDatabaseKinds(): DatabaseKind[] {
  return testPostgresUrl() === undefined ? ['pglite'] : ['pglite', 'postgres']
}

/** The Postgres URL tests use (from DATABASE_URL), if any. */
export function testPostgresUrl(): string | undefined {
  const result = loadConfig(process.env)
  if (!result.ok) throw new Error('invalid test configuration')
  return result.config.database.kind === 'postgres' ? result.config.database.url : undefined
}

/**
 * Opens a fresh, migrated database that no other test can see: a new PGlite instance (from a template, to
 * skip initdb), or a new schema on Postgres that `close()` drops again.
 */
export async function openTestDatabase(kind: DatabaseKind): Promise<Database> {
  if (kind === 'pglite') {
    const template = inject('pgliteTemplate')
    const loadDataDir = template === undefined ? undefined : new Blob([await readFile(template)])
    return openPglite({ loadDataDir })
  }
  const url = testPostgresUrl()
  if (url === undefined) throw new Error('DATABASE_URL is not set')
  const schemaName = `test_${randomBytes(6).toString('hex')}`
  const database = await openPostgres({ url, schemaName, maxConnections: 4 })
  return {
    ...database,
    async close() {
      await database.close()
      const admin = new pg.Client({ connectionString: url })
      await admin.connect()
      try {
        await admin.query(`drop schema if exists ${quoteIdent(schemaName)} cascade`)
      } finally {
        await admin.end()
      }
    },
  }
}

/** Database set-up can take seconds (PGlite start, Postgres migrations); give hooks room. */
const HOOK_TIMEOUT_MS = 60_000

/**
 * Runs `suite` once per database kind under test, each with its own isolated database.
 *
 * @example
 * describeEachDatabase('app meta', (database) => {
 *   it('starts empty', async () => {
 *     expect(await database().db.select().from(appMeta)).toEqual([])
 *   })
 * })
 */
export function describeEachDatabase(name: string, suite: (database: () => Database) => void): void {
  describe.each(testDatabaseKinds())(`${name} [%s]`, (kind) => {
    let database: Database | undefined
    beforeAll(async () => {
      database = await openTestDatabase(kind)
    }, HOOK_TIMEOUT_MS)
    afterAll(async () => {
      await database?.close()
    }, HOOK_TIMEOUT_MS)
    suite(() => {
      if (database === undefined) throw new Error('database not open yet: use it inside a test or hook')
      return database
    })
  })
}
