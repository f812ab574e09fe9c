import type { Database } from '@blockgov/db'
import type { FollowerStatus } from '@blockgov/names'
import { ErrorBody, HealthResponse, PROTOCOL_VERSION, type ReadyCheck, ReadyResponse } from '@blockgov/protocol'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'

export interface HealthRoutesOptions {
  readonly database: Database
  readonly version: string
  /** Milliseconds since the process started; injected so tests need no clock. */
  readonly uptimeMs: () => number
  /** The DNS gateway's chain follower, when the server runs one. */
  readonly dnsStatus?: () => FollowerStatus
}

/** How long readiness waits for the database before calling it unreachable. */
const READY_TIMEOUT_MS = 2_000

/** Liveness and readiness probes. */
export const healthRoutes: FastifyPluginAsyncZod<HealthRoutesOptions> = async (app, options) => {
  app.get(
    '/health',
    {
      config: { rateLimit: false },
      schema: { summary: 'Liveness: the process is up', tags: ['operations'], response: { 200: HealthResponse } },
    },
    async () => ({
      status: 'ok' as const,
      version: options.version,
      protocolVersion: PROTOCOL_VERSION,
      database: options.database.kind,
      uptimeSeconds: Math.round(options.uptimeMs() / 1000),
    }),
  )

  app.get(
    '/ready',
    {
      config: { rateLimit: false },
      schema: {
        summary: 'Readiness: the database answers',
        tags: ['operations'],
        response: { 200: ReadyResponse, 503: ReadyResponse, 500: ErrorBody },
      },
    },
    async (_request, reply) => {
      const started = performance.now()
      const ok = await withTimeout(options.database.ping(), READY_TIMEOUT_MS).then(
        () => true,
        () => false,
      )
      const database = ok ? { ok, latencyMs: Math.round(performance.now() - started) } : { ok }
      const dns = options.dnsStatus === undefined ? undefined : dnsCheck(options.dnsStatus())
      const ready = ok && (dns?.ok ?? true)
      return reply.code(ready ? 200 : 503).send({ ready, checks: { database, ...(dns === undefined ? {} : { dns }) } })
    },
  )
}

function dnsCheck(status: FollowerStatus): ReadyCheck {
  const facts = { stale: status.stale, syncedBlock: status.syncedBlock, lagSeconds: status.lagSeconds }
  if (status.stale) {
    return { ok: false, ...facts, message: `chain unreachable, serving the last known zone: ${status.lastError}` }
  }
  if (!status.ready) return { ok: false, ...facts, message: 'building the zone from chain state' }
  return { ok: true, ...facts }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
