/**
 * Child process: a real blockgov server (startServer + loadConfig) on 127.0.0.1, port 0, silent logs, with a fresh
 * PGlite in a temporary DATA_DIR — or, when DATABASE_URL is set, Postgres in a throw-away schema. The organiser is
 * inserted directly into the database before the server starts. Talks to the parent over IPC:
 *   → {type:'ready', url, email, password}   ← {type:'stats'} → {type:'stats', cpu, rss, wallMs}   ← {type:'stop'}
 */
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashPassword } from '@blockgov/auth'
import { loadConfig } from '@blockgov/config'
import { insertOrganiser, openDatabase } from '@blockgov/db'
import { startServer } from '@blockgov/server'
import pg from 'pg'

const email = 'bench-organiser@example.org'
const password = `bench-${randomUUID()}`
const databaseUrl = process.env.DATABASE_URL
let dataDir: string | undefined
let schema: string | undefined

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

const env: Record<string, string> = {
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'silent',
  RATE_LIMIT_PER_MINUTE: '1000000',
  // The workshop does not use the name system: no dev chain or DNS gateway competing for the cores.
  CHAIN_ENABLED: 'false',
  // Nor the mailing lists' inbound SMTP listener (and no fixed port to collide on).
  SMTP_INBOUND_ENABLED: 'false',
}
if (databaseUrl) {
  schema = `bench_${randomUUID().replaceAll('-', '')}`
  await adminQuery(`create schema ${schema}`)
  const url = new URL(databaseUrl)
  url.searchParams.set('options', `-c search_path=${schema}`)
  env.DATABASE_URL = url.toString()
} else {
  dataDir = await mkdtemp(join(tmpdir(), 'blockgov-bench-'))
  env.DATA_DIR = dataDir
}
const loaded = loadConfig(env)
if (!loaded.ok) throw new Error(`bench config: ${JSON.stringify(loaded.problems)}`)
const config = loaded.config

const t0 = performance.now()
const setupDb = await openDatabase(config.database)
await insertOrganiser(setupDb.db, {
  id: randomUUID(),
  email,
  displayName: 'Bench organiser',
  passwordHash: await hashPassword(password),
})
await setupDb.close()
const server = await startServer({ config, version: 'bench' })
const startMs = performance.now() - t0

async function cleanup(): Promise<void> {
  await server.stop().catch(() => {})
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
  if (schema) await adminQuery(`drop schema ${schema} cascade`)
}

process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    process.send?.({
      type: 'stats',
      cpu: process.cpuUsage(),
      rss: process.memoryUsage().rss,
      wallMs: performance.now(),
    })
  } else if (message.type === 'stop') {
    void cleanup().finally(() => process.exit(0))
  }
})
process.on('disconnect', () => void cleanup().finally(() => process.exit(0)))
process.send?.({
  type: 'ready',
  url: server.url,
  email,
  password,
  startMs,
  database: databaseUrl ? 'postgres' : 'pglite',
})
