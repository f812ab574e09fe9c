import { hashSeed } from './access.ts'
import type { SprintCommand } from './commands.ts'
import type { ConsentedProfile } from './decision.ts'
import type { SolverOptions, SolverPerson } from './solver.ts'
import type { SessionState } from './state.ts'

export type FormGroupsCommand = Extract<SprintCommand, { type: 'groups.form' }>

/** What the group solver is given for a `groups.form` command: everyone who joined, with consented answers. */
export interface FormationInput {
  readonly people: readonly SolverPerson[]
  readonly options: SolverOptions
}

/**
 * The solver's input for `command` on `state`. Pure, so the server can run the (CPU-heavy) solver off its event
 * loop on exactly this input and hand the result to `decide` as `DecideContext.formed`.
 */
export function formationInput(
  state: SessionState,
  command: FormGroupsCommand,
  profiles: ReadonlyMap<string, ConsentedProfile> | undefined,
  commandId: string,
): FormationInput {
  const people: SolverPerson[] = state.participantOrder.flatMap((id) => {
    const p = state.participants[id]
    if (p === undefined) return []
    const profile = profiles?.get(id)
    return [
      {
        id,
        gender: profile?.gender,
        stakeholder: profile?.stakeholder,
        presence: p.presence,
        facilitatorVolunteer: p.facilitatorVolunteer,
        rapporteurVolunteer: p.rapporteurVolunteer,
      },
    ]
  })
  return {
    people,
    options: {
      size: command.size,
      online: command.online,
      together: command.together,
      apart: command.apart,
      seed: command.seed ?? hashSeed(commandId),
    },
  }
}
