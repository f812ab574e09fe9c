import type { MessageKey } from '../../i18n/translate.ts'

/** Error codes a console command can meet, with their translated message. Others get a generic message. */
const messages = {
  NETWORK: 'organiser.error.NETWORK',
  NOT_SIGNED_IN: 'organiser.error.NOT_SIGNED_IN',
  NOT_ALLOWED: 'organiser.error.NOT_ALLOWED',
  SESSION_NOT_FOUND: 'organiser.error.SESSION_NOT_FOUND',
  SESSION_CLOSED: 'organiser.error.SESSION_CLOSED',
  PHASE_CLOSED: 'organiser.error.PHASE_CLOSED',
  PHASE_NOT_FOUND: 'organiser.error.PHASE_NOT_FOUND',
  GROUPS_NOT_FORMED: 'organiser.error.GROUPS_NOT_FORMED',
  GROUP_NOT_FOUND: 'organiser.error.GROUP_NOT_FOUND',
  PARTICIPANT_NOT_FOUND: 'organiser.error.PARTICIPANT_NOT_FOUND',
  PARTICIPANT_EXISTS: 'organiser.error.PARTICIPANT_EXISTS',
  CARD_NOT_FOUND: 'organiser.error.CARD_NOT_FOUND',
  CRITERION_NOT_FOUND: 'organiser.error.CRITERION_NOT_FOUND',
  GROUP_FORMATION_FAILED: 'organiser.error.GROUP_FORMATION_FAILED',
  ROTATION_IMPOSSIBLE: 'organiser.error.ROTATION_IMPOSSIBLE',
  QUEUE_EMPTY: 'organiser.error.QUEUE_EMPTY',
  VALIDATION_FAILED: 'organiser.error.VALIDATION_FAILED',
  MESSAGE_INVALID: 'organiser.error.VALIDATION_FAILED',
  RATE_LIMITED: 'organiser.error.RATE_LIMITED',
  PROTOCOL_VERSION_MISMATCH: 'organiser.error.PROTOCOL_VERSION_MISMATCH',
} as const satisfies Record<string, MessageKey>

/** The message key for an error code; `organiser.error.other` (which shows the code) for anything else. */
export function errorMessageKey(code: string): MessageKey {
  return Object.hasOwn(messages, code) ? messages[code as keyof typeof messages] : 'organiser.error.other'
}
