import { type ErrorCode, errorBody, errorCatalog } from '@blockgov/protocol'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'

export interface ErrorHandlingOptions {
  /** Gets the first say on unmatched requests (the SPA answers client-side routes); `false` means JSON 404. */
  readonly notFound?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | false
  /** Runs before the not-found handler (rate limiting). */
  readonly notFoundPreHandler?: preHandlerAsyncHookHandler
}

/** Fastify's own error codes that are the client's fault, mapped to ours. */
const fastifyCodes: Partial<Record<string, ErrorCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
}

/** An error a route throws on purpose, carrying one of the stable codes. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly details: unknown

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? errorCatalog[code].message)
    this.code = code
    this.details = details
  }
}

/**
 * Installs the one error handler and the not-found handler: every error leaves as `{ code, message }` with a
 * stable code; 5xx bodies never carry internal messages (they are logged instead).
 */
export function installErrorHandling(app: FastifyInstance, options: ErrorHandlingOptions = {}): void {
  app.setNotFoundHandler({ preHandler: options.notFoundPreHandler }, (request, reply) => {
    if (options.notFound?.(request, reply)) return
    reply.code(404).send(errorBody('ROUTE_NOT_FOUND', `There is no route ${request.method} ${request.url}.`))
  })

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) {
      return reply.code(errorCatalog[error.code].status).send(errorBody(error.code, error.message, error.details))
    }
    if (error.validation) {
      const issues = error.validation.map((issue) => ({
        path: issue.instancePath || '/',
        message: issue.message ?? 'invalid',
      }))
      return reply
        .code(400)
        .send(errorBody('VALIDATION_FAILED', `Invalid request ${error.validationContext ?? 'input'}.`, { issues }))
    }
    const mapped = error.code === undefined ? undefined : fastifyCodes[error.code]
    if (mapped !== undefined) return reply.code(errorCatalog[mapped].status).send(errorBody(mapped))
    if (error.statusCode === 429) return reply.code(429).send(errorBody('RATE_LIMITED', error.message))
    request.log.error({ err: error }, 'unhandled error')
    return reply.code(500).send(errorBody('INTERNAL'))
  })
}
