import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashPassword } from '@blockgov/auth'
import { type Config, loadConfig } from '@blockgov/config'
import { insertOrganiser, openDatabase } from '@blockgov/db'
import { saveToDir, startCaptureRelay } from '@blockgov/groups/testing'
import { type RunningServer, startServer } from '@blockgov/server'
import { ensureWebBuild, webDist } from '@blockgov/web/build'
import pg from 'pg'
import { E2E_ORGANISER } from './organiser.ts'

function configFor(env: Record<string, string>): Config {
  const result = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DNS_PORT: '0',
    SMTP_INBOUND_PORT: '0',
    LOG_LEVEL: 'warn',
    ...env,
  })
  if (!result.ok) throw new Error(`invalid e2e configuration: ${JSON.stringify(result.problems)}`)
  return result.config
}

/** Starts a real server on a free loopback port, with the e2e organiser account in its fresh database. */
async function serve(config: Config): Promise<RunningServer> {
  const database = await openDatabase(config.database)
  try {
    await insertOrganiser(database.db, {
      id: randomUUID(),
      email: E2E_ORGANISER.email,
      displayName: E2E_ORGANISER.name,
      passwordHash: await hashPassword(E2E_ORGANISER.password),
    })
  } finally {
    await database.close()
  }
  return startServer({ config, version: '0.0.0-e2e', webRoot: webDist })
}

/**
 * Builds the web app if stale and starts the servers the browser tests use: always one on a fresh embedded
 * PGlite database with the embedded dev chain (anvil) for the Names area (BLOCKGOV_E2E_URL), and, when DATABASE_URL is set, one on Postgres in a throw-away schema
 * (BLOCKGOV_E2E_POSTGRES_URL). Workers inherit the environment set here.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  await ensureWebBuild()
  const cleanups: (() => Promise<void>)[] = []

  // The mailing lists send through a real local SMTP server that saves what it gets for the groups journey.
  const mailDir = await mkdtemp(join(tmpdir(), 'blockgov-e2e-mail-'))
  const relay = await startCaptureRelay(saveToDir(mailDir))
  process.env.BLOCKGOV_E2E_MAILDIR = mailDir

  const dataDir = await mkdtemp(join(tmpdir(), 'blockgov-e2e-'))
  const pglite = await serve(configFor({ DATA_DIR: dataDir, SMTP_URL: relay.url }))
  process.env.BLOCKGOV_E2E_URL = pglite.url
  if (pglite.smtpPort !== undefined) process.env.BLOCKGOV_E2E_SMTP_PORT = String(pglite.smtpPort)
  cleanups.push(
    () => pglite.stop(),
    () => rm(dataDir, { recursive: true, force: true }),
    // After the server: its queue worker may still be talking to the relay until it stops.
    () => relay.stop(),
    () => rm(mailDir, { recursive: true, force: true }),
  )

  const base = loadConfig(process.env)
  if (base.ok && base.config.database.kind === 'postgres') {
    const adminUrl = base.config.database.url
    const schema = `e2e_${randomUUID().replaceAll('-', '').slice(0, 12)}`
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    await admin.query(`create schema "${schema}"`)
    const url = new URL(adminUrl)
    url.searchParams.set('options', `-c search_path=${schema}`)
    // One dev chain is enough: the names journey runs on the PGlite server only.
    const postgres = await serve(configFor({ DATABASE_URL: url.href, CHAIN_ENABLED: 'false' }))
    process.env.BLOCKGOV_E2E_POSTGRES_URL = postgres.url
    cleanups.push(
      () => postgres.stop(),
      async () => {
        await admin.query(`drop schema "${schema}" cascade`)
        await admin.end()
      },
    )
  }

  return async () => {
    for (const cleanup of cleanups) await cleanup()
  }
}
