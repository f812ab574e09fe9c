import type { MessageKey, Translate } from '../../i18n/translate.ts'

/** Error codes with a translated explanation; any other code falls back to the server's own message. */
const errorKeys: Readonly<Record<string, MessageKey>> = {
  NETWORK: 'participant.error.NETWORK',
  INTERNAL: 'participant.error.INTERNAL',
  RATE_LIMITED: 'participant.error.RATE_LIMITED',
  VALIDATION_FAILED: 'participant.error.VALIDATION_FAILED',
  DATABASE_UNAVAILABLE: 'participant.error.DATABASE_UNAVAILABLE',
  NOT_SIGNED_IN: 'participant.error.NOT_SIGNED_IN',
  INVALID_CREDENTIALS: 'participant.error.INVALID_CREDENTIALS',
  INVALID_TOKEN: 'participant.error.INVALID_TOKEN',
  JOIN_CODE_INVALID: 'participant.error.JOIN_CODE_INVALID',
  PROTOCOL_VERSION_MISMATCH: 'participant.error.PROTOCOL_VERSION_MISMATCH',
  SESSION_NOT_FOUND: 'participant.error.SESSION_NOT_FOUND',
  SESSION_CLOSED: 'participant.error.SESSION_CLOSED',
  NOT_ALLOWED: 'participant.error.NOT_ALLOWED',
  NOT_IN_GROUP: 'participant.error.NOT_IN_GROUP',
  PHASE_CLOSED: 'participant.error.PHASE_CLOSED',
  PARTICIPANT_NOT_FOUND: 'participant.error.PARTICIPANT_NOT_FOUND',
  CARD_NOT_FOUND: 'participant.error.CARD_NOT_FOUND',
  CARD_KIND_NOT_ALLOWED: 'participant.error.CARD_KIND_NOT_ALLOWED',
  CARD_TOO_LONG: 'participant.error.CARD_TOO_LONG',
  ANONYMOUS_NOT_ALLOWED: 'participant.error.ANONYMOUS_NOT_ALLOWED',
  WRONG_EVALUATION_METHOD: 'participant.error.WRONG_EVALUATION_METHOD',
  DOTS_EXCEEDED: 'participant.error.DOTS_EXCEEDED',
}

/**
 * The message key explaining `code`, or null when there is none (the caller shows the server's message).
 *
 * @example
 * errorKeyFor('PHASE_CLOSED') // 'participant.error.PHASE_CLOSED'
 */
export function errorKeyFor(code: string): MessageKey | null {
  return Object.hasOwn(errorKeys, code) ? (errorKeys[code] ?? null) : null
}

/**
 * A person-readable, translated explanation of a failed request or command, chosen by its stable code.
 *
 * @example
 * errorText(t, { code: 'DOTS_EXCEEDED', message: 'You have no dots left to place.' })
 */
export function errorText(t: Translate, error: { readonly code: string; readonly message: string }): string {
  const key = errorKeyFor(error.code)
  if (key !== null) return t(key)
  return error.message.trim() === '' ? t('participant.error.unknown') : error.message
}
