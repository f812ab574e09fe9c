/**
 * Expected failures of the groups service. Each is also a stable API code in `@blockgov/protocol`'s catalog
 * (groups-errors.ts), where its HTTP status and human message live.
 */
export const GroupsErrorCode = {
  GROUP_NOT_FOUND: 'WORKING_GROUP_NOT_FOUND',
  SLUG_INVALID: 'WORKING_GROUP_SLUG_INVALID',
  SLUG_TAKEN: 'WORKING_GROUP_SLUG_TAKEN',
  LIST_NOT_FOUND: 'LIST_NOT_FOUND',
  EMAIL_INVALID: 'LIST_EMAIL_INVALID',
  TOKEN_INVALID: 'LIST_TOKEN_INVALID',
  SUBSCRIBER_NOT_FOUND: 'LIST_SUBSCRIBER_NOT_FOUND',
  ANNOUNCEMENT_SENT: 'ANNOUNCEMENT_ALREADY_SENT',
  MESSAGE_NOT_FOUND: 'LIST_MESSAGE_NOT_FOUND',
} as const
export type GroupsErrorCode = (typeof GroupsErrorCode)[keyof typeof GroupsErrorCode]

/** An expected outcome as a value: the result, or the code saying why not. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: GroupsErrorCode }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T>(code: GroupsErrorCode): Result<T> {
  return { ok: false, code }
}
