import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { appMeta, openDatabase } from '@blockgov/db'
import { testPostgresUrl } from '@blockgov/db/testing'
import { HealthResponse, type ReadyCheck, ReadyResponse } from '@blockgov/protocol'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { blockgovBin, childEnv, startBlockgov } from './test-process.ts'

const run = promisify(execFile)

const dirs: string[] = []
async function tempDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'blockgov-cli-'))
  dirs.push(dir)
  return dir
}
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))))

/** The DNS check of /api/ready once the gateway's zone is built (it fills in the background after start). */
async function readyDns(url: string): Promise<ReadyCheck | undefined> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const ready = ReadyResponse.parse(await (await fetch(`${url}/api/ready`)).json())
    if (ready.ready) return ready.checks.dns
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return ReadyResponse.parse(await (await fetch(`${url}/api/ready`)).json()).checks.dns
}

describe('blockgov --help', () => {
  it('lists the commands', async () => {
    const { stdout } = await run(process.execPath, [blockgovBin, '--help'])
    for (const command of ['start', 'build', 'migrate']) expect(stdout).toMatch(new RegExp(`\\n\\s+${command}\\b`))
  })
})

describe('blockgov start', () => {
  it('exits with status 78 and names the variable, value and allowed values on bad config', async () => {
    const attempt = run(process.execPath, [blockgovBin, 'start'], {
      env: childEnv({ PORT: 'eighty', LOG_LEVEL: 'loud' }),
    })
    const error = await attempt.then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    )
    expect(error?.code).toBe(78)
    expect(error?.stderr).toContain('PORT="eighty" is invalid: expected an integer from 0 to 65535.')
    expect(error?.stderr).toContain('LOG_LEVEL="loud" is invalid')
  })

  it('serves the app and the demo names over DNS, prints where, stops cleanly on Ctrl-C and reuses its data', async () => {
    const dataDir = await tempDataDir()
    const first = await startBlockgov({ DATA_DIR: dataDir })
    const health = HealthResponse.parse(await (await fetch(`${first.url}/api/health`)).json())
    expect(health).toMatchObject({ status: 'ok', database: 'pglite' })
    const page = await fetch(`${first.url}/`)
    expect(page.headers.get('content-type')).toContain('text/html')
    // One line each for the embedded chain, the DNS gateway and the mailing lists, one with the URL.
    const lines = first.stdout().trim().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[2]).toMatch(
      /^blockgov lists: lists\.blockgov\.alt, out via built-in outbox \(no SMTP_URL\), inbound SMTP on 127\.0\.0\.1:\d+$/,
    )
    expect(lines.at(-1)).toContain(first.url)
    const dnsPort = /udp\+tcp 127\.0\.0\.1:(\d+) \(batched UDP\)/.exec(lines[1] ?? '')?.[1]
    expect(dnsPort, lines[1]).toBeDefined()
    // The README's command, against the seeded demo name.
    const { stdout: answer } = await run('dig', [
      '@127.0.0.1',
      '-p',
      String(dnsPort),
      '+short',
      'example.blockgov.alt',
      'A',
    ])
    expect(answer.trim()).toBe('192.0.2.10')
    expect(await readyDns(first.url)).toMatchObject({ ok: true, stale: false })
    const metrics = await (await fetch(`${first.url}/metrics`)).text()
    expect(metrics).toMatch(/^blockgov_dns_/m)
    expect(metrics).toContain('blockgov_dns_udp_io_info{io="batched"} 1')
    first.child.kill('SIGINT')
    expect(await first.exited).toBe(0)

    // Between runs, leave a mark in the database; the next start must keep it.
    const database = await openDatabase({ kind: 'pglite', dataDir })
    await database.db.insert(appMeta).values({ key: 'left-between-runs', value: true })
    await database.close()

    const second = await startBlockgov({ DATA_DIR: dataDir })
    second.child.kill('SIGTERM')
    expect(await second.exited).toBe(0)
    const reopened = await openDatabase({ kind: 'pglite', dataDir })
    const rows = await reopened.db.select({ key: appMeta.key }).from(appMeta)
    await reopened.close()
    expect(rows).toEqual([{ key: 'left-between-runs' }])
  }, 180_000)

  it.runIf(testPostgresUrl() !== undefined)('uses Postgres when DATABASE_URL is set', async () => {
    const base = testPostgresUrl() ?? ''
    const schema = `cli_${process.pid}_${Date.now()}`
    const admin = new pg.Client({ connectionString: base })
    await admin.connect()
    await admin.query(`create schema "${schema}"`)
    try {
      const url = new URL(base)
      url.searchParams.set('options', `-c search_path=${schema}`)
      await run(process.execPath, [blockgovBin, 'migrate'], { env: childEnv({ DATABASE_URL: url.href }) })
      await run(process.execPath, [blockgovBin, 'migrate'], { env: childEnv({ DATABASE_URL: url.href }) }) // idempotent
      const started = await startBlockgov({ DATABASE_URL: url.href })
      const health = HealthResponse.parse(await (await fetch(`${started.url}/api/health`)).json())
      expect(health.database).toBe('postgres')
      started.child.kill('SIGINT')
      expect(await started.exited).toBe(0)
      const tables = await admin.query('select table_name from information_schema.tables where table_schema = $1', [
        schema,
      ])
      // Everything, the migrations journal included, lives in the schema named by DATABASE_URL.
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['__drizzle_migrations', 'app_meta', 'session_events', 'sprint_sessions']),
      )
    } finally {
      await admin.query(`drop schema "${schema}" cascade`)
      await admin.end()
    }
  })
})
