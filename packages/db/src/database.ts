import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type * as schema from './schema.ts'

/** The typed Drizzle API, identical on PGlite and Postgres. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>

/** An open database: the typed API plus the lifecycle the process owns. */
export interface Database {
  readonly kind: 'pglite' | 'postgres'
  readonly db: Db
  /** Resolves when a trivial query succeeds; rejects otherwise. */
  ping(): Promise<void>
  /** Waits for running queries, flushes (PGlite) and releases connections. Idempotent. */
  close(): Promise<void>
}
