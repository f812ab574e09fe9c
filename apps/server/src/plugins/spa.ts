import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

/**
 * Serves the built single-page app from `root`. Hashed files under /assets/ are cached for a year; the
 * HTML shell is never cached, so a deploy is picked up on the next load.
 */
export async function registerSpa(app: FastifyInstance, root: string): Promise<void> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`The web app is not built: ${join(root, 'index.html')} is missing. Run \`npm run build\`.`)
  }
  await app.register(fastifyStatic, {
    root,
    wildcard: false, // unknown paths reach the not-found handler, which decides between SPA and JSON 404
    index: false,
    setHeaders(reply, path) {
      reply.header(
        'cache-control',
        path.includes(`${join('/', 'assets', '/')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
    },
  })
  app.get('/', { schema: { hide: true } }, (_request, reply) => sendShell(reply))
}

/** Whether an unmatched request should get the SPA shell (a client-side route) rather than a JSON 404. */
export function wantsShell(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const path = request.url.split('?')[0] ?? ''
  if (path === '/api' || path.startsWith('/api/')) return false
  if (/\.[a-z0-9]+$/i.test(path)) return false // a missing file (e.g. /favicon.png) is a real 404
  return (request.headers.accept ?? '').includes('text/html')
}

export function sendShell(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-cache').sendFile('index.html')
}
