import pg from 'pg'

/**
 * The NOTIFY channel appends are announced on. One channel for every schema: the payload names the schema,
 * so installations (and test schemas) sharing a database ignore each other's appends.
 */
export const APPENDS_CHANNEL = 'blockgov_events'

/** What an append announces once it has committed. */
export interface AppendNotice {
  readonly sessionId: string
  /** Seq of the last event the append wrote. */
  readonly seq: number
}

/** Told about appends committed by any process on the same database (this one included). */
export interface AppendSubscriber {
  onAppend(notice: AppendNotice): void
  /**
   * Notices may have been missed (the listening connection dropped and is back): re-read whatever the
   * subscriber holds.
   */
  onResync(): void
}

/** Stops a subscription; resolves once its connection is closed. Idempotent. */
export type StopListening = () => Promise<void>

export interface ListenOptions {
  readonly url: string
  /** Connection `options` (e.g. `-c search_path=…`), the same as the pool's, so both see one schema. */
  readonly connectionOptions?: string
  readonly subscriber: AppendSubscriber
  /** First reconnect delay; doubles per failed attempt up to `maxRetryMs`. */
  readonly minRetryMs?: number
  readonly maxRetryMs?: number
}

interface NoticePayload {
  readonly schema: string
  readonly sessionId: string
  readonly seq: number
}

/**
 * Listens for append notices on a dedicated connection (a pooled one cannot LISTEN: it is shared and
 * recycled). If the connection drops it reconnects with backoff, then asks the subscriber to resync, since
 * notices sent meanwhile are lost. Resolves once the first LISTEN is in place.
 */
export async function listenForAppends(options: ListenOptions): Promise<StopListening> {
  const { url, connectionOptions, subscriber } = options
  const minRetryMs = options.minRetryMs ?? 100
  const maxRetryMs = options.maxRetryMs ?? 5_000
  let client: pg.Client | undefined
  let retryTimer: NodeJS.Timeout | undefined
  let connecting: Promise<void> | undefined
  let failures = 0
  let stopped = false

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: url, options: connectionOptions })
    // A dropped connection emits 'error' and then 'end'; 'end' drives the reconnect.
    next.on('error', () => {})
    try {
      await next.connect()
      const current = await next.query<{ schema: string | null }>('select current_schema() as schema')
      const schema = current.rows[0]?.schema ?? null
      next.on('notification', (message) => {
        if (message.channel !== APPENDS_CHANNEL || message.payload === undefined) return
        const notice = parseNotice(message.payload)
        if (notice !== null && notice.schema === schema) {
          subscriber.onAppend({ sessionId: notice.sessionId, seq: notice.seq })
        }
      })
      await next.query(`listen ${APPENDS_CHANNEL}`)
    } catch (error) {
      await next.end().catch(() => {})
      throw error
    }
    if (stopped) {
      await next.end().catch(() => {})
      return
    }
    next.on('end', () => {
      if (client === next) client = undefined
      if (!stopped) scheduleReconnect()
    })
    client = next
  }

  function scheduleReconnect(): void {
    const delay = Math.min(maxRetryMs, minRetryMs * 2 ** failures)
    retryTimer = setTimeout(
      () => {
        retryTimer = undefined
        connecting = connect()
        connecting.then(
          () => {
            failures = 0
            if (!stopped) subscriber.onResync()
          },
          () => {
            failures++
            if (!stopped) scheduleReconnect()
          },
        )
      },
      delay * (0.5 + Math.random() / 2),
    ) // jitter, so a restarted Postgres is not hit by every instance at once
  }

  await connect()
  let done: Promise<void> | undefined
  return () => {
    done ??= (async () => {
      stopped = true
      clearTimeout(retryTimer)
      await connecting?.catch(() => {}) // a reconnect in flight sees `stopped` and closes its own client
      await client?.end().catch(() => {})
    })()
    return done
  }
}

function parseNotice(payload: string): NoticePayload | null {
  try {
    const value: unknown = JSON.parse(payload)
    if (typeof value !== 'object' || value === null) return null
    const { schema, sessionId, seq } = value as Record<string, unknown>
    if (typeof schema !== 'string' || typeof sessionId !== 'string' || typeof seq !== 'number') return null
    return { schema, sessionId, seq }
  } catch {
    return null
  }
}
