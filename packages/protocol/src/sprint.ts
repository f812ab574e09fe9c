import { type DesignSlice, DisplayName, ProfileInput, SprintCommand } from '@blockgov/sprint'
import { z } from 'zod'

/** `POST /api/auth/login`. */
export const LoginBody = z.object({ email: z.email().max(254), password: z.string().min(1).max(1024) })
export const OrganiserView = z.object({ id: z.uuid(), email: z.string(), displayName: z.string() })
export type OrganiserView = z.infer<typeof OrganiserView>

/** `POST /api/sessions`: a new session from a template. */
export const CreateSessionBody = z.object({
  title: z.string().trim().min(1).max(160),
  templateId: z.string().min(1).max(60).default('igf-design-sprint'),
})
export const SessionSummary = z.object({ id: z.uuid(), code: z.string(), title: z.string(), createdAt: z.string() })
export type SessionSummary = z.infer<typeof SessionSummary>

/** `POST /api/join`: anyone with the code joins; optional profile fields each need their own consent. */
export const JoinBody = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{4,12}$/),
  displayName: DisplayName,
  presence: z.enum(['room', 'online']),
  profile: ProfileInput.default({}),
})
export const JoinResponse = z.object({
  sessionId: z.uuid(),
  participantId: z.uuid(),
  /** Bearer token identifying this participant; keep it secret (it is stored only as a hash). */
  token: z.string(),
})
export type JoinResponse = z.infer<typeof JoinResponse>

/** A command as sent by a client: its own id makes retries safe. */
export const CommandEnvelope = z.object({ commandId: z.uuid(), command: SprintCommand })
export type CommandEnvelope = z.infer<typeof CommandEnvelope>
export const CommandAck = z.object({ commandId: z.uuid(), seq: z.number().int() })

/** Stored events as sent to a client (redacted for that viewer). Events are trusted server output. */
export const StoredEventWire = z.object({
  seq: z.number().int().positive(),
  at: z.number(),
  actor: z.unknown(),
  commandId: z.string().nullable(),
  event: z.looseObject({ type: z.string() }),
})

/** The contents of one board sent when it becomes visible to a participant; trusted server output too. */
export const DesignSliceWire = z.custom<DesignSlice>(
  (value) =>
    typeof value === 'object' && value !== null && 'designId' in value && Array.isArray(Reflect.get(value, 'cards')),
)
