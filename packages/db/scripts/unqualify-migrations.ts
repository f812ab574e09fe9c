// drizzle-kit writes foreign keys as REFERENCES "public"."table". blockgov keeps every table in the
// connection's current schema (so installations and test suites can each have their own), so the schema
// qualifier is removed from generated migrations. Run by `npm run db:generate`; migrations.test.ts checks it.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const folder = fileURLToPath(new URL('../migrations', import.meta.url))
for (const name of await readdir(folder)) {
  if (!name.endsWith('.sql')) continue
  const path = join(folder, name)
  const sql = await readFile(path, 'utf8')
  const unqualified = sql.replaceAll('"public".', '')
  if (unqualified !== sql) await writeFile(path, unqualified)
}
