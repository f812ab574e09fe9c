import { errorBody } from '@blockgov/protocol'
import helmet from '@fastify/helmet'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'

export interface SecurityOptions {
  readonly rateLimitPerMinute: number
}

/**
 * Security headers with a strict Content-Security-Policy (no inline scripts or styles, no third-party
 * origins) and per-address rate limiting. The SPA is built to need nothing more.
 */
export async function registerSecurity(app: FastifyInstance, options: SecurityOptions): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
        reportUri: ['/api/csp-reports'],
      },
    },
    // Same-origin app: no cross-origin embedding needed in either direction.
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false, // set by the TLS-terminating proxy, which knows whether HTTPS is in use
  })
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute,
    timeWindow: 60_000,
    // The built app's files are exempt: a page load fetches dozens of them (more in a workshop room behind one
    // NAT address), they are cheap, and hashed assets are cached for a year. @fastify/static marks its routes
    // with `config.file`.
    allowList: (request) => request.routeOptions.config !== undefined && 'file' in request.routeOptions.config,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...errorBody('RATE_LIMITED', `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s.`),
    }),
  })
}
