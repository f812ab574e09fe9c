import { randomUUID } from 'node:crypto'
import { igfDesignSprint } from '@blockgov/sprint'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertOrganiser } from './accounts.ts'
import { type AppendNotice, listenForAppends } from './append-notifier.ts'
import type { Database } from './database.ts'
import { EventStore } from './event-store.ts'
import { quoteIdent } from './postgres.ts'
import { insertSprintSession } from './sessions.ts'
import { openTestDatabase, testDatabaseKinds, testPostgresUrl } from './testing.ts'

const at = new Date('2019-11-27T10:00:00Z')

/** A session with its `sessionCreated` event at seq 1. */
async function newSession(database: Database): Promise<string> {
  const organiserId = randomUUID()
  await insertOrganiser(database.db, {
    id: organiserId,
    email: `${organiserId}@example.org`,
    displayName: 'Org',
    passwordHash: 'x',
  })
  const id = randomUUID()
  const created = {
    type: 'sessionCreated',
    title: 'Notices',
    code: randomUUID().slice(0, 6).toUpperCase().replaceAll('-', 'X'),
    templateId: igfDesignSprint.id,
    agenda: igfDesignSprint.agenda,
    criteria: [],
    organiserId,
  } as const
  await insertSprintSession(database.db, { id, organiserId, title: created.title, created, at })
  return id
}

async function appendOne(database: Database, sessionId: string, expectedSeq: number): Promise<void> {
  const result = await new EventStore(database.db).append({
    sessionId,
    expectedSeq,
    commandId: randomUUID(),
    actor: null,
    events: [{ type: 'handLowered', participantId: randomUUID() }],
    at,
  })
  expect(result.ok).toBe(true)
}

async function currentSchema(database: Database): Promise<string> {
  const result = await database.db.execute<{ schema: string }>('select current_schema() as schema')
  const schema = result.rows[0]?.schema
  if (schema === undefined) throw new Error('no schema')
  return schema
}

/** Resolves with the first notice `accept` takes, or rejects after `ms`. */
function collector() {
  const notices: AppendNotice[] = []
  let resyncs = 0
  const waiters: (() => void)[] = []
  const wake = () => {
    for (const w of waiters.splice(0)) w()
  }
  const until = async (done: () => boolean, ms = 5_000) => {
    const deadline = Date.now() + ms
    while (!done()) {
      if (Date.now() > deadline) throw new Error('timed out')
      await new Promise<void>((resolve) => {
        waiters.push(resolve)
        setTimeout(resolve, 50)
      })
    }
  }
  return {
    notices,
    resyncs: () => resyncs,
    until,
    subscriber: {
      onAppend(notice: AppendNotice) {
        notices.push(notice)
        wake()
      },
      onResync() {
        resyncs++
        wake()
      },
    },
  }
}

describe.runIf(testDatabaseKinds().includes('postgres'))('append notices [postgres]', () => {
  let database: Database
  let other: Database
  beforeAll(async () => {
    database = await openTestDatabase('postgres')
    other = await openTestDatabase('postgres')
  }, 60_000)
  afterAll(async () => {
    await database?.close()
    await other?.close()
  }, 60_000)

  it('announces committed appends of its own schema only, with the last seq', async () => {
    const seen = collector()
    const stop = await database.subscribeToAppends(seen.subscriber)
    try {
      const mine = await newSession(database)
      const theirs = await newSession(other)
      await appendOne(other, theirs, 1)
      await appendOne(database, mine, 1)
      await seen.until(() => seen.notices.some((n) => n.seq === 2))
      expect(seen.notices).toEqual([{ sessionId: mine, seq: 2 }])
    } finally {
      await stop()
    }
  })

  it('announces nothing for an append that lost the race', async () => {
    const seen = collector()
    const stop = await database.subscribeToAppends(seen.subscriber)
    try {
      const sessionId = await newSession(database)
      await appendOne(database, sessionId, 1)
      const lost = await new EventStore(database.db).append({
        sessionId,
        expectedSeq: 1,
        commandId: randomUUID(),
        actor: null,
        events: [{ type: 'handLowered', participantId: randomUUID() }],
        at,
      })
      expect(lost).toEqual({ ok: false, reason: 'conflict' })
      await appendOne(database, sessionId, 2)
      await seen.until(() => seen.notices.some((n) => n.seq === 3))
      expect(seen.notices.map((n) => n.seq)).toEqual([2, 3])
    } finally {
      await stop()
    }
  })

  it('reconnects after its connection is killed, asks for a resync, and hears later appends', async () => {
    const url = testPostgresUrl() ?? ''
    const applicationName = `blockgov_test_${randomUUID().slice(0, 8)}`
    const schema = await currentSchema(database)
    const seen = collector()
    const stop = await listenForAppends({
      url,
      connectionOptions: `-c search_path=${quoteIdent(schema)} -c application_name=${applicationName}`,
      subscriber: seen.subscriber,
      minRetryMs: 20,
    })
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    try {
      const killed = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1',
        [applicationName],
      )
      expect(killed.rowCount).toBe(1)
      await seen.until(() => seen.resyncs() === 1)
      const sessionId = await newSession(database)
      await appendOne(database, sessionId, 1)
      await seen.until(() => seen.notices.length === 1)
      expect(seen.notices).toEqual([{ sessionId, seq: 2 }])
    } finally {
      await admin.end()
      await stop()
    }
    // Stopped means stopped: no connection is left behind.
    const check = new pg.Client({ connectionString: url })
    await check.connect()
    const left = await check.query('select 1 from pg_stat_activity where application_name = $1', [applicationName])
    await check.end()
    expect(left.rowCount).toBe(0)
  })
})
