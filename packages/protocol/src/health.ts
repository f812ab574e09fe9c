import { z } from 'zod'

/** `GET /api/health`: the process is up. Never touches the database, so it stays cheap for probes. */
export const HealthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  protocolVersion: z.number().int(),
  database: z.enum(['pglite', 'postgres']),
  uptimeSeconds: z.number().nonnegative(),
})
export type HealthResponse = z.infer<typeof HealthResponse>

/** `GET /api/ready`: dependencies answer; 503 with `ready: false` while any check fails. */
export const ReadyResponse = z.object({
  ready: z.boolean(),
  checks: z.record(z.string(), z.object({ ok: z.boolean(), latencyMs: z.number().nonnegative().optional() })),
})
export type ReadyResponse = z.infer<typeof ReadyResponse>
