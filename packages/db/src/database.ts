import type { Assume } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type { AppendSubscriber, StopListening } from './append-notifier.ts'
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
  /**
   * Tells `subscriber` about appends committed by any process sharing this database, so several server
   * instances stay in step. On PGlite, which one process owns, there are no others: this does nothing.
   */
  subscribeToAppends(subscriber: AppendSubscriber): Promise<StopListening>
  /** Waits for running queries, flushes (PGlite) and releases connections (listeners too). Idempotent. */
  close(): Promise<void>
}
