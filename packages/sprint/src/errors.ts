/**
 * Stable error codes of the sprint domain. Clients branch on these; never rename one once shipped.
 * Messages are for people and live beside the code that produces them.
 */
export const SprintErrorCode = {
  SESSION_NOT_FOUND: 'SESSION_NOT_FOUND',
  SESSION_CLOSED: 'SESSION_CLOSED',
  NOT_ALLOWED: 'NOT_ALLOWED',
  NOT_IN_GROUP: 'NOT_IN_GROUP',
  PHASE_CLOSED: 'PHASE_CLOSED',
  PHASE_NOT_FOUND: 'PHASE_NOT_FOUND',
  GROUPS_NOT_FORMED: 'GROUPS_NOT_FORMED',
  GROUP_NOT_FOUND: 'GROUP_NOT_FOUND',
  PARTICIPANT_NOT_FOUND: 'PARTICIPANT_NOT_FOUND',
  PARTICIPANT_EXISTS: 'PARTICIPANT_EXISTS',
  CARD_NOT_FOUND: 'CARD_NOT_FOUND',
  CARD_EXISTS: 'CARD_EXISTS',
  CARD_KIND_NOT_ALLOWED: 'CARD_KIND_NOT_ALLOWED',
  CARD_TOO_LONG: 'CARD_TOO_LONG',
  ANONYMOUS_NOT_ALLOWED: 'ANONYMOUS_NOT_ALLOWED',
  CRITERION_NOT_FOUND: 'CRITERION_NOT_FOUND',
  WRONG_EVALUATION_METHOD: 'WRONG_EVALUATION_METHOD',
  DOTS_EXCEEDED: 'DOTS_EXCEEDED',
  GROUP_FORMATION_FAILED: 'GROUP_FORMATION_FAILED',
  ROTATION_IMPOSSIBLE: 'ROTATION_IMPOSSIBLE',
  QUEUE_EMPTY: 'QUEUE_EMPTY',
} as const
export type SprintErrorCode = (typeof SprintErrorCode)[keyof typeof SprintErrorCode]

/** HTTP status for each code when it answers a request, and its default message. */
export const sprintErrorCatalog: Readonly<Record<SprintErrorCode, { status: number; message: string }>> = {
  SESSION_NOT_FOUND: { status: 404, message: 'There is no such session.' },
  SESSION_CLOSED: { status: 409, message: 'This session has ended; it can be read but no longer changed.' },
  NOT_ALLOWED: { status: 403, message: 'Your role in this session does not allow that.' },
  NOT_IN_GROUP: { status: 403, message: 'You can only act in your own group.' },
  PHASE_CLOSED: { status: 409, message: 'The current phase does not allow that, or it has ended.' },
  PHASE_NOT_FOUND: { status: 404, message: 'There is no such agenda item.' },
  GROUPS_NOT_FORMED: { status: 409, message: 'Form the break-out groups first.' },
  GROUP_NOT_FOUND: { status: 404, message: 'There is no such group.' },
  PARTICIPANT_NOT_FOUND: { status: 404, message: 'There is no such participant in this session.' },
  PARTICIPANT_EXISTS: { status: 409, message: 'That participant has already joined.' },
  CARD_NOT_FOUND: { status: 404, message: 'There is no such card on your board.' },
  CARD_EXISTS: { status: 409, message: 'A card with that id already exists.' },
  CARD_KIND_NOT_ALLOWED: { status: 409, message: 'That kind of card cannot be added in the current phase.' },
  CARD_TOO_LONG: { status: 422, message: 'The merged card would be longer than allowed.' },
  ANONYMOUS_NOT_ALLOWED: { status: 409, message: 'Anonymous cards are not enabled for this phase.' },
  CRITERION_NOT_FOUND: { status: 404, message: 'There is no such evaluation criterion.' },
  WRONG_EVALUATION_METHOD: { status: 409, message: 'This session evaluates with another method.' },
  DOTS_EXCEEDED: { status: 409, message: 'You have no dots left to place.' },
  GROUP_FORMATION_FAILED: { status: 422, message: 'Groups could not be formed with these settings.' },
  ROTATION_IMPOSSIBLE: { status: 409, message: 'Rotation needs at least two groups.' },
  QUEUE_EMPTY: { status: 409, message: 'Nobody has asked to speak.' },
}

/** An expected failure of a command: a value, never a throw. */
export interface SprintError {
  readonly code: SprintErrorCode
  readonly message: string
  readonly details?: unknown
}

export function sprintError(code: SprintErrorCode, message?: string, details?: unknown): SprintError {
  return details === undefined
    ? { code, message: message ?? sprintErrorCatalog[code].message }
    : { code, message: message ?? sprintErrorCatalog[code].message, details }
}
