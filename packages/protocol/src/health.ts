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

/** One dependency's state in `/api/ready`. */
export const ReadyCheck = z.object({
  ok: z.boolean(),
  latencyMs: z.number().nonnegative().optional(),
  /** DNS gateway: the chain is unreachable and answers come from the last known state (RFC 8767). */
  stale: z.boolean().optional(),
  /** DNS gateway: the block its zone reflects, and how far (in chain seconds) it trails the head. */
  syncedBlock: z.number().int().nonnegative().nullable().optional(),
  lagSeconds: z.number().nonnegative().nullable().optional(),
  /** Why the check fails, for operators. */
  message: z.string().optional(),
})
export type ReadyCheck = z.infer<typeof ReadyCheck>

/**
 * `GET /api/ready`: dependencies answer; 503 with `ready: false` while any check fails (the database; the DNS
 * gateway while its zone is being built or the chain is unreachable — it keeps answering from the last known state).
 */
export const ReadyResponse = z.object({
  ready: z.boolean(),
  checks: z.record(z.string(), ReadyCheck),
})
export type ReadyResponse = z.infer<typeof ReadyResponse>
