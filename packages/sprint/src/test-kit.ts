// Test-only helpers (not exported from the package): build a session from events and run commands on it.

import { SprintCommand, type SprintCommandInput } from './commands.ts'
import { decide } from './decide.ts'
import type { ConsentedProfile, Decision } from './decision.ts'
import { defaultCriteria } from './evaluation.ts'
import type { Actor, FormedGroupRecord, SessionEvent } from './events.ts'
import { applyEvent } from './reducer.ts'
import { emptySession, type SessionState } from './state.ts'
import { igfDesignSprint } from './template.ts'

export const ORGANISER: Actor = { kind: 'organiser', accountId: 'org-1' }
export const as = (participantId: string): Actor => ({ kind: 'participant', participantId })

/** Agenda indexes of the IGF template, by name, so tests read as the workshop does. */
export const PHASE = {
  welcome: 0,
  topics: 1,
  brainstorm: 2,
  evaluate: 3,
  report1: 4,
  iterate: 5,
  evaluate2: 6,
  report2: 7,
  outcome: 8,
  closing: 9,
} as const

export function created(): SessionEvent {
  return {
    type: 'sessionCreated',
    title: 'Capacity Building for Better Blockchain Governance',
    code: 'IGF219',
    templateId: igfDesignSprint.id,
    agenda: igfDesignSprint.agenda,
    criteria: defaultCriteria,
    organiserId: 'org-1',
  }
}

export function joined(id: string, presence: 'room' | 'online' = 'room'): SessionEvent {
  return { type: 'participantJoined', participantId: id, displayName: `Person ${id}`, presence, via: 'code' }
}

export function group(
  id: string,
  members: string[],
  facilitatorId: string | null,
  rapporteurId: string | null,
): FormedGroupRecord {
  return { groupId: id, name: id, members, facilitatorId, rapporteurId, consentedWomen: 0 }
}

/** A state built by applying events in order, one second apart. */
export function given(...events: SessionEvent[]): SessionState {
  return events.reduce(
    (state, event, i) =>
      applyEvent(state, { seq: state.seq + 1, at: 1_000 * (i + 1), actor: null, commandId: null, event }),
    emptySession('session-1'),
  )
}

let commandCounter = 0

/** Parses a command like the server would, then decides it. */
export function run(
  state: SessionState,
  actor: Actor,
  input: SprintCommandInput,
  profiles?: ReadonlyMap<string, ConsentedProfile>,
): Decision {
  const command = SprintCommand.parse(input)
  return decide(state, command, { actor, commandId: `cmd-${++commandCounter}`, profiles })
}

/** Decides and applies; throws (failing the test) if the command is rejected. */
export function runOk(state: SessionState, actor: Actor, input: SprintCommandInput): SessionState {
  const decision = run(state, actor, input)
  if (!decision.ok) throw new Error(`${input.type} rejected: ${decision.error.code} ${decision.error.message}`)
  return decision.events.reduce(
    (s, event) => applyEvent(s, { seq: s.seq + 1, at: s.seq * 1_000, actor, commandId: null, event }),
    state,
  )
}

/**
 * The standard cast: g1 = fac (facilitator), rap (rapporteur), mem; g2 = fac2, rap2, oth. On g1's board:
 * topic t1 and idea i1 by mem, a summary s1 by rap.
 */
export function twoGroups(): SessionState {
  return given(
    created(),
    ...['fac', 'rap', 'mem', 'fac2', 'rap2', 'oth'].map((id) => joined(id)),
    {
      type: 'groupsFormed',
      groups: [group('g1', ['fac', 'rap', 'mem'], 'fac', 'rap'), group('g2', ['fac2', 'rap2', 'oth'], 'fac2', 'rap2')],
      unmet: [],
    },
    { type: 'phaseStarted', index: PHASE.brainstorm, durationMs: 600_000 },
    {
      type: 'cardAdded',
      cardId: 't1',
      designId: 'g1',
      kind: 'topic',
      parentId: null,
      text: 'Identity',
      authorId: 'mem',
      anonymous: false,
    },
    {
      type: 'cardAdded',
      cardId: 't2',
      designId: 'g1',
      kind: 'topic',
      parentId: null,
      text: 'Disputes',
      authorId: 'mem',
      anonymous: false,
    },
    {
      type: 'cardAdded',
      cardId: 'i1',
      designId: 'g1',
      kind: 'idea',
      parentId: 't1',
      text: 'Pilot',
      authorId: 'mem',
      anonymous: false,
    },
    {
      type: 'cardAdded',
      cardId: 'i2',
      designId: 'g1',
      kind: 'idea',
      parentId: 't1',
      text: 'Guide',
      authorId: 'fac',
      anonymous: false,
    },
    {
      type: 'cardAdded',
      cardId: 's1',
      designId: 'g1',
      kind: 'summary',
      parentId: null,
      text: 'We chose identity',
      authorId: 'rap',
      anonymous: false,
    },
  )
}

export function inPhase(state: SessionState, index: number): SessionState {
  const next = applyEvent(state, {
    seq: state.seq + 1,
    at: state.seq * 1_000,
    actor: null,
    commandId: null,
    event: { type: 'phaseStarted', index, durationMs: 600_000 },
  })
  return next
}
