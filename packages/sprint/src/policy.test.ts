import { describe, expect, it } from 'vitest'
import type { SprintCommandInput, SprintCommandType } from './commands.ts'
import type { Actor } from './events.ts'
import { commandPolicy, type ParticipantRule } from './policy.ts'
import { applyEvent } from './reducer.ts'
import type { SessionState } from './state.ts'
import { as, inPhase, ORGANISER, PHASE, run, twoGroups } from './test-kit.ts'

type Role = 'organiser' | 'otherOrganiser' | 'facilitator' | 'rapporteur' | 'member' | 'otherGroup' | 'stranger'

const actors: Record<Role, Actor> = {
  organiser: ORGANISER,
  otherOrganiser: { kind: 'organiser', accountId: 'org-2' },
  facilitator: as('fac'),
  rapporteur: as('rap'),
  member: as('mem'),
  otherGroup: as('oth'),
  stranger: as('nobody'),
}

/** Whether a participant role meets a rule, in the standard cast where `mem` wrote the cards it touches. */
const participantMay: Record<ParticipantRule, ReadonlySet<Role>> = {
  none: new Set(),
  self: new Set(['facilitator', 'rapporteur', 'member', 'otherGroup']),
  member: new Set(['facilitator', 'rapporteur', 'member']),
  lead: new Set(['facilitator', 'rapporteur']),
  facilitator: new Set(['facilitator']),
  'author-or-facilitator': new Set(['facilitator', 'member']),
}

function withDots(state: SessionState): SessionState {
  return applyEvent(state, {
    seq: state.seq + 1,
    at: 0,
    actor: null,
    commandId: null,
    event: { type: 'evaluationMethodSet', method: 'dots', dotsPerPerson: 5 },
  })
}

/**
 * For each command: a phase in which it is meaningful, and the command (some depend on who sends it).
 * Every command type must be here; the type makes a missing one a compile error.
 */
const samples: Record<SprintCommandType, { state: () => SessionState; command: (role: Role) => SprintCommandInput }> = {
  'agenda.update': {
    state: twoGroups,
    command: () => ({ type: 'agenda.update', agenda: twoGroups().agenda.map((i) => ({ ...i })) }),
  },
  'criteria.set': {
    state: twoGroups,
    command: () => ({ type: 'criteria.set', criteria: [{ id: 'c', label: 'C', weight: 1 }] }),
  },
  'evaluation.setMethod': { state: twoGroups, command: () => ({ type: 'evaluation.setMethod', method: 'dots' }) },
  'participant.add': {
    state: twoGroups,
    command: () => ({
      type: 'participant.add',
      participantId: '0b7c2f3e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      displayName: 'Desk',
      presence: 'room',
    }),
  },
  'participant.setPresence': {
    state: twoGroups,
    command: (role) => ({
      type: 'participant.setPresence',
      participantId: participantId(role) ?? 'mem',
      presence: 'online',
    }),
  },
  'participant.volunteer': {
    state: twoGroups,
    command: () => ({ type: 'participant.volunteer', facilitator: true, rapporteur: false }),
  },
  'groups.form': {
    state: () => withoutCards(twoGroups()),
    command: () => ({ type: 'groups.form', size: { groupCount: 2 } }),
  },
  'groups.move': { state: twoGroups, command: () => ({ type: 'groups.move', participantId: 'oth', toGroupId: 'g1' }) },
  'groups.assignRoles': {
    state: twoGroups,
    command: () => ({ type: 'groups.assignRoles', groupId: 'g1', facilitatorId: 'mem', rapporteurId: 'rap' }),
  },
  'phase.start': { state: twoGroups, command: () => ({ type: 'phase.start', index: PHASE.evaluate }) },
  'phase.extend': { state: twoGroups, command: () => ({ type: 'phase.extend', minutes: 5 }) },
  'phase.end': { state: twoGroups, command: () => ({ type: 'phase.end', groupId: 'g1' }) },
  'card.add': {
    state: twoGroups,
    command: () => ({
      type: 'card.add',
      cardId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b',
      kind: 'idea',
      parentId: 't1',
      text: 'New',
    }),
  },
  'card.edit': { state: twoGroups, command: () => ({ type: 'card.edit', cardId: 'i1', text: 'Pilot, revised' }) },
  'card.delete': { state: twoGroups, command: () => ({ type: 'card.delete', cardId: 'i1' }) },
  'card.move': { state: twoGroups, command: () => ({ type: 'card.move', cardId: 'i1', parentId: 't2' }) },
  'card.merge': { state: twoGroups, command: () => ({ type: 'card.merge', sourceId: 'i2', targetId: 'i1' }) },
  'comment.add': {
    state: twoGroups,
    command: () => ({
      type: 'comment.add',
      cardId: 'i1',
      commentId: '1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b',
      text: 'Yes',
    }),
  },
  'score.set': {
    state: () => inPhase(twoGroups(), PHASE.evaluate),
    command: () => ({ type: 'score.set', ideaId: 'i1', criterionId: 'feasible', value: 4 }),
  },
  'dots.set': {
    state: () => withDots(inPhase(twoGroups(), PHASE.evaluate)),
    command: () => ({ type: 'dots.set', ideaId: 'i1', dots: 2 }),
  },
  'summary.publish': {
    state: () => inPhase(twoGroups(), PHASE.evaluate),
    command: () => ({ type: 'summary.publish', cardId: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', text: 'Our summary' }),
  },
  'reportOut.show': {
    state: () => inPhase(twoGroups(), PHASE.report1),
    command: () => ({ type: 'reportOut.show', cardId: 's1' }),
  },
  'outcome.set': {
    state: () => inPhase(twoGroups(), PHASE.outcome),
    command: () => ({
      type: 'outcome.set',
      groupId: 'g1',
      project: 'Name system',
      leaderId: 'mem',
      nextStep: 'Draft a charter',
    }),
  },
  'hand.raise': { state: () => inPhase(twoGroups(), PHASE.welcome), command: () => ({ type: 'hand.raise' }) },
  'hand.lower': {
    state: () => inPhase(twoGroups(), PHASE.welcome),
    command: (role) =>
      role === 'organiser' || role === 'otherOrganiser'
        ? { type: 'hand.lower', participantId: 'mem' }
        : { type: 'hand.lower' },
  },
  'speaker.call': {
    state: () => inPhase(twoGroups(), PHASE.welcome),
    command: () => ({ type: 'speaker.call', participantId: 'mem' }),
  },
  'speaker.finish': { state: () => inPhase(twoGroups(), PHASE.welcome), command: () => ({ type: 'speaker.finish' }) },
  'session.close': { state: twoGroups, command: () => ({ type: 'session.close' }) },
}

function participantId(role: Role): string | undefined {
  const actor = actors[role]
  return actor.kind === 'participant' ? actor.participantId : undefined
}

function withoutCards(state: SessionState): SessionState {
  return { ...state, cards: {}, cardOrder: [] }
}

function expected(type: SprintCommandType, role: Role): boolean {
  const policy = commandPolicy[type]
  if (role === 'organiser') return policy.organiser
  if (role === 'otherOrganiser' || role === 'stranger') return false
  return participantMay[policy.participant].has(role)
}

describe('authorisation: every command × every role', () => {
  const roles = Object.keys(actors) as Role[]
  for (const type of Object.keys(samples) as SprintCommandType[]) {
    for (const role of roles) {
      const allowed = expected(type, role)
      it(`${type} by ${role} is ${allowed ? 'accepted' : 'refused'}`, () => {
        const sample = samples[type]
        const decision = run(sample.state(), actors[role], sample.command(role))
        if (allowed) {
          expect(decision.ok ? 'ok' : decision.error.code).toBe('ok')
        } else {
          expect(decision.ok ? 'ok' : decision.error.code).toMatch(/^(NOT_ALLOWED|NOT_IN_GROUP)$/)
        }
      })
    }
  }
})

describe('commandPolicy', () => {
  it('covers exactly the command types', () => {
    expect(Object.keys(commandPolicy).sort()).toEqual(Object.keys(samples).sort())
  })
})
