import type { Assume } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type * as schema from './schema.ts'

/** What both drivers' raw query results share: the rows. Lets `db.execute<Row>()` be typed on either. */
export interface RowsQueryResultHKT extends PgQueryResultHKT {
  type: RowsResult<Assume<this['row'], Record<string, unknown>>>
}

interface RowsResult<Row> {
  rows: Row[]
}

/** The typed Drizzle API, identical on PGlite and Postgres. */
export type Db = PgDatabase<RowsQueryResultHKT, typeof schema>

/** An open database: the typed API plus the lifecycle the process owns. */
export interface Database {
  readonly kind: 'pglite' | 'postgres'
  readonly db: Db
  /** Resolves when a trivial query succeeds; rejects otherwise. */
  ping(): Promise<void>
  /** Waits for running queries, flushes (PGlite) and releases connections. Idempotent. */
  close(): Promise<void>
}
