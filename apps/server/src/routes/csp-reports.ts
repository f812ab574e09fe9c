import { ErrorBody } from '@blockgov/protocol'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { z } from 'zod'

/** The fields of a CSP violation report worth keeping; URLs are cut to their path so no query data is logged. */
const CspReport = z.object({
  'csp-report': z.looseObject({
    'document-uri': z.string().max(2048).optional(),
    'violated-directive': z.string().max(256).optional(),
    'effective-directive': z.string().max(256).optional(),
    'blocked-uri': z.string().max(2048).optional(),
  }),
})

function pathOnly(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  try {
    const parsed = new URL(url)
    return `${parsed.origin}${parsed.pathname}`
  } catch {
    return url.slice(0, 64) // "inline", "eval" and similar keywords
  }
}

/**
 * Receives Content-Security-Policy violation reports from browsers (the policy's `report-uri`), so a
 * policy that breaks the app shows up in the logs instead of silently.
 */
export const cspReportRoutes: FastifyPluginAsyncZod = async (app) => {
  // Browsers send `application/csp-report`; treat it as JSON.
  app.addContentTypeParser('application/csp-report', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'))

  app.post(
    '/csp-reports',
    {
      config: { rateLimit: { max: 30, timeWindow: 60_000 } },
      schema: {
        summary: 'Receive a Content-Security-Policy violation report',
        tags: ['operations'],
        body: CspReport,
        response: { 204: z.null(), 400: ErrorBody, 413: ErrorBody, 415: ErrorBody, 429: ErrorBody },
      },
    },
    async (request, reply) => {
      const report = request.body['csp-report']
      request.log.warn(
        {
          directive: report['effective-directive'] ?? report['violated-directive'],
          blocked: pathOnly(report['blocked-uri']),
          page: pathOnly(report['document-uri']),
        },
        'content security policy violation',
      )
      return reply.code(204).send(null)
    },
  )
}
