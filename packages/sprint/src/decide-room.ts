import { hashSeed } from './access.ts'
import { accept, type DecideInput, type Decision, reject } from './decision.ts'
import type { FormedGroupRecord } from './events.ts'
import { formationInput } from './formation.ts'
import { nextRotation } from './rotation.ts'
import { formGroups } from './solver.ts'
import type { Activity } from './template.ts'

/** Activities that happen in break-out groups, and so need groups to exist. */
const groupActivities: ReadonlySet<Activity> = new Set(['topics', 'brainstorm', 'evaluate', 'iterate', 'outcome'])

/** Agenda, participants, groups, phases: the organiser's room-level commands (and the self-service ones). */
export function decideRoom({ state, command, sender, context }: DecideInput): Decision | undefined {
  const self = sender.kind === 'participant' ? sender.participant : null
  switch (command.type) {
    case 'agenda.update': {
      // The past is fixed: items already reached keep their place and activity.
      const reached = state.phase === null ? 0 : state.phase.index + 1
      for (let i = 0; i < reached; i++) {
        const before = state.agenda[i]
        const after = command.agenda[i]
        if (before === undefined || after?.id !== before.id || after.activity !== before.activity) {
          return reject(
            'PHASE_CLOSED',
            'Agenda items that have already started cannot be moved, removed or changed in kind.',
          )
        }
      }
      return accept({ type: 'agendaUpdated', agenda: command.agenda })
    }
    case 'criteria.set':
      return accept({ type: 'criteriaSet', criteria: command.criteria })
    case 'evaluation.setMethod':
      return accept({ type: 'evaluationMethodSet', method: command.method, dotsPerPerson: command.dotsPerPerson })
    case 'participant.add':
      if (Object.hasOwn(state.participants, command.participantId)) return reject('PARTICIPANT_EXISTS')
      return accept({
        type: 'participantJoined',
        participantId: command.participantId,
        displayName: command.displayName,
        presence: command.presence,
        via: 'desk',
      })
    case 'participant.setPresence': {
      if (self !== null && self.id !== command.participantId)
        return reject('NOT_ALLOWED', 'You can only change your own presence.')
      const person = state.participants[command.participantId]
      if (person === undefined) return reject('PARTICIPANT_NOT_FOUND')
      if (person.presence === command.presence) return accept()
      return accept({ type: 'presenceChanged', participantId: person.id, presence: command.presence })
    }
    case 'participant.volunteer':
      if (self === null) return reject('NOT_ALLOWED')
      return accept({
        type: 'volunteered',
        participantId: self.id,
        facilitator: command.facilitator,
        rapporteur: command.rapporteur,
      })
    case 'groups.form': {
      if (state.cardOrder.length > 0) {
        return reject('PHASE_CLOSED', 'Groups cannot be formed again once boards have cards; move people instead.')
      }
      const { people, options } = formationInput(state, command, context.profiles, context.commandId)
      const result = context.formed ?? formGroups(people, options)
      if (!result.ok) return reject('GROUP_FORMATION_FAILED', result.reason, { solverCode: result.code })
      const genderOf = (id: string) => context.profiles?.get(id)?.gender
      const groups: FormedGroupRecord[] = result.groups.map((g, i) => ({
        groupId: `g${state.seq + 1}-${i + 1}`,
        name: `Group ${i + 1}`,
        members: g.members,
        facilitatorId: g.facilitator,
        rapporteurId: g.rapporteur,
        consentedWomen: g.members.filter((m) => genderOf(m) === 'woman').length,
      }))
      return accept({ type: 'groupsFormed', groups, unmet: result.unmet })
    }
    case 'groups.move': {
      const person = state.participants[command.participantId]
      if (person === undefined) return reject('PARTICIPANT_NOT_FOUND')
      if (!state.groups.some((g) => g.id === command.toGroupId)) return reject('GROUP_NOT_FOUND')
      if (person.groupId === command.toGroupId) return accept()
      return accept({ type: 'memberMoved', participantId: person.id, toGroupId: command.toGroupId })
    }
    case 'groups.assignRoles': {
      const group = state.groups.find((g) => g.id === command.groupId)
      if (group === undefined) return reject('GROUP_NOT_FOUND')
      for (const id of [command.facilitatorId, command.rapporteurId]) {
        if (id !== null && !group.members.includes(id))
          return reject('NOT_IN_GROUP', 'Facilitator and rapporteur must be members of the group.')
      }
      return accept({
        type: 'rolesAssigned',
        groupId: group.id,
        facilitatorId: command.facilitatorId,
        rapporteurId: command.rapporteurId,
      })
    }
    case 'phase.start': {
      const item = state.agenda[command.index]
      if (item === undefined) return reject('PHASE_NOT_FOUND')
      if (groupActivities.has(item.activity) && state.groups.length === 0) return reject('GROUPS_NOT_FORMED')
      const phaseStarted = { type: 'phaseStarted', index: command.index, durationMs: item.minutes * 60_000 } as const
      // Rotate once per rotating agenda item, even if the organiser restarts that item.
      const rotationsDue = state.agenda.slice(0, command.index + 1).filter((i) => i.rotate === true).length
      if (item.rotate !== true || state.rotations.length >= rotationsDue) return accept(phaseStarted)
      const rotation = nextRotation(
        state.groups.length,
        state.rotations,
        hashSeed(`${state.id}:${state.rotations.length}`),
      )
      if (!rotation.ok) return reject('ROTATION_IMPOSSIBLE', rotation.reason)
      return accept({ type: 'designsRotated', assignment: rotation.assignment }, phaseStarted)
    }
    case 'phase.extend':
    case 'phase.end': {
      if (state.phase === null) return reject('PHASE_CLOSED', 'No phase has started yet.')
      const groupId = command.groupId ?? null
      if (groupId !== null && !state.groups.some((g) => g.id === groupId)) return reject('GROUP_NOT_FOUND')
      if (command.type === 'phase.extend')
        return accept({ type: 'phaseExtended', byMs: command.minutes * 60_000, groupId })
      return accept({ type: 'phaseEnded', groupId })
    }
    case 'reportOut.show': {
      if (command.cardId !== null && state.cards[command.cardId]?.kind !== 'summary') {
        return reject('CARD_NOT_FOUND', 'Only published summary cards can be shown.')
      }
      return accept({ type: 'reportOutShown', cardId: command.cardId })
    }
    case 'session.close':
      return accept({ type: 'sessionClosed' })
    default:
      return undefined
  }
}
