import { randomUUID } from 'node:crypto'
import { igfDesignSprint, type SessionEvent } from '@blockgov/sprint'
import { expect, it } from 'vitest'
import { insertOrganiser } from './accounts.ts'
import { EventStore } from './event-store.ts'
import { findSprintSessionByCode, insertSprintSession } from './sessions.ts'
import { describeEachDatabase } from './testing.ts'

describeEachDatabase('EventStore', (database) => {
  const organiserId = randomUUID()
  const at = new Date('2019-11-27T10:00:00Z')

  async function newSession(code: string): Promise<string> {
    const { db } = database()
    await insertOrganiser(db, {
      id: organiserId,
      email: `${organiserId}@example.org`,
      displayName: 'Org',
      passwordHash: 'x',
    }).catch(() => false)
    const id = randomUUID()
    const created = {
      type: 'sessionCreated',
      title: 'Capacity building',
      code,
      templateId: igfDesignSprint.id,
      agenda: igfDesignSprint.agenda,
      criteria: [],
      organiserId,
    } as const
    expect(await insertSprintSession(db, { id, organiserId, title: created.title, created, at })).toBe(true)
    return id
  }

  const joined = (name: string): SessionEvent => ({
    type: 'participantJoined',
    participantId: randomUUID(),
    displayName: name,
    presence: 'room',
    via: 'code',
  })

  it('creates a session with its first event and finds it by code, case-insensitively', async () => {
    const id = await newSession('ABC234')
    expect((await findSprintSessionByCode(database().db, 'abc234'))?.id).toBe(id)
    const log = await new EventStore(database().db).read(id)
    expect(log.map((e) => [e.seq, e.event.type])).toEqual([[1, 'sessionCreated']])
  })

  it('refuses a join code that is already taken, leaving nothing behind', async () => {
    await newSession('DUP234')
    const { db } = database()
    const created = {
      type: 'sessionCreated',
      title: 't',
      code: 'DUP234',
      templateId: 'x',
      agenda: [],
      criteria: [],
      organiserId,
    } as const
    const id = randomUUID()
    expect(await insertSprintSession(db, { id, organiserId, title: 't', created, at })).toBe(false)
    expect(await new EventStore(db).read(id)).toEqual([])
  })

  it('appends in order and reads from any position', async () => {
    const id = await newSession('ORD234')
    const store = new EventStore(database().db)
    const first = await store.append({
      sessionId: id,
      expectedSeq: 1,
      commandId: 'c1',
      actor: null,
      events: [joined('Ana'), joined('Ben')],
      at,
    })
    expect(first).toMatchObject({ ok: true, seq: 3 })
    const since2 = await store.read(id, 2)
    expect(since2.map((e) => e.seq)).toEqual([3])
    expect(since2[0]?.event).toMatchObject({ type: 'participantJoined', displayName: 'Ben' })
    expect(since2[0]?.at).toBe(at.getTime())
  })

  it('rejects a stale expected seq as a conflict and writes nothing', async () => {
    const id = await newSession('CON234')
    const store = new EventStore(database().db)
    expect(
      (await store.append({ sessionId: id, expectedSeq: 1, commandId: 'a', actor: null, events: [joined('A')], at }))
        .ok,
    ).toBe(true)
    const stale = await store.append({
      sessionId: id,
      expectedSeq: 1,
      commandId: 'b',
      actor: null,
      events: [joined('B'), joined('C')],
      at,
    })
    expect(stale).toEqual({ ok: false, reason: 'conflict' })
    expect((await store.read(id)).length).toBe(2)
    expect(await store.commandSeq(id, 'b')).toBeNull()
  })

  it('answers a retried command with where the log stood after it, without appending again', async () => {
    const id = await newSession('IDM234')
    const store = new EventStore(database().db)
    await store.append({ sessionId: id, expectedSeq: 1, commandId: 'same', actor: null, events: [joined('A')], at })
    const retry = await store.append({
      sessionId: id,
      expectedSeq: 2,
      commandId: 'same',
      actor: null,
      events: [joined('A')],
      at,
    })
    expect(retry).toEqual({ ok: false, reason: 'duplicate', seq: 2 })
    expect((await store.read(id)).length).toBe(2)
  })

  it('lets exactly one of two concurrent writers win', async () => {
    const id = await newSession('RAC234')
    const store = new EventStore(database().db)
    const results = await Promise.all(
      ['x', 'y'].map((c) =>
        store.append({ sessionId: id, expectedSeq: 1, commandId: c, actor: null, events: [joined(c)], at }),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'conflict' }])
  })
})
