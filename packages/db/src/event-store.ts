import type { Actor, SessionEvent, StoredEvent } from '@blockgov/sprint'
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm'
import { APPENDS_CHANNEL } from './append-notifier.ts'
import type { Db } from './database.ts'
import { sqlState, UNIQUE_VIOLATION } from './pg-errors.ts'
import { sessionCommands, sessionEvents } from './schema.ts'

export interface AppendRequest {
  readonly sessionId: string
  /** Seq of the last event the decision was based on; the append fails if the log has moved past it. */
  readonly expectedSeq: number
  readonly commandId: string | null
  readonly actor: Actor | null
  readonly events: readonly SessionEvent[]
  readonly at: Date
}

export type AppendResult =
  | { readonly ok: true; readonly stored: readonly StoredEvent[]; readonly seq: number }
  /** Another writer appended first: reload and decide again. */
  | { readonly ok: false; readonly reason: 'conflict' }
  /** This command was applied before; `seq` is where the log stood after it. */
  | { readonly ok: false; readonly reason: 'duplicate'; readonly seq: number }

export interface Commit {
  readonly commandId: string | null
  readonly actor: Actor | null
  readonly events: readonly SessionEvent[]
}

export interface AppendManyRequest {
  readonly sessionId: string
  readonly expectedSeq: number
  readonly commits: readonly Commit[]
  readonly at: Date
}

export type AppendManyResult =
  /** `stored[i]` holds the events of `commits[i]`. */
  | { readonly ok: true; readonly stored: readonly (readonly StoredEvent[])[]; readonly seq: number }
  | { readonly ok: false; readonly reason: 'conflict' }

/**
 * The append-only session log. Appends are all-or-nothing: the events of one command, and the record that
 * the command ran, commit together or not at all.
 */
export class EventStore {
  readonly #db: Db

  constructor(db: Db) {
    this.#db = db
  }

  async append(request: AppendRequest): Promise<AppendResult> {
    const { sessionId, expectedSeq, commandId, actor, events, at } = request
    if (commandId !== null) {
      const seen = await this.commandSeq(sessionId, commandId)
      if (seen !== null) return { ok: false, reason: 'duplicate', seq: seen }
    }
    const result = await this.appendMany({ sessionId, expectedSeq, commits: [{ commandId, actor, events }], at })
    if (result.ok) return { ok: true, stored: result.stored.flat(), seq: result.seq }
    // Either the seq was taken (a concurrent writer) or the command id was (a concurrent retry).
    if (commandId !== null) {
      const seen = await this.commandSeq(sessionId, commandId)
      if (seen !== null) return { ok: false, reason: 'duplicate', seq: seen }
    }
    return result
  }

  /**
   * Appends the events of several commands, in order, in one transaction (group commit: one round of
   * locking, inserting and notifying for a whole batch). Command ids must be new; the caller checks them with
   * `commandSeqs` first. A conflict means another writer appended first or applied one of the commands.
   */
  async appendMany(request: AppendManyRequest): Promise<AppendManyResult> {
    const { sessionId, expectedSeq, commits, at } = request
    let seq = expectedSeq
    const stored: StoredEvent[][] = []
    const commandRows: { sessionId: string; commandId: string; seq: number }[] = []
    for (const { commandId, actor, events } of commits) {
      stored.push(events.map((event) => ({ seq: ++seq, at: at.getTime(), actor, commandId, event })))
      // A command that changed nothing is recorded too, so a retry of it is recognised.
      if (commandId !== null) commandRows.push({ sessionId, commandId, seq })
    }
    const rows = stored.flat()
    try {
      await this.#db.transaction(async (tx) => {
        await lockSession(tx, sessionId)
        if (rows.length > 0) {
          await tx.insert(sessionEvents).values(
            rows.map((s) => ({
              sessionId,
              seq: s.seq,
              type: s.event.type,
              payload: s.event,
              actor: s.actor,
              commandId: s.commandId,
              at,
            })),
          )
        }
        if (commandRows.length > 0) await tx.insert(sessionCommands).values(commandRows)
        // Delivered at commit and dropped on rollback, so listeners (other server instances) hear of committed
        // appends only. The schema lets installations sharing a database ignore each other.
        if (rows.length > 0) {
          await tx.execute(
            sql`select pg_notify(${APPENDS_CHANNEL}, json_build_object('schema', current_schema(), 'sessionId', ${sessionId}::text, 'seq', ${seq}::int)::text)`,
          )
        }
      })
    } catch (error) {
      if (sqlState(error) !== UNIQUE_VIOLATION) throw error
      return { ok: false, reason: 'conflict' }
    }
    return { ok: true, stored, seq }
  }

  /**
   * Runs `task` holding the session's write lock, with a store bound to that transaction; appends by other
   * writers (which take the same lock) wait until `task` ends. For a writer that lost an optimistic race:
   * deciding again under the lock cannot lose, so a busy session cannot starve it.
   */
  exclusively<T>(sessionId: string, task: (store: EventStore) => Promise<T>): Promise<T> {
    return this.#db.transaction(async (tx) => {
      await lockSession(tx, sessionId)
      return task(new EventStore(tx))
    })
  }

  /** Events after `sinceSeq`, in order. */
  async read(sessionId: string, sinceSeq = 0): Promise<StoredEvent[]> {
    const rows = await this.#db
      .select()
      .from(sessionEvents)
      .where(and(eq(sessionEvents.sessionId, sessionId), gt(sessionEvents.seq, sinceSeq)))
      .orderBy(asc(sessionEvents.seq))
    return rows.map((row) => ({
      seq: row.seq,
      at: row.at.getTime(),
      actor: row.actor as Actor | null,
      commandId: row.commandId,
      event: row.payload as SessionEvent,
    }))
  }

  /** Where the log stood after each of these commands, for those already applied. */
  async commandSeqs(sessionId: string, commandIds: readonly string[]): Promise<Map<string, number>> {
    if (commandIds.length === 0) return new Map()
    const rows = await this.#db
      .select({ commandId: sessionCommands.commandId, seq: sessionCommands.seq })
      .from(sessionCommands)
      .where(and(eq(sessionCommands.sessionId, sessionId), inArray(sessionCommands.commandId, [...commandIds])))
    return new Map(rows.map((row) => [row.commandId, row.seq]))
  }

  async commandSeq(sessionId: string, commandId: string): Promise<number | null> {
    const [row] = await this.#db
      .select({ seq: sessionCommands.seq })
      .from(sessionCommands)
      .where(and(eq(sessionCommands.sessionId, sessionId), eq(sessionCommands.commandId, commandId)))
    return row?.seq ?? null
  }
}

/** Takes the session's write lock until the end of the transaction (re-entrant on one connection). */
async function lockSession(tx: Db, sessionId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${sessionId}, 0))`)
}
