import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { testDatabaseKinds, testPostgresUrl } from '@blockgov/db/testing'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { blockgovBin, childEnv, type Started, startBlockgov as startShared } from './test-process.ts'

// A crash (SIGKILL, no chance to flush) must lose no acknowledged command: an ack means committed.

const EMAIL = 'durable@example.org'
const PASSWORD = 'a-long-password-123'

/**
 * The crash test sends many commands quickly from one address: lift the rate limit for it. The chain is off: a
 * SIGKILLed server cannot stop its anvil, and the test is about the session log.
 */
const unlimited = { RATE_LIMIT_PER_MINUTE: '100000', CHAIN_ENABLED: 'false' }

/** Runs a blockgov command to completion with `input` on stdin; rejects on a non-zero exit. */
function runBlockgov(args: string[], env: Record<string, string>, input: string): Promise<void> {
  const child = spawn(process.execPath, [blockgovBin, ...args], {
    env: childEnv({ ...unlimited, ...env }),
    stdio: ['pipe', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk) => {
    stderr += chunk
  })
  child.stdin?.end(input)
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`blockgov ${args[0]}: ${code}\n${stderr}`)))),
  )
}

/** `blockgov start` without the rate limit. */
function startBlockgov(env: Record<string, string>): Promise<Started> {
  return startShared({ ...unlimited, ...env })
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

interface Ack {
  readonly commandId: string
  readonly seq: number
}

const volunteer = { type: 'participant.volunteer', facilitator: true, rapporteur: false } as const

/** Where a run keeps its data: a PGlite folder, or a Postgres schema; `cleanup` removes it. */
async function storage(
  kind: 'pglite' | 'postgres',
): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'blockgov-durability-'))
    return { env: { DATA_DIR: dir }, cleanup: () => rm(dir, { recursive: true, force: true }) }
  }
  const base = testPostgresUrl() ?? ''
  const schema = `durability_${randomUUID().replaceAll('-', '').slice(0, 12)}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`create schema "${schema}"`)
  const url = new URL(base)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return {
    env: { DATABASE_URL: url.href },
    async cleanup() {
      await admin.query(`drop schema "${schema}" cascade`)
      await admin.end()
    },
  }
}

const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

describe.each(testDatabaseKinds())('blockgov killed with SIGKILL [%s]', (kind) => {
  it('keeps every acknowledged command exactly once and answers retries with the same seq', async () => {
    const { env, cleanup } = await storage(kind)
    cleanups.push(cleanup)
    // The organiser is created with the server stopped: PGlite belongs to one process at a time.
    await runBlockgov(['admin', 'create', '--email', EMAIL, '--name', 'Durable'], env, `${PASSWORD}\n`)

    const first = await startBlockgov(env)
    let running: Started | undefined = first
    try {
      const login = await postJson(`${first.url}/api/auth/login`, { email: EMAIL, password: PASSWORD })
      expect(login.ok).toBe(true)
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
      const created = await postJson(`${first.url}/api/sessions`, { title: 'Durability' }, { cookie })
      expect(created.status).toBe(201)
      const session = (await created.json()) as { id: string; code: string }
      const tokens: string[] = []
      for (const name of ['Ana', 'Ben', 'Caro', 'Dov']) {
        const joined = await postJson(`${first.url}/api/join`, {
          code: session.code,
          displayName: name,
          presence: 'online',
        })
        expect(joined.status).toBe(201)
        tokens.push(((await joined.json()) as { token: string }).token)
      }

      const send = (url: string, token: string, commandId: string) =>
        postJson(
          `${url}/api/sessions/${session.id}/commands`,
          { commandId, command: volunteer },
          { authorization: `Bearer ${token}` },
        )

      // Four clients send commands back to back; the server is killed mid-stream, after some acks.
      const acks: Ack[] = []
      const ackedBy = new Map<string, string>()
      let killed = false
      const KILL_AFTER = 40
      const client = async (token: string) => {
        while (!killed) {
          const commandId = randomUUID()
          try {
            const response = await send(first.url, token, commandId)
            if (response.status !== 200) throw new Error(`status ${response.status}`)
            const ack = (await response.json()) as Ack
            acks.push(ack)
            ackedBy.set(ack.commandId, token)
            if (acks.length >= KILL_AFTER && !killed) {
              killed = true
              first.child.kill('SIGKILL')
            }
          } catch (error) {
            if (!killed) throw error
          }
        }
      }
      await Promise.all(tokens.map(client))
      expect(await first.exited).toBe('SIGKILL')
      running = undefined
      expect(acks.length).toBeGreaterThanOrEqual(KILL_AFTER)

      // Same data; on PGlite the lock file of the killed process is taken over.
      const second = await startBlockgov(env)
      running = second
      const read = await fetch(`${second.url}/api/sessions/${session.id}/events`, { headers: { cookie } })
      expect(read.status).toBe(200)
      const { events } = (await read.json()) as { events: { seq: number; commandId: string | null }[] }
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1))
      for (const ack of acks) {
        const caused = events.filter((e) => e.commandId === ack.commandId)
        expect(caused.map((e) => e.seq)).toEqual([ack.seq])
      }

      // Idempotency survives the restart: the same command ids answer with the same seqs, appending nothing.
      for (const ack of acks) {
        const retried = await send(second.url, ackedBy.get(ack.commandId) ?? '', ack.commandId)
        expect(await retried.json()).toEqual(ack)
      }
      const after = await fetch(`${second.url}/api/sessions/${session.id}/events`, { headers: { cookie } })
      expect(((await after.json()) as { events: unknown[] }).events).toHaveLength(events.length)
    } finally {
      if (running !== undefined) {
        running.child.kill('SIGTERM')
        await running.exited
      }
    }
  }, 60_000)
})
