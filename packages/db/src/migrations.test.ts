import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { migrationsFolder } from './migrations.ts'

const run = promisify(execFile)
const schemaPath = new URL('./schema.ts', import.meta.url).pathname

describe('committed migrations', () => {
  it('match the Drizzle schema (regenerate with `npm run db:generate -- --name <change>`)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'blockgov-migrations-'))
    try {
      const out = join(dir, 'migrations')
      await cp(migrationsFolder, out, { recursive: true })
      const before = await readdir(out)
      await run('npx', ['drizzle-kit', 'generate', '--dialect', 'postgresql', '--schema', schemaPath, '--out', out])
      expect(await readdir(out)).toEqual(before)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('migration SQL', () => {
  it('never names a schema, so tables land in the connection’s current schema', async () => {
    for (const name of (await readdir(migrationsFolder)).filter((n) => n.endsWith('.sql'))) {
      expect(await readFile(join(migrationsFolder, name), 'utf8'), name).not.toContain('"public".')
    }
  })
})
