import type { Sender } from './access.ts'
import type { SprintCommand } from './commands.ts'
import { type SprintError, sprintError } from './errors.ts'
import type { Actor, SessionEvent } from './events.ts'
import type { Gender, StakeholderGroup } from './people.ts'
import type { SolveResult } from './solver.ts'
import type { SessionState } from './state.ts'

/** Profile answers the participant consented to, read by `groups.form` only. */
export interface ConsentedProfile {
  readonly gender?: Gender
  readonly stakeholder?: StakeholderGroup
}

export interface DecideContext {
  readonly actor: Actor
  /** The command's client-generated id; seeds and new ids derive from it, so a decision replays exactly. */
  readonly commandId: string
  readonly profiles?: ReadonlyMap<string, ConsentedProfile>
  /**
   * For `groups.form`: the solver's result on `formationInput(state, command, profiles, commandId)`, computed
   * by the caller (the server runs it in a worker thread). Omitted, `decide` runs the solver itself.
   */
  readonly formed?: SolveResult
}

export type Decision =
  | { readonly ok: true; readonly events: readonly SessionEvent[] }
  | { readonly ok: false; readonly error: SprintError }

/** What each area's decide function receives once the sender is known and allowed to send the command. */
export interface DecideInput<C extends SprintCommand = SprintCommand> {
  readonly state: SessionState
  readonly command: C
  readonly sender: Sender
  readonly context: DecideContext
}

export const accept = (...events: SessionEvent[]): Decision => ({ ok: true, events })
export const reject = (...args: Parameters<typeof sprintError>): Decision => ({
  ok: false,
  error: sprintError(...args),
})
