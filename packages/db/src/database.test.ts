import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { DataDirLockedError } from './dir-lock.ts'
import { migrationsFolder } from './migrations.ts'
import { openDatabase } from './open.ts'
import { openPostgres } from './postgres.ts'
import { appMeta } from './schema.ts'
import { describeEachDatabase, openTestDatabase, testDatabaseKinds, testPostgresUrl } from './testing.ts'

describeEachDatabase('openDatabase', (database) => {
  it('runs the migrations, so the schema is usable', async () => {
    await database()
      .db.insert(appMeta)
      .values({ key: 'greeting', value: { text: 'hello' } })
    const rows = await database().db.select().from(appMeta)
    expect(rows.map((r) => r.key)).toContain('greeting')
  })

  it('answers ping', async () => {
    await expect(database().ping()).resolves.toBeUndefined()
  })

  it('rolls back a failed transaction completely', async () => {
    const attempt = database().db.transaction(async (tx) => {
      await tx.insert(appMeta).values({ key: 'half-written', value: 1 })
      await tx.execute(sql`select 1/0`)
    })
    await expect(attempt).rejects.toThrow()
    const rows = await database().db.select().from(appMeta)
    expect(rows.map((r) => r.key)).not.toContain('half-written')
  })
})

describeEachDatabase('test isolation', (database) => {
  it('starts empty: rows written by other suites are not visible', async () => {
    const rows = await database().db.select().from(appMeta)
    expect(rows.map((r) => r.key)).not.toContain('greeting')
  })
})

describe('openTestDatabase on PGlite', () => {
  it('gives independent databases', async () => {
    const a = await openTestDatabase('pglite')
    const b = await openTestDatabase('pglite')
    try {
      await a.db.insert(appMeta).values({ key: 'only-in-a', value: true })
      expect(await b.db.select().from(appMeta)).toEqual([])
    } finally {
      await Promise.all([a.close(), b.close()])
    }
  })
})

describe('embedded PGlite in a data folder', () => {
  const dirs: string[] = []
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blockgov-db-'))
    dirs.push(dir)
    return dir
  }
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

  it('keeps data across close and reopen, and migrating again changes nothing', async () => {
    const dataDir = await tempDir()
    const first = await openDatabase({ kind: 'pglite', dataDir })
    await first.db.insert(appMeta).values({ key: 'kept', value: { n: 1 } })
    await first.close()

    const second = await openDatabase({ kind: 'pglite', dataDir })
    try {
      const rows = await second.db.select({ key: appMeta.key, value: appMeta.value }).from(appMeta)
      expect(rows).toEqual([{ key: 'kept', value: { n: 1 } }])
    } finally {
      await second.close()
    }
  })

  it('refuses a second open of the same folder while the first is open', async () => {
    const dataDir = await tempDir()
    const first = await openDatabase({ kind: 'pglite', dataDir })
    try {
      await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toBeInstanceOf(DataDirLockedError)
    } finally {
      await first.close()
    }
    const again = await openDatabase({ kind: 'pglite', dataDir })
    await again.close()
  })
})

describe.runIf(testDatabaseKinds().includes('postgres'))('Postgres migrations', () => {
  it('are idempotent and safe when several servers start at once', async () => {
    const first = await openTestDatabase('postgres')
    try {
      // Three more opens of the same schema, concurrently: the advisory lock serialises them, and each
      // finds nothing left to migrate.
      const url = testPostgresUrl()
      if (url === undefined) throw new Error('unreachable: suite runs only with Postgres')
      const current = await first.db.execute<{ schema: string }>(sql`select current_schema() as schema`)
      const schemaName = current.rows[0]?.schema ?? ''
      expect(schemaName).toMatch(/^test_/)
      const others = await Promise.all([1, 2, 3].map(() => openPostgres({ url, schemaName, maxConnections: 1 })))
      await Promise.all(others.map((other) => other.close()))
      const applied = await first.db.execute(
        sql.raw(`select count(*)::int as n from "${schemaName}"."__drizzle_migrations"`),
      )
      const journal = JSON.parse(await readFile(join(migrationsFolder, 'meta/_journal.json'), 'utf8'))
      expect(applied.rows[0]).toEqual({ n: journal.entries.length })
    } finally {
      await first.close()
    }
  })
})
