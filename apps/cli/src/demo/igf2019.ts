import { randomBytes, randomUUID } from 'node:crypto'
import { hashPassword, newJoinCode } from '@blockgov/auth'
import { type Database, findOrganiserByEmail, insertOrganiser, insertSprintSession, saveProfile } from '@blockgov/db'
import { SessionHub } from '@blockgov/server'
import {
  type Actor,
  defaultCriteria,
  type Group,
  igfDesignSprint,
  type SessionState,
  SprintCommand,
  type SprintCommandInput,
  type StakeholderGroup,
  stakeholderGroups,
} from '@blockgov/sprint'
import { IGF2019_TITLE, igf2019Designs } from './igf2019-content.ts'

/** The demo organiser's sign-in; `.invalid` can never be a real address (RFC 2606). */
export const DEMO_EMAIL = 'demo@blockgov.invalid'
export const DEMO_SEED = 2019

export const IGF2019_SHAPE = { inRoom: 47, online: 4, women: 18, groups: 5 } as const

export interface DemoResult {
  readonly sessionId: string
  readonly code: string
  readonly organiserEmail: string
  /** The new account's password, or null when the demo organiser already existed. */
  readonly password: string | null
}

/** mulberry32: a tiny seeded PRNG, so every run of the demo has the same people, groups and scores. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

async function demoOrganiser(database: Database): Promise<{ id: string; password: string | null }> {
  const existing = await findOrganiserByEmail(database.db, DEMO_EMAIL)
  if (existing !== undefined) return { id: existing.id, password: null }
  const password = randomBytes(12).toString('base64url')
  const id = randomUUID()
  const passwordHash = await hashPassword(password)
  if (await insertOrganiser(database.db, { id, email: DEMO_EMAIL, displayName: 'Demo organiser', passwordHash })) {
    return { id, password }
  }
  const raced = await findOrganiserByEmail(database.db, DEMO_EMAIL)
  if (raced === undefined) throw new Error('could not create the demo organiser')
  return { id: raced.id, password: null }
}

/**
 * Builds the IGF 2019 demo session in `database`, through the same path as the web app: the session row and
 * its `sessionCreated` event as `POST /api/sessions` writes them, then `SessionHub.join` / `execute` for every
 * step, so every rule of the domain is checked. People are synthetic ("Participant 07 (synthetic)"); content
 * and scores are the same on every run (fixed seed), ids are fresh. Time is simulated: the session appears to
 * have started 85 minutes ago and to be in its closing item now.
 */
export async function buildIgf2019Demo(database: Database, realNow: Date = new Date()): Promise<DemoResult> {
  const random = prng(DEMO_SEED)
  const organiser = await demoOrganiser(database)
  const start = realNow.getTime() - 85 * 60_000
  let t = start
  const now = () => {
    t += 500
    return new Date(t)
  }
  const minute = (m: number) => {
    t = Math.max(t, start + m * 60_000)
  }

  const sessionId = randomUUID()
  let code = ''
  for (let attempt = 0; attempt < 5 && code === ''; attempt++) {
    const candidate = newJoinCode()
    const created = {
      type: 'sessionCreated',
      title: IGF2019_TITLE,
      code: candidate,
      templateId: igfDesignSprint.id,
      agenda: igfDesignSprint.agenda,
      criteria: defaultCriteria,
      organiserId: organiser.id,
    } as const
    const at = new Date(start)
    if (
      await insertSprintSession(database.db, {
        id: sessionId,
        organiserId: organiser.id,
        title: IGF2019_TITLE,
        created,
        at,
      })
    )
      code = candidate
  }
  if (code === '') throw new Error('could not draw a free join code')

  const hub = new SessionHub(database.db, now)
  const org: Actor = { kind: 'organiser', accountId: organiser.id }
  const as = (participantId: string): Actor => ({ kind: 'participant', participantId })
  const run = async (actor: Actor, input: SprintCommandInput) => {
    const result = await hub.execute(sessionId, actor, randomUUID(), SprintCommand.parse(input))
    if (!result.ok) throw new Error(`demo step ${input.type} was refused: ${result.error.code} ${result.error.message}`)
  }
  const state = async (): Promise<SessionState> => {
    const s = await hub.state(sessionId)
    if (s === null) throw new Error('the demo session disappeared')
    return s
  }
  const phase = async (index: number) => {
    minute(igfDesignSprint.agenda.slice(0, index).reduce((sum, item) => sum + item.minutes, 0))
    await run(org, { type: 'phase.start', index })
  }

  // People: 47 in the room, 4 online; 18 women, 25 men and 8 who leave gender unanswered, all consented.
  const total = IGF2019_SHAPE.inRoom + IGF2019_SHAPE.online
  const people = Array.from({ length: total }, (_, i) => ({
    id: randomUUID(),
    name: `Participant ${String(i + 1).padStart(2, '0')} (synthetic)`,
    online: i >= IGF2019_SHAPE.inRoom,
  }))
  const order = shuffled(people, random)
  const women = new Set<string>(order.slice(0, IGF2019_SHAPE.women).map((p) => p.id))
  const men = new Set<string>(order.slice(IGF2019_SHAPE.women, IGF2019_SHAPE.women + 25).map((p) => p.id))
  const volunteers = shuffled(people, random).slice(0, 10)

  await phase(0)
  for (const [i, p] of people.entries()) {
    const stakeholder: StakeholderGroup = stakeholderGroups[i % 5] ?? 'other'
    const gender = women.has(p.id) ? 'woman' : men.has(p.id) ? 'man' : undefined
    await saveProfile(database.db, sessionId, p.id, [
      ...(gender === undefined ? [] : [{ field: 'gender', value: gender }]),
      { field: 'stakeholder', value: stakeholder },
    ])
    // One online participant first signs in as if in the room and corrects it: presence counts as last set.
    const late = i === total - 1
    await hub.join(sessionId, {
      participantId: p.id,
      displayName: p.name,
      presence: p.online && !late ? 'online' : 'room',
    })
    if (late) await run(as(p.id), { type: 'participant.setPresence', participantId: p.id, presence: 'online' })
  }
  for (const [i, v] of volunteers.entries()) {
    await run(as(v.id), { type: 'participant.volunteer', facilitator: i % 2 === 0, rapporteur: i % 2 === 1 })
  }
  await run(org, { type: 'groups.form', size: { groupCount: IGF2019_SHAPE.groups }, online: 'spread', seed: DEMO_SEED })
  for (const g of (await state()).groups) {
    if (g.facilitatorId !== null && g.rapporteurId !== null) continue
    // The solver found no volunteer for a role here: the organiser asks two members, as happens in the room.
    const facilitatorId = g.facilitatorId ?? g.members.find((m) => m !== g.rapporteurId) ?? null
    const rapporteurId = g.rapporteurId ?? g.members.find((m) => m !== facilitatorId) ?? null
    await run(org, { type: 'groups.assignRoles', groupId: g.id, facilitatorId, rapporteurId })
  }

  const groups = (await state()).groups
  const designIndex = (g: Group) => groups.findIndex((o) => o.id === g.designId)
  const lead = (g: Group) => as(g.rapporteurId ?? g.facilitatorId ?? g.members[0] ?? '')
  const topicIds = new Map<string, string[]>() // design id -> topic card ids

  await phase(1)
  for (const g of groups) {
    const design = igf2019Designs[designIndex(g)]
    const ids: string[] = []
    for (const [i, text] of (design?.topics ?? []).entries()) {
      const cardId = randomUUID()
      ids.push(cardId)
      await run(as(g.members[i] ?? ''), { type: 'card.add', cardId, kind: 'topic', text })
    }
    topicIds.set(g.designId, ids)
  }

  const addIdeas = async (sprint: 1 | 2) => {
    for (const g of (await state()).groups) {
      const design = igf2019Designs[designIndex(g)]
      const ideas = (sprint === 1 ? design?.ideas : design?.iterations) ?? []
      for (const [i, idea] of ideas.entries()) {
        const parentId = topicIds.get(g.designId)?.[idea.topic] ?? null
        const author = g.members[(i + 2) % g.members.length] ?? ''
        await run(as(author), { type: 'card.add', cardId: randomUUID(), kind: 'idea', parentId, text: idea.text })
      }
    }
  }
  const evaluate = async (sprint: 1 | 2, raters: number) => {
    const s = await state()
    for (const g of s.groups) {
      const ideas = s.cardOrder.filter((id) => s.cards[id]?.designId === g.designId && s.cards[id]?.kind === 'idea')
      for (const [rank, ideaId] of ideas.entries()) {
        // Earlier ideas are stronger in sprint 1; the sprint-2 iterations score well too.
        const base = sprint === 2 && rank >= 4 ? 4.2 - (rank - 4) * 0.4 : 4.5 - rank * 0.6
        for (const rater of g.members.slice(0, raters)) {
          for (const c of defaultCriteria) {
            const value = Math.max(0, Math.min(5, Math.round(base + (random() - 0.5) * 2)))
            await run(as(rater), { type: 'score.set', ideaId, criterionId: c.id, value })
          }
        }
      }
      const design = igf2019Designs[designIndex(g)]
      const text = design?.summaries[sprint - 1] ?? 'Summary'
      await run(lead(g), { type: 'summary.publish', cardId: randomUUID(), text })
    }
  }
  const reportOut = async () => {
    const s = await state()
    for (const id of s.cardOrder)
      if (s.cards[id]?.kind === 'summary') await run(org, { type: 'reportOut.show', cardId: id })
    await run(org, { type: 'reportOut.show', cardId: null })
  }

  await phase(2)
  await addIdeas(1)
  await phase(3)
  await evaluate(1, 4)
  await phase(4)
  await reportOut()
  await phase(5) // rotates every group onto another group's design
  await addIdeas(2)
  await phase(6)
  await evaluate(2, 3)
  await phase(7)
  await reportOut()
  // Questions from the floor: two people in the room, then each of the four online participants.
  const speakers = [people[2], people[11], ...people.filter((p) => p.online)]
  for (const p of speakers) {
    if (p === undefined) continue
    await run(as(p.id), { type: 'hand.raise' })
    await run(org, { type: 'speaker.call' })
    await run(org, { type: 'speaker.finish' })
  }
  await phase(8)
  for (const [i, g] of groups.entries()) {
    const design = igf2019Designs[i]
    if (design === undefined) continue
    const leaderId = g.members.find((m) => women.has(m)) ?? g.facilitatorId
    await run(lead(g), {
      type: 'outcome.set',
      groupId: g.id,
      project: design.project,
      leaderId,
      nextStep: design.nextStep,
    })
  }
  await phase(9)
  return { sessionId, code, organiserEmail: DEMO_EMAIL, password: organiser.password }
}
