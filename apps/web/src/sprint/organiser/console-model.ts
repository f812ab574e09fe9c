/**
 * Pure views of a session for the organiser console and the projector: counts, the raise-hand queue,
 * participation figures, which group a summary belongs to, and what the wall screen should show. No React.
 */
import type { AgendaItem, Card, Group, Participant, SessionState } from '@blockgov/sprint'

/** Who is here, by presence and by how they signed in. */
export interface PeopleCounts {
  readonly total: number
  readonly room: number
  readonly online: number
  readonly viaCode: number
  readonly viaDesk: number
  readonly handsRaised: number
}

/** Participants in joining order (the record alone does not keep order across serialisation). */
export function participantsInOrder(state: SessionState): Participant[] {
  const seen = new Set<string>()
  const ordered: Participant[] = []
  for (const id of state.participantOrder) {
    const person = state.participants[id]
    if (person === undefined || seen.has(id)) continue
    seen.add(id)
    ordered.push(person)
  }
  for (const person of Object.values(state.participants)) if (!seen.has(person.id)) ordered.push(person)
  return ordered
}

export function peopleCounts(state: SessionState): PeopleCounts {
  const people = participantsInOrder(state)
  const count = (keep: (p: Participant) => boolean) => people.filter(keep).length
  return {
    total: people.length,
    room: count((p) => p.presence === 'room'),
    online: count((p) => p.presence === 'online'),
    viaCode: count((p) => p.via === 'code'),
    viaDesk: count((p) => p.via === 'desk'),
    handsRaised: count((p) => p.handRaisedAt !== null),
  }
}

/** Raised hands, first raised first; ties keep joining order (as the server's `speaker.call` does). */
export function handQueue(state: SessionState): Participant[] {
  return participantsInOrder(state)
    .filter((p) => p.handRaisedAt !== null)
    .sort((a, b) => (a.handRaisedAt ?? 0) - (b.handRaisedAt ?? 0))
}

/** Interventions so far, the current one included, split by where the speaker was. */
export interface ParticipationFigures {
  readonly interventions: number
  readonly room: number
  readonly online: number
  /** Distinct people who have spoken. */
  readonly speakers: number
  /** Share (0..1) of participants who are online; null with nobody signed in. */
  readonly onlineShareOfPeople: number | null
  /** Share (0..1) of interventions made online; null before anyone has spoken. */
  readonly onlineShareOfInterventions: number | null
}

export function participationFigures(state: SessionState): ParticipationFigures {
  const all = state.speaker === null ? state.interventions : [...state.interventions, state.speaker]
  const online = all.filter((i) => i.presence === 'online').length
  const counts = peopleCounts(state)
  return {
    interventions: all.length,
    room: all.length - online,
    online,
    speakers: new Set(all.map((i) => i.participantId)).size,
    onlineShareOfPeople: counts.total === 0 ? null : counts.online / counts.total,
    onlineShareOfInterventions: all.length === 0 ? null : online / all.length,
  }
}

/** A participant's display name, or null for nobody or someone unknown. */
export function nameOf(state: SessionState, id: string | null): string | null {
  if (id === null) return null
  return state.participants[id]?.displayName ?? null
}

/** The agenda item the room is on (running or just ended), or null before the first phase. */
export function currentItem(state: SessionState): { item: AgendaItem; index: number; running: boolean } | null {
  const phase = state.phase
  if (phase === null) return null
  const item = state.agenda[phase.index]
  return item === undefined ? null : { item, index: phase.index, running: phase.endedAt === null && !state.closed }
}

/** Whether agenda item `index` is running for the room now. */
export function isRunning(state: SessionState, index: number): boolean {
  const current = currentItem(state)
  return current !== null && current.index === index && current.running
}

/**
 * The group a summary card reports for. Summaries sit on the design the group works on; after a rotation
 * that design's current group may be another one, so the sprint the card was written in decides.
 */
export function groupOfSummary(state: SessionState, card: Card): Group | undefined {
  const design = state.designs[card.designId]
  if (card.sprint !== null && design !== undefined) {
    const worked = design.workedOnBy.find((w) => w.sprint === card.sprint)
    const group = worked === undefined ? undefined : state.groups.find((g) => g.id === worked.groupId)
    if (group !== undefined) return group
  }
  return state.groups.find((g) => g.designId === card.designId)
}

export interface GroupSummaries {
  readonly group: Group | null
  readonly cards: readonly Card[]
}

/** Published summary cards per group, in group order; summaries whose group is unknown come last. */
export function summariesByGroup(state: SessionState): GroupSummaries[] {
  const summaries = state.cardOrder.map((id) => state.cards[id]).filter((c) => c !== undefined && c.kind === 'summary')
  const byGroup = new Map<string | null, Card[]>()
  for (const card of summaries) {
    if (card === undefined) continue
    const key = groupOfSummary(state, card)?.id ?? null
    byGroup.set(key, [...(byGroup.get(key) ?? []), card])
  }
  const result: GroupSummaries[] = state.groups.map((group) => ({ group, cards: byGroup.get(group.id) ?? [] }))
  const orphans = byGroup.get(null)
  if (orphans !== undefined) result.push({ group: null, cards: orphans })
  return result
}

/** What the wall screen puts first. */
export type ProjectorMode = 'welcome' | 'groups' | 'report-out' | 'outcomes'

/**
 * Before the first phase and in plenary items the room needs the join code; report-outs show a summary;
 * the outcome item, any plenary after it (closing) and a closed session show outcomes.
 */
export function projectorMode(state: SessionState): ProjectorMode {
  const current = currentItem(state)
  const outcomeIndex = state.agenda.findIndex((i) => i.activity === 'outcome')
  const afterOutcome = current !== null && outcomeIndex !== -1 && current.index >= outcomeIndex
  if (state.closed || (afterOutcome && current?.item.activity !== 'report-out')) {
    return state.groups.length > 0 ? 'outcomes' : 'welcome'
  }
  if (current === null) return 'welcome'
  switch (current.item.activity) {
    case 'plenary':
      return 'welcome'
    case 'report-out':
      return 'report-out'
    default:
      return 'groups'
  }
}

/** Whether the raise-hand queue is in use: plenary and report-out items. */
export function isPlenaryActivity(item: AgendaItem | null | undefined): boolean {
  return item === null || item === undefined || item.activity === 'plenary' || item.activity === 'report-out'
}

/** One rotation round: for each group (in group order), the design it worked on. */
export interface RotationRound {
  readonly round: number
  readonly cells: readonly { readonly groupId: string; readonly designName: string }[]
}

/** Rotation history; round 0 (each group on its own design) is implied and not listed. */
export function rotationRounds(state: SessionState): RotationRound[] {
  return state.rotations.map((assignment, r) => ({
    round: r + 1,
    cells: state.groups.map((g, i) => {
      const original = state.groups[assignment[i] ?? i]
      const design = original === undefined ? undefined : state.designs[original.id]
      return { groupId: g.id, designName: design?.name ?? original?.name ?? '?' }
    }),
  }))
}

/** An id for a new criterion, from its label (`[a-z0-9-]{1,40}`), unique among `taken`. */
export function criterionIdFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 34)
      .replace(/-+$/, '') || 'criterion'
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}
