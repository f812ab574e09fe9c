import { drizzle } from 'drizzle-orm/node-postgres'
import { migrate } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import { listenForAppends, type StopListening } from './append-notifier.ts'
import type { Database } from './database.ts'
import { migrationsFolder } from './migrations.ts'
import * as schema from './schema.ts'

export interface PostgresOptions {
  readonly url: string
  /** Schema to create and use for every table (tests isolate themselves this way); default `public`. */
  readonly schemaName?: string
  readonly maxConnections?: number
}

// Any fixed 64-bit number works; it only has to be the same in every blockgov process.
const MIGRATION_LOCK_ID = 7_301_924_557_118n

/**
 * Connects to Postgres and brings the schema up to date. Concurrent starts are safe: migrations run under
 * an advisory lock, so a second server instance waits and then finds nothing left to do.
 */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const schemaName = options.schemaName
  const connectionOptions = schemaName === undefined ? undefined : `-c search_path=${quoteIdent(schemaName)}`
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    options: connectionOptions,
  })
  try {
    const client = await pool.connect()
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID])
      if (schemaName !== undefined) await client.query(`create schema if not exists ${quoteIdent(schemaName)}`)
      // Everything, the migrations journal included, lives in the connection's current schema, so several
      // installations can share one database by giving each a search_path in DATABASE_URL.
      const current = await client.query<{ schema: string | null }>('select current_schema() as schema')
      const migrationsSchema = current.rows[0]?.schema
      if (!migrationsSchema)
        throw new Error('The search_path of DATABASE_URL names no existing schema; create it first.')
      await migrate(drizzle({ client }), { migrationsFolder, migrationsSchema })
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {})
      client.release()
    }
  } catch (error) {
    await pool.end()
    throw error
  }
  let closed: Promise<void> | undefined
  const listeners = new Set<StopListening>()
  return {
    kind: 'postgres',
    db: drizzle({ client: pool, schema }),
    async ping() {
      await pool.query('select 1')
    },
    async subscribeToAppends(subscriber) {
      const stopListening = await listenForAppends({ url: options.url, connectionOptions, subscriber })
      const stop = async () => {
        listeners.delete(stop)
        await stopListening()
      }
      listeners.add(stop)
      return stop
    },
    close() {
      closed ??= Promise.all([...listeners].map((stop) => stop())).then(() => pool.end())
      return closed
    },
  }
}

/** Quotes an SQL identifier; names here come from code, but quoting keeps that an assumption not a risk. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
