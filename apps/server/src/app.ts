import type { Config } from '@blockgov/config'
import type { Database } from '@blockgov/db'
import { dohRoutes } from '@blockgov/dns'
import type { GroupsService } from '@blockgov/groups'
import { CloseCode } from '@blockgov/protocol'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from '@fastify/type-provider-zod'
import websocket from '@fastify/websocket'
import Fastify, { type FastifyInstance } from 'fastify'
import type { DnsGatewayView } from './names/dns-gateway.ts'
import type { NamesBackend } from './names/names-chain.ts'
import { installErrorHandling } from './plugins/errors.ts'
import { openApiRoute, registerOpenApi } from './plugins/openapi.ts'
import { registerSecurity } from './plugins/security.ts'
import { registerSpa, sendShell, wantsShell } from './plugins/spa.ts'
import { assessRoutes } from './routes/assess.ts'
import { authRoutes } from './routes/auth.ts'
import { cspReportRoutes } from './routes/csp-reports.ts'
import { evaluationRoutes } from './routes/evaluation.ts'
import { exploreRoutes } from './routes/explore.ts'
import { groupsRoutes } from './routes/groups.ts'
import { healthRoutes } from './routes/health.ts'
import { learnRoutes } from './routes/learn.ts'
import { namesRoutes } from './routes/names.ts'
import { privacyRoutes } from './routes/privacy.ts'
import { reportRoutes } from './routes/report.ts'
import { sessionRoutes } from './routes/sessions.ts'
import { socketRoute } from './routes/socket.ts'
import { createChannel } from './sprint/channel.ts'
import { GroupSolver } from './sprint/group-solver.ts'
import { organiserOf } from './sprint/identity.ts'
import { SessionHub } from './sprint/session-hub.ts'

/** Everything the HTTP app needs; the process (CLI or tests) creates these and owns their lifecycle. */
export interface AppDeps {
  readonly config: Pick<Config, 'server' | 'log'>
  readonly database: Database
  readonly version: string
  /** Folder of the built SPA; omitted, only the API is served. */
  readonly webRoot?: string
  /** Milliseconds since start, for /api/health; defaults to process uptime. */
  readonly uptimeMs?: () => number
  /** The clock of sessions and sign-ins; tests may pin it. */
  readonly now?: () => Date
  /** The name system's chain (or why there is none); omitted, the Names API answers NAMES_OFF. */
  readonly names?: NamesBackend
  /** The DNS gateway running beside the chain: serves DNS over HTTPS at /dns-query and /metrics, and joins /api/ready. */
  readonly dns?: DnsGatewayView
  /** The working groups and their mailing lists; omitted, the Groups API is not served. */
  readonly groups?: GroupsService
  /**
   * Start the group solver's worker now rather than at the first `groups.form`. Loading it takes seconds on a
   * busy machine; a long-running server should pay that at start, tests that never form groups need not.
   */
  readonly warmGroupSolver?: boolean
}

/** Largest WebSocket frame a client may send; protocol messages are small, so anything bigger is abuse. */
const MAX_SOCKET_FRAME_BYTES = 64 * 1024

/**
 * Builds the Fastify app without listening, so tests can drive it with `app.inject()` and the CLI can
 * `listen()` it. Closing the app does not close the database: whoever opened it closes it.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { server, log } = deps.config
  const app = Fastify({
    bodyLimit: server.bodyLimitBytes,
    trustProxy: server.trustProxy,
    logger: {
      level: log.level,
      // No personal data in logs: no client addresses, no query strings (they can carry join codes).
      serializers: {
        req: (request: { method: string; url: string }) => ({
          method: request.method,
          path: request.url.split('?')[0],
        }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      },
    },
    // Let in-flight requests finish on close, then drop idle keep-alive connections.
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>()

  // Responses sent once closing has started end their connection. Otherwise a keep-alive connection busy
  // when close() began would hold it open until its idle timeout: 'idle' above only cuts those idle then.
  let closing = false
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close')
  })

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  // The API speaks JSON only; without Fastify's default text/plain parser, other bodies get 415.
  app.removeContentTypeParser('text/plain')

  await registerSecurity(app, { rateLimitPerMinute: server.rateLimitPerMinute })
  const serveSpa = deps.webRoot !== undefined
  installErrorHandling(app, {
    // Unmatched URLs count against the rate limit too, so scanning for routes is throttled like any request.
    notFoundPreHandler: app.rateLimit(),
    notFound: (request, reply) => serveSpa && wantsShell(request) && sendShell(reply),
  })
  await registerOpenApi(app, deps.version)
  await app.register(websocket, { options: { maxPayload: MAX_SOCKET_FRAME_BYTES }, preClose: closeSockets })

  const uptimeMs = deps.uptimeMs ?? (() => process.uptime() * 1000)
  const now = deps.now ?? (() => new Date())
  const { database } = deps
  const solver = new GroupSolver()
  if (deps.warmGroupSolver === true) solver.warmUp()
  app.addHook('onClose', () => solver.close())
  const hub = new SessionHub(database.db, now, (input) => solver.solve(input))
  // Other instances on the same Postgres append too: follow them, so subscribers here see their events.
  const stopFollowing = await database.subscribeToAppends({
    onAppend: ({ sessionId, seq }) => {
      hub.refresh(sessionId, seq).catch((error: unknown) => app.log.error({ err: error }, 'refresh failed'))
    },
    onResync: () => {
      hub.refreshAll().catch((error: unknown) => app.log.error({ err: error }, 'resync failed'))
    },
  })
  app.addHook('onClose', () => stopFollowing())
  await app.register(
    async (api) => {
      await api.register(healthRoutes, {
        database,
        version: deps.version,
        uptimeMs,
        ...(deps.dns === undefined ? {} : { dnsStatus: deps.dns.status }),
      })
      await api.register(cspReportRoutes)
      await api.register(authRoutes, { database, now })
      await api.register(sessionRoutes, { database, hub, now })
      await api.register(evaluationRoutes, { database, hub, now })
      await api.register(privacyRoutes, { database, hub, now })
      await api.register(exploreRoutes, { database, now })
      await api.register(reportRoutes, { database, hub, now })
      await api.register(assessRoutes, { database, now })
      await api.register(learnRoutes)
      await api.register(namesRoutes, deps.names === undefined ? {} : { backend: deps.names })
      if (deps.groups !== undefined) await api.register(groupsRoutes, { database, groups: deps.groups, hub, now })
      await api.register(socketRoute, {
        heartbeatMs: server.wsHeartbeatMs,
        openChannel: async (request, send, sendFrame) => {
          const organiser = await organiserOf(database.db, request.headers.cookie, now())
          const actor = organiser === undefined ? undefined : ({ kind: 'organiser', accountId: organiser.id } as const)
          return createChannel(hub, database.db, actor, send, sendFrame)
        },
      })
      await api.register(openApiRoute)
    },
    { prefix: '/api' },
  )
  if (deps.dns !== undefined) await registerDns(app, deps.dns)
  if (deps.webRoot !== undefined) await registerSpa(app, deps.webRoot)
  return app
}

/**
 * DNS over HTTPS at the conventional /dns-query (RFC 8484 §6 leaves the path free; resolvers are configured with
 * the full URL) and the gateway's Prometheus metrics at /metrics, both outside /api as their clients expect.
 */
async function registerDns(app: FastifyInstance, dns: DnsGatewayView): Promise<void> {
  await app.register(dohRoutes, { handler: dns.handler })
  app.get('/metrics', { config: { rateLimit: false } }, async (_request, reply) =>
    reply.header('content-type', 'text/plain; version=0.0.4; charset=utf-8').send(dns.metricsText()),
  )
}

/** How long closing sockets get to finish the close handshake on shutdown before they are cut. */
const SOCKET_CLOSE_GRACE_MS = 2_000

/**
 * On shutdown, tells every client the server is going away (1001), so it reconnects (to another instance
 * or to this one restarted) and resumes from its seq; the plugin's default would close without a code.
 */
async function closeSockets(this: FastifyInstance): Promise<void> {
  const clients = [...this.websocketServer.clients]
  const closed = clients.map((client) => new Promise<void>((resolve) => client.once('close', () => resolve())))
  for (const client of clients) client.close(CloseCode.GOING_AWAY, 'server shutting down')
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    Promise.all(closed),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, SOCKET_CLOSE_GRACE_MS)
    }),
  ])
  clearTimeout(timer)
  for (const client of clients) if (client.readyState !== client.CLOSED) client.terminate()
  this.websocketServer.close()
}
