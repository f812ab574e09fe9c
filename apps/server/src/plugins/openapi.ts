import swagger from '@fastify/swagger'
import { jsonSchemaTransform } from '@fastify/type-provider-zod'
import type { FastifyInstance } from 'fastify'

/**
 * Collects every route's zod schemas into an OpenAPI 3.1 document; `/api/openapi.json` serves it. The
 * document is derived from the same schemas that validate requests, so it cannot drift from the code.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'blockgov API',
        description: 'JSON API of blockgov. Every error body is `{ code, message, details? }` with a stable code.',
        version,
      },
    },
    transform: jsonSchemaTransform,
  })
}

/** Serves the generated document. Registered under the `/api` prefix. */
export async function openApiRoute(app: FastifyInstance): Promise<void> {
  app.get('/openapi.json', { schema: { hide: true }, config: { rateLimit: false } }, async () => app.swagger())
}
