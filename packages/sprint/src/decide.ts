import { senderOf } from './access.ts'
import type { SprintCommand } from './commands.ts'
import { decideBoard } from './decide-board.ts'
import { decideFloor } from './decide-floor.ts'
import { decideRoom } from './decide-room.ts'
import { accept, type DecideContext, type DecideInput, type Decision, reject } from './decision.ts'
import { commandPolicy } from './policy.ts'
import type { SessionState } from './state.ts'

/**
 * Turns a validated command into the events it causes, or says why not. Pure: the same state, command and
 * context always give the same decision. Authorisation comes first (the policy table), then the rules of
 * the current phase, then the command's own checks.
 */
export function decide(state: SessionState, command: SprintCommand, context: DecideContext): Decision {
  if (state.seq === 0) return reject('SESSION_NOT_FOUND')
  if (state.closed) return reject('SESSION_CLOSED')
  const sender = senderOf(state, context.actor)
  if (sender === null) return reject('NOT_ALLOWED', 'You are not part of this session.')
  const policy = commandPolicy[command.type]
  if (sender.kind === 'organiser' ? !policy.organiser : policy.participant === 'none') return reject('NOT_ALLOWED')
  const input: DecideInput = { state, command, sender, context }
  return decideRoom(input) ?? decideBoard(input) ?? decideFloor(input) ?? reject('NOT_ALLOWED')
}

/** Someone joining by code (no account): the one way into a session that is not a command of a member. */
export interface JoinRequest {
  readonly participantId: string
  readonly displayName: string
  readonly presence: 'room' | 'online'
}

/** Decides a join by code: allowed while the session is open; the participant id must be new. */
export function decideJoin(state: SessionState, join: JoinRequest): Decision {
  if (state.seq === 0) return reject('SESSION_NOT_FOUND')
  if (state.closed) return reject('SESSION_CLOSED')
  if (Object.hasOwn(state.participants, join.participantId)) return reject('PARTICIPANT_EXISTS')
  return accept({ type: 'participantJoined', ...join, via: 'code' })
}
