import { sprintErrorCatalog } from '@blockgov/sprint'
import { z } from 'zod'
import { assessErrorCatalog } from './assess-errors.ts'
import { exploreErrorCatalog } from './explore-errors.ts'
import { groupsErrorCatalog } from './groups-errors.ts'
import { namesErrorCatalog } from './names-errors.ts'

interface ErrorSpec {
  /** HTTP status used when the error answers a request. */
  readonly status: number
  /** Default human message; a route may send a more specific one. Clients branch on the code, never on this. */
  readonly message: string
}

/**
 * Every stable error code of blockgov's HTTP and WebSocket APIs. Codes never change meaning or get renamed
 * once shipped; add new ones instead. `docs/errors.md` is generated from this table.
 */
export const errorCatalog = {
  ROUTE_NOT_FOUND: { status: 404, message: 'There is no such route.' },
  INVALID_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  VALIDATION_FAILED: { status: 400, message: 'The request does not match the expected shape.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'The request body has a content type this route does not accept.' },
  BODY_TOO_LARGE: { status: 413, message: 'The request body is larger than this server accepts.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests; wait a moment and try again.' },
  DATABASE_UNAVAILABLE: { status: 503, message: 'The database is not reachable.' },
  INTERNAL: { status: 500, message: 'Something went wrong on the server. It has been logged.' },
  PROTOCOL_VERSION_MISMATCH: {
    status: 426,
    message: 'This client speaks a different protocol version; reload the page to update it.',
  },
  MESSAGE_INVALID: { status: 400, message: 'The WebSocket message does not match the protocol.' },
  HANDSHAKE_REQUIRED: { status: 400, message: 'Send hello before any other WebSocket message.' },
  HANDSHAKE_TIMEOUT: { status: 408, message: 'No hello was received in time.' },
  NOT_SIGNED_IN: { status: 401, message: 'Sign in as an organiser first.' },
  INVALID_CREDENTIALS: { status: 401, message: 'That email and password do not match an organiser account.' },
  INVALID_TOKEN: {
    status: 401,
    message: 'Your participant link is not valid for this session; join again with the code.',
  },
  JOIN_CODE_INVALID: { status: 404, message: 'No session has that code. Check the code on the screen and try again.' },
  TEMPLATE_NOT_FOUND: { status: 404, message: 'There is no such session template.' },
  NOT_SUBSCRIBED: { status: 409, message: 'Subscribe to the session before sending commands on this connection.' },
  ...namesErrorCatalog,
  ...assessErrorCatalog,
  ...groupsErrorCatalog,
  ...exploreErrorCatalog,
  ...sprintErrorCatalog,
} as const satisfies Record<string, ErrorSpec>

/** A stable machine-readable error code. */
export type ErrorCode = keyof typeof errorCatalog

/** The code names as a value, for `z.enum` and exhaustive checks. */
export const errorCodes = Object.keys(errorCatalog) as [ErrorCode, ...ErrorCode[]]

/** The one shape of every error body: HTTP responses and WebSocket `error` messages alike. */
export const ErrorBody = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  details: z.unknown().optional(),
})
export type ErrorBody = z.infer<typeof ErrorBody>

/** Builds an error body with the catalog's default message unless a more specific one is given. */
export function errorBody(code: ErrorCode, message?: string, details?: unknown): ErrorBody {
  const body: ErrorBody = { code, message: message ?? errorCatalog[code].message }
  if (details !== undefined) body.details = details
  return body
}
