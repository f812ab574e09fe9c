import { randomUUID } from 'node:crypto'
import { type Db, mailOutbox } from '@blockgov/db'
import { and, asc, desc, eq, inArray, lte, or, sql } from 'drizzle-orm'
import { createTransport, type Transporter } from 'nodemailer'
import { isPermanentSmtpFailure, nextAttemptAt } from './retry.ts'

/** A delivery to put in the queue: built bytes plus the envelope. */
export interface Delivery {
  readonly messageId: string
  readonly listId: string | null
  readonly kind: 'confirmation' | 'announcement' | 'post' | 'digest'
  readonly subject: string
  readonly envelopeFrom: string
  readonly recipient: string
  readonly raw: string
}

/** A row of the queue as the outbox view and the worker see it. */
export type OutboxRow = typeof mailOutbox.$inferSelect

/** How long a claimed delivery may stay unconfirmed before another worker assumes its sender died. */
export const CLAIM_LEASE_MS = 5 * 60_000

/**
 * Queues deliveries in the caller's transaction or on its own. With a relay they wait as `queued` for the worker;
 * without one they are `stored`: the built-in outbox is the destination. A delivery already queued (same
 * Message-ID and recipient) is not queued again, so a retried fan-out cannot double-send.
 */
export async function enqueue(
  db: Pick<Db, 'insert'>,
  deliveries: readonly Delivery[],
  relay: boolean,
  now: Date,
): Promise<void> {
  if (deliveries.length === 0) return
  await db
    .insert(mailOutbox)
    .values(
      deliveries.map((d) => ({
        id: randomUUID(),
        ...d,
        state: relay ? ('queued' as const) : ('stored' as const),
        nextAt: now,
        createdAt: now,
      })),
    )
    .onConflictDoNothing()
}

/**
 * Claims up to `limit` due deliveries in one transaction (`FOR UPDATE SKIP LOCKED`, so several server instances
 * never claim the same row): queued ones whose time has come, and ones claimed longer than the lease ago whose
 * sender never reported back (it crashed between sending and marking). Claiming counts an attempt.
 */
export async function claimDue(db: Db, now: Date, limit: number): Promise<OutboxRow[]> {
  const leaseExpired = new Date(now.getTime() - CLAIM_LEASE_MS)
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(
        or(
          and(eq(mailOutbox.state, 'queued'), lte(mailOutbox.nextAt, now)),
          and(eq(mailOutbox.state, 'sending'), lte(mailOutbox.claimedAt, leaseExpired)),
        ),
      )
      .orderBy(asc(mailOutbox.nextAt))
      .limit(limit)
      .for('update', { skipLocked: true })
    if (due.length === 0) return []
    return tx
      .update(mailOutbox)
      .set({ state: 'sending', claimedAt: now, attempts: sql`${mailOutbox.attempts} + 1` })
      .where(
        inArray(
          mailOutbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning()
  })
}

/** Records the outcome of one send attempt: sent, retried later with back-off, or given up. */
export async function recordAttempt(
  db: Db,
  row: OutboxRow,
  outcome: { readonly ok: true } | { readonly ok: false; readonly error: string; readonly responseCode?: number },
  now: Date,
): Promise<void> {
  if (outcome.ok) {
    await db.update(mailOutbox).set({ state: 'sent', sentAt: now, lastError: null }).where(eq(mailOutbox.id, row.id))
    return
  }
  const retryAt = isPermanentSmtpFailure(outcome.responseCode) ? null : nextAttemptAt(row.attempts, now)
  await db
    .update(mailOutbox)
    .set(
      retryAt === null
        ? { state: 'failed', lastError: outcome.error }
        : { state: 'queued', nextAt: retryAt, lastError: outcome.error },
    )
    .where(eq(mailOutbox.id, row.id))
}

/** Sends one claimed delivery through the relay, byte for byte as queued. */
export async function sendOne(transport: Transporter, row: OutboxRow) {
  try {
    await transport.sendMail({ envelope: { from: row.envelopeFrom, to: [row.recipient] }, raw: row.raw })
    return { ok: true } as const
  } catch (error) {
    const responseCode =
      typeof error === 'object' && error !== null && 'responseCode' in error && typeof error.responseCode === 'number'
        ? error.responseCode
        : undefined
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: message.slice(0, 500), ...(responseCode === undefined ? {} : { responseCode }) } as const
  }
}

/** The newest deliveries for the outbox view (organisers only: it shows recipients). */
export async function listOutbox(db: Db, limit: number): Promise<OutboxRow[]> {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt), asc(mailOutbox.recipient)).limit(limit)
}

export interface WorkerOptions {
  readonly db: Db
  readonly transport: Transporter
  readonly now: () => Date
  /** How often to look for due deliveries when nobody kicks the worker. */
  readonly pollMs: number
  readonly onError: (error: unknown) => void
}

/** The queue worker: polls, or runs at once when kicked after an enqueue. One batch at a time. */
export interface OutboxWorker {
  /** Runs a batch soon (coalesced with one already running). */
  kick(): void
  /** Runs batches until nothing is due; resolves when done (tests and shutdown use it). */
  drain(): Promise<void>
  /** Stops polling and waits for the batch in flight. */
  stop(): Promise<void>
}

const BATCH = 20

/** Starts the worker that moves queued deliveries to the relay. */
export function startOutboxWorker(options: WorkerOptions): OutboxWorker {
  const { db, transport, now } = options
  let running: Promise<void> | undefined
  let again = false
  let stopped = false

  async function batch(): Promise<number> {
    const rows = await claimDue(db, now(), BATCH)
    for (const row of rows) await recordAttempt(db, row, await sendOne(transport, row), now())
    return rows.length
  }

  function run(): Promise<void> {
    if (running !== undefined) {
      again = true
      return running
    }
    running = (async () => {
      try {
        do {
          again = false
          while (!stopped && (await batch()) === BATCH) {}
        } while (again && !stopped)
      } catch (error) {
        options.onError(error)
      } finally {
        running = undefined
      }
    })()
    return running
  }

  const timer = setInterval(() => void run(), options.pollMs)
  timer.unref()
  return {
    kick: () => void run(),
    async drain() {
      await run()
      while (running !== undefined) await running
    },
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}

/** A nodemailer transport for the relay at `smtpUrl` (smtp:// or smtps://, credentials in the URL). */
export function createRelayTransport(smtpUrl: string): Transporter {
  return createTransport(smtpUrl)
}
