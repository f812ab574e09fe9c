import type { GroupsConfig } from '@blockgov/config'
import type { Db } from '@blockgov/db'
import {
  createRelayTransport,
  GroupsService,
  type InboundListener,
  type OutboxWorker,
  startInboundListener,
  startOutboxWorker,
} from '@blockgov/groups'
import type { Logger } from 'pino'

/** The mailing lists' moving parts in a running server. */
export interface MailRuntime {
  readonly service: GroupsService
  /** Sets the base of mailed links once the HTTP server knows its address (unless PUBLIC_URL fixed it). */
  setListeningUrl(url: string): void
  /** Starts the inbound listener, the queue worker (with a relay) and the daily digest run. */
  start(): Promise<void>
  /** Where mail goes in and out, in one line for people. */
  describe(): string
  /** The inbound listener's port, once started. */
  inboundPort(): number | undefined
  /** Stops taking mail in, lets the batch in flight finish, stops the digest timer. Idempotent. */
  stop(): Promise<void>
}

/** How often the queue worker looks for due retries when no new mail kicked it. */
const POLL_MS = 5_000
const DAY_MS = 24 * 60 * 60 * 1000

/** Wires the groups service to the configured relay (or the built-in outbox) and the inbound listener. */
export function createMailRuntime(config: GroupsConfig, db: Db, log: Logger, now: () => Date): MailRuntime {
  let listeningUrl = 'http://127.0.0.1'
  let worker: OutboxWorker | undefined
  let inbound: InboundListener | undefined
  let digestTimer: NodeJS.Timeout | undefined
  const service = new GroupsService({
    db,
    listDomain: config.listDomain,
    publicUrl: () => config.publicUrl ?? listeningUrl,
    relay: config.smtpUrl !== undefined,
    now,
    onQueued: () => worker?.kick(),
  })
  const onError = (error: unknown) => log.error({ err: error }, 'mailing lists')
  let stopped: Promise<void> | undefined
  return {
    service,
    setListeningUrl(url) {
      listeningUrl = url
    },
    async start() {
      if (config.smtpUrl !== undefined) {
        worker = startOutboxWorker({
          db,
          transport: createRelayTransport(config.smtpUrl),
          now,
          pollMs: POLL_MS,
          onError,
        })
        worker.kick() // mail queued before a restart goes out now
      }
      if (config.inbound.enabled) {
        inbound = await startInboundListener({
          host: config.inbound.host,
          port: config.inbound.port,
          maxMessageBytes: config.maxMessageBytes,
          service,
          onError,
        })
      }
      digestTimer = setInterval(() => {
        service.sendDigests().catch(onError)
      }, DAY_MS)
      digestTimer.unref()
    },
    describe() {
      const out = config.smtpUrl === undefined ? 'built-in outbox (no SMTP_URL)' : 'relay SMTP_URL'
      const into =
        inbound === undefined ? 'no inbound listener' : `inbound SMTP on ${config.inbound.host}:${inbound.port}`
      return `lists: ${config.listDomain}, out via ${out}, ${into}`
    },
    inboundPort: () => inbound?.port,
    stop() {
      stopped ??= (async () => {
        clearInterval(digestTimer)
        await inbound?.stop()
        await worker?.stop()
      })()
      return stopped
    },
  }
}
