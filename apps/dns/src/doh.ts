import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import type { QueryHandler } from './query-handler.ts'
import { minimumTtl } from './wire.ts'

export interface DohRoutesOptions {
  readonly handler: QueryHandler
}

const MEDIA_TYPE = 'application/dns-message'
const MAX_MESSAGE = 65_535
const BASE64URL = /^[A-Za-z0-9_-]+$/

/** Error codes of the DoH endpoint, in the `{ code, message }` body of a 400 or 415. */
export const DohErrorCode = {
  BAD_REQUEST: 'DNS_BAD_REQUEST',
  UNSUPPORTED_MEDIA_TYPE: 'DNS_UNSUPPORTED_MEDIA_TYPE',
} as const

/**
 * DNS over HTTPS (RFC 8484): `GET /dns-query?dns=<base64url>` and `POST /dns-query` with an
 * `application/dns-message` body. Answers are never truncated, and Cache-Control carries the smallest TTL
 * (§5.1). Register it on the main server without a prefix so the path is the conventional `/dns-query`.
 *
 * @example
 * await app.register(dohRoutes, { handler: gateway.handler })
 */
export const dohRoutes: FastifyPluginAsync<DohRoutesOptions> = async (app, { handler }) => {
  app.addContentTypeParser(MEDIA_TYPE, { parseAs: 'buffer', bodyLimit: MAX_MESSAGE }, (_request, body, done) =>
    done(null, body),
  )

  app.get<{ Querystring: { dns?: string } }>('/dns-query', async (request, reply) => {
    const encoded = request.query.dns
    if (encoded === undefined || !BASE64URL.test(encoded)) {
      return badRequest(reply, 'the dns parameter must be a base64url DNS message')
    }
    return answer(reply, Buffer.from(encoded, 'base64url'))
  })

  app.post('/dns-query', async (request, reply) => {
    if (!Buffer.isBuffer(request.body)) {
      return reply
        .code(415)
        .send({ code: DohErrorCode.UNSUPPORTED_MEDIA_TYPE, message: `the body must be ${MEDIA_TYPE}` })
    }
    return answer(reply, request.body)
  })

  async function answer(reply: FastifyReply, message: Buffer): Promise<FastifyReply> {
    if (message.length > MAX_MESSAGE) return badRequest(reply, 'the DNS message is too long')
    const response = await handler.handle(message, 'doh')
    if (response === null) return badRequest(reply, 'not a DNS query')
    return reply
      .header('content-type', MEDIA_TYPE)
      .header('cache-control', `max-age=${minimumTtl(response) ?? 0}`)
      .send(response)
  }
}

function badRequest(reply: FastifyReply, message: string): FastifyReply {
  return reply.code(400).send({ code: DohErrorCode.BAD_REQUEST, message })
}
