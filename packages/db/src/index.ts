/**
 * @packageDocumentation
 * Storage for blockgov: the Drizzle schema, committed migrations, and one `openDatabase(config)` giving the
 * same typed API on embedded PGlite and on Postgres. Test helpers live in the `./testing` entry point.
 */
export type { Database, Db } from './database.ts'
export { DataDirLockedError } from './dir-lock.ts'
export { openDatabase } from './open.ts'
export { appMeta } from './schema.ts'
