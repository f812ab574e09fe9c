import { describe, expect, it } from 'vitest'
import { redactFor } from './redact.ts'
import { emptySession } from './state.ts'
import { as, created, given, group, inPhase, joined, ORGANISER, PHASE, run, runOk, twoGroups } from './test-kit.ts'

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
const codeOf = (decision: ReturnType<typeof run>) => (decision.ok ? 'ok' : decision.error.code)

describe('decide: session and phase rules', () => {
  it('answers SESSION_NOT_FOUND for a session without events', () => {
    expect(codeOf(run(emptySession('x'), ORGANISER, { type: 'session.close' }))).toBe('SESSION_NOT_FOUND')
  })

  it('refuses every change after the session is closed', () => {
    const closed = runOk(twoGroups(), ORGANISER, { type: 'session.close' })
    expect(closed.closed).toBe(true)
    expect(codeOf(run(closed, as('mem'), { type: 'card.edit', cardId: 'i1', text: 'late' }))).toBe('SESSION_CLOSED')
  })

  it('refuses board edits outside the phases that allow them (PHASE_CLOSED)', () => {
    const plenary = inPhase(twoGroups(), PHASE.welcome)
    expect(codeOf(run(plenary, as('mem'), { type: 'card.add', cardId: uuid(1), kind: 'topic', text: 'x' }))).toBe(
      'PHASE_CLOSED',
    )
    expect(codeOf(run(plenary, as('mem'), { type: 'card.edit', cardId: 'i1', text: 'x' }))).toBe('PHASE_CLOSED')
    const topics = inPhase(twoGroups(), PHASE.topics)
    expect(
      codeOf(run(topics, as('mem'), { type: 'card.add', cardId: uuid(2), kind: 'idea', parentId: 't1', text: 'x' })),
    ).toBe('CARD_KIND_NOT_ALLOWED')
  })

  it('closes one group when the organiser ends its phase, and reopens it on extend', () => {
    const ended = runOk(twoGroups(), ORGANISER, { type: 'phase.end', groupId: 'g1' })
    expect(codeOf(run(ended, as('mem'), { type: 'card.edit', cardId: 'i1', text: 'x' }))).toBe('PHASE_CLOSED')
    const extended = runOk(ended, ORGANISER, { type: 'phase.extend', groupId: 'g1', minutes: 3 })
    expect(extended.groups.find((g) => g.id === 'g1')?.extraMs).toBe(180_000)
    expect(codeOf(run(extended, as('mem'), { type: 'card.edit', cardId: 'i1', text: 'x' }))).toBe('ok')
  })

  it('needs groups before a group phase and refuses an unknown agenda item', () => {
    const noGroups = given(created(), joined('a'))
    expect(codeOf(run(noGroups, ORGANISER, { type: 'phase.start', index: PHASE.topics }))).toBe('GROUPS_NOT_FORMED')
    expect(codeOf(run(noGroups, ORGANISER, { type: 'phase.start', index: 99 }))).toBe('PHASE_NOT_FOUND')
    expect(codeOf(run(noGroups, ORGANISER, { type: 'phase.start', index: PHASE.welcome }))).toBe('ok')
  })

  it('keeps started agenda items fixed but lets later ones change', () => {
    const state = twoGroups() // brainstorm (index 2) running
    const agenda = state.agenda.map((i) => ({ ...i }))
    const moved = [agenda[1], agenda[0], ...agenda.slice(2)].filter((i) => i !== undefined)
    expect(codeOf(run(state, ORGANISER, { type: 'agenda.update', agenda: moved }))).toBe('PHASE_CLOSED')
    const longerClosing = agenda.map((i) => (i.id === 'closing' ? { ...i, minutes: 10 } : i))
    expect(codeOf(run(state, ORGANISER, { type: 'agenda.update', agenda: longerClosing }))).toBe('ok')
  })
})

describe('decide: rotation', () => {
  it('rotates every group onto another design when the iterate phase starts, once', () => {
    const state = given(created(), ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => joined(id)), {
      type: 'groupsFormed',
      groups: [group('g1', ['a', 'b'], 'a', 'b'), group('g2', ['c', 'd'], 'c', 'd'), group('g3', ['e', 'f'], 'e', 'f')],
      unmet: [],
    })
    const decision = run(state, ORGANISER, { type: 'phase.start', index: PHASE.iterate })
    expect(decision.ok && decision.events.map((e) => e.type)).toEqual(['designsRotated', 'phaseStarted'])
    const rotated = runOk(state, ORGANISER, { type: 'phase.start', index: PHASE.iterate })
    for (const g of rotated.groups) expect(g.designId).not.toBe(g.id)
    expect(new Set(rotated.groups.map((g) => g.designId)).size).toBe(3)
    // The design's history shows who iterated on it in sprint 2.
    const g1Design = rotated.designs.g1
    expect(g1Design?.workedOnBy.map((w) => w.sprint)).toEqual([2])
    // Restarting the same item does not rotate again.
    const again = run(rotated, ORGANISER, { type: 'phase.start', index: PHASE.iterate })
    expect(again.ok && again.events.map((e) => e.type)).toEqual(['phaseStarted'])
  })

  it('lets a rotated group work on its new design only', () => {
    const state = inPhase(twoGroups(), PHASE.report1)
    const rotated = runOk(state, ORGANISER, { type: 'phase.start', index: PHASE.iterate })
    // g2 now works on g1's design: oth may edit i1 there, mem (g1, now on g2's design) may not.
    expect(
      codeOf(
        run(rotated, as('oth'), { type: 'comment.add', cardId: 'i1', commentId: uuid(3), text: 'Builds on this' }),
      ),
    ).toBe('ok')
    expect(codeOf(run(rotated, as('mem'), { type: 'card.edit', cardId: 'i1', text: 'mine' }))).toBe('NOT_IN_GROUP')
  })

  it('refuses rotation with a single group', () => {
    const one = given(created(), joined('a'), {
      type: 'groupsFormed',
      groups: [group('g1', ['a'], 'a', null)],
      unmet: [],
    })
    expect(codeOf(run(one, ORGANISER, { type: 'phase.start', index: PHASE.iterate }))).toBe('ROTATION_IMPOSSIBLE')
  })
})

describe('decide: group formation', () => {
  it('forms balanced groups with at least one consented woman each and records the count, not who', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `p${i}`)
    const state = given(created(), ...ids.map((id, i) => joined(id, i % 4 === 0 ? 'online' : 'room')))
    const profiles = new Map(ids.map((id, i) => [id, i < 4 ? { gender: 'woman' as const } : {}]))
    const decision = run(state, ORGANISER, { type: 'groups.form', size: { groupCount: 3 } }, profiles)
    if (!decision.ok) throw new Error(decision.error.code)
    const event = decision.events[0]
    if (event?.type !== 'groupsFormed') throw new Error('expected groupsFormed')
    expect(event.groups.map((g) => g.members.length)).toEqual([4, 4, 4])
    for (const g of event.groups) expect(g.consentedWomen).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(event)).not.toContain('woman') // the log says how many, never who
  })

  it('refuses to re-form groups once boards have cards', () => {
    expect(codeOf(run(twoGroups(), ORGANISER, { type: 'groups.form', size: { groupCount: 2 } }))).toBe('PHASE_CLOSED')
  })

  it('moves a member and clears a role they held in the old group', () => {
    const moved = runOk(twoGroups(), ORGANISER, { type: 'groups.move', participantId: 'fac', toGroupId: 'g2' })
    expect(moved.groups.find((g) => g.id === 'g1')).toMatchObject({ members: ['rap', 'mem'], facilitatorId: null })
    expect(moved.groups.find((g) => g.id === 'g2')?.members).toContain('fac')
    expect(moved.participants.fac?.groupId).toBe('g2')
  })

  it('only assigns roles to members of the group', () => {
    const decision = run(twoGroups(), ORGANISER, {
      type: 'groups.assignRoles',
      groupId: 'g1',
      facilitatorId: 'oth',
      rapporteurId: null,
    })
    expect(codeOf(decision)).toBe('NOT_IN_GROUP')
  })
})

describe('decide: boards', () => {
  it('refuses anonymous cards unless the phase allows them, and hides the author from others when it does', () => {
    const state = twoGroups()
    expect(
      codeOf(run(state, as('mem'), { type: 'card.add', cardId: uuid(4), kind: 'topic', text: 'x', anonymous: true })),
    ).toBe('ANONYMOUS_NOT_ALLOWED')
    const open = { ...state, agenda: state.agenda.map((i) => ({ ...i, anonymousCards: true })) }
    const decision = run(open, as('mem'), {
      type: 'card.add',
      cardId: uuid(5),
      kind: 'topic',
      text: 'x',
      anonymous: true,
    })
    if (!decision.ok) throw new Error(decision.error.code)
    const event = decision.events[0]
    if (event === undefined) throw new Error('expected cardAdded')
    const stored = { seq: 99, at: 0, actor: as('mem'), commandId: 'c', event }
    expect(redactFor(as('fac'), stored).event).toMatchObject({ authorId: null })
    expect(redactFor(ORGANISER, stored).actor).toBeNull()
    expect(redactFor(as('mem'), stored).event).toMatchObject({ authorId: 'mem' })
  })

  it('merges two ideas: texts joined, comments and scores of the source dropped with it, target kept', () => {
    const merged = runOk(twoGroups(), as('fac'), { type: 'card.merge', sourceId: 'i2', targetId: 'i1' })
    expect(merged.cards.i1?.text).toBe('Pilot\nGuide')
    expect(merged.cards.i2).toBeUndefined()
    expect(merged.cardOrder).not.toContain('i2')
  })

  it('deleting a topic keeps its ideas, moving them to the top level', () => {
    const deleted = runOk(twoGroups(), as('fac'), { type: 'card.delete', cardId: 't1' })
    expect(deleted.cards.i1?.parentId).toBeNull()
  })

  it('keeps the latest score per rater, idea and criterion', () => {
    let state = inPhase(twoGroups(), PHASE.evaluate)
    state = runOk(state, as('mem'), { type: 'score.set', ideaId: 'i1', criterionId: 'feasible', value: 2 })
    state = runOk(state, as('mem'), { type: 'score.set', ideaId: 'i1', criterionId: 'feasible', value: 5 })
    expect(Object.values(state.scores)).toEqual([{ raterId: 'mem', ideaId: 'i1', criterionId: 'feasible', value: 5 }])
    expect(codeOf(run(state, as('mem'), { type: 'score.set', ideaId: 'i1', criterionId: 'nope', value: 1 }))).toBe(
      'CRITERION_NOT_FOUND',
    )
    expect(codeOf(run(state, as('mem'), { type: 'dots.set', ideaId: 'i1', dots: 1 }))).toBe('WRONG_EVALUATION_METHOD')
  })

  it('keeps each person within their dot budget per board', () => {
    let state = runOk(inPhase(twoGroups(), PHASE.evaluate), ORGANISER, {
      type: 'evaluation.setMethod',
      method: 'dots',
      dotsPerPerson: 3,
    })
    state = runOk(state, as('mem'), { type: 'dots.set', ideaId: 'i1', dots: 2 })
    const over = run(state, as('mem'), { type: 'dots.set', ideaId: 'i2', dots: 2 })
    expect(over.ok ? null : over.error).toMatchObject({
      code: 'DOTS_EXCEEDED',
      details: { used: 2, requested: 2, allowed: 3 },
    })
    // Moving dots: changing the same idea replaces, it does not add.
    expect(codeOf(run(state, as('mem'), { type: 'dots.set', ideaId: 'i1', dots: 3 }))).toBe('ok')
  })

  it('records an outcome with a leader who must be a participant', () => {
    const state = inPhase(twoGroups(), PHASE.outcome)
    const bad = run(state, as('fac'), {
      type: 'outcome.set',
      groupId: 'g1',
      project: 'P',
      leaderId: 'ghost',
      nextStep: 'N',
    })
    expect(codeOf(bad)).toBe('PARTICIPANT_NOT_FOUND')
    const done = runOk(state, as('rap'), {
      type: 'outcome.set',
      groupId: 'g1',
      project: 'P',
      leaderId: 'mem',
      nextStep: 'N',
    })
    expect(done.groups[0]?.outcome).toEqual({ project: 'P', leaderId: 'mem', nextStep: 'N' })
  })
})

describe('decide: the floor', () => {
  it('queues raised hands in order, calls the next speaker and records interventions with room or online', () => {
    let state = inPhase(given(created(), joined('a'), joined('b', 'online')), PHASE.welcome)
    state = runOk(state, as('b'), { type: 'hand.raise' })
    state = runOk(state, as('a'), { type: 'hand.raise' })
    state = runOk(state, ORGANISER, { type: 'speaker.call' })
    expect(state.speaker).toMatchObject({ participantId: 'b', presence: 'online' })
    state = runOk(state, ORGANISER, { type: 'speaker.call' })
    expect(state.speaker?.participantId).toBe('a')
    state = runOk(state, ORGANISER, { type: 'speaker.finish' })
    expect(state.interventions.map((i) => [i.participantId, i.presence])).toEqual([
      ['b', 'online'],
      ['a', 'room'],
    ])
    expect(state.interventions.every((i) => i.endedAt !== null && i.endedAt >= i.startedAt)).toBe(true)
    expect(codeOf(run(state, ORGANISER, { type: 'speaker.call' }))).toBe('QUEUE_EMPTY')
  })

  it('only raises hands in plenary phases', () => {
    expect(codeOf(run(twoGroups(), as('mem'), { type: 'hand.raise' }))).toBe('PHASE_CLOSED')
  })
})

describe('cards remember their sprint round', () => {
  it('credits a summary published during a report-out to the sprint just reported on', () => {
    const reporting = inPhase(twoGroups(), PHASE.report1)
    const published = runOk(reporting, as('rap'), {
      type: 'summary.publish',
      cardId: uuid(9),
      text: 'We propose a pilot',
    })
    expect(published.cards[uuid(9)]?.sprint).toBe(1)
  })
})
