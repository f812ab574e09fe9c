/**
 * Pure read helpers for the participant screens: what one person sees of the shared session state.
 * No React, no I/O, so they are tested directly (selectors.test.ts).
 */
import type { Card, Group, Participant, SessionState } from '@blockgov/sprint'

/** A topic card with the ideas placed under it, in the order they were added. */
export interface TopicWithIdeas {
  readonly topic: Card
  readonly ideas: readonly Card[]
}

/** The cards of one design (board), grouped as the board shows them. */
export interface BoardView {
  readonly topics: readonly TopicWithIdeas[]
  /** Ideas not (or no longer) under a topic of this board. */
  readonly looseIdeas: readonly Card[]
  /** Every idea of the board, in order: what is evaluated. */
  readonly ideas: readonly Card[]
  readonly summaries: readonly Card[]
}

/** A participant's part in their group. */
export type GroupRole = 'facilitator' | 'rapporteur' | 'member'

/**
 * The group `participantId` belongs to, or null before groups are formed (or if they were left out).
 *
 * @example
 * myGroupOf(state, pass.participantId)?.designId
 */
export function myGroupOf(state: SessionState, participantId: string): Group | null {
  return state.groups.find((g) => g.members.includes(participantId)) ?? null
}

/**
 * The role of `participantId` in `group`.
 *
 * @example
 * roleIn(group, meId) === 'facilitator'
 */
export function roleIn(group: Group, participantId: string): GroupRole {
  if (group.facilitatorId === participantId) return 'facilitator'
  if (group.rapporteurId === participantId) return 'rapporteur'
  return 'member'
}

/**
 * Whether `participantId` leads `group` (facilitator or rapporteur): they publish summaries and set the outcome.
 *
 * @example
 * isLead(group, meId)
 */
export function isLead(group: Group, participantId: string): boolean {
  return group.facilitatorId === participantId || group.rapporteurId === participantId
}

/**
 * The cards of design `designId`, in the order they were added: topics with their ideas, ideas without a
 * topic, and published summaries.
 *
 * @example
 * boardOf(state, group.designId).topics.map((t) => t.topic.text)
 */
export function boardOf(state: SessionState, designId: string): BoardView {
  const cards = state.cardOrder.flatMap((id) => {
    const card = state.cards[id]
    return card !== undefined && card.designId === designId ? [card] : []
  })
  const topicCards = cards.filter((c) => c.kind === 'topic')
  const topicIds = new Set(topicCards.map((c) => c.id))
  const ideas = cards.filter((c) => c.kind === 'idea')
  return {
    topics: topicCards.map((topic) => ({ topic, ideas: ideas.filter((i) => i.parentId === topic.id) })),
    looseIdeas: ideas.filter((i) => i.parentId === null || !topicIds.has(i.parentId)),
    ideas,
    summaries: cards.filter((c) => c.kind === 'summary'),
  }
}

/**
 * Cards of `kind` on the same board as `card`, other than `card` itself: the targets it can be merged into.
 *
 * @example
 * mergeTargets(state, card).map((c) => c.text)
 */
export function mergeTargets(state: SessionState, card: Card): readonly Card[] {
  return state.cardOrder.flatMap((id) => {
    const other = state.cards[id]
    return other !== undefined && other.id !== card.id && other.designId === card.designId && other.kind === card.kind
      ? [other]
      : []
  })
}

/** The domain's activity rules, re-exported so screens and `decide` can never disagree. */
export { addableKinds, boardEditable, canSummarise, floorOpen } from '@blockgov/sprint'

/**
 * Participants with a raised hand, first raised first; equal times keep joining order.
 *
 * @example
 * handQueue(state).map((p) => p.displayName)
 */
export function handQueue(state: SessionState): readonly Participant[] {
  const order = new Map(state.participantOrder.map((id, i) => [id, i]))
  return Object.values(state.participants)
    .filter((p) => p.handRaisedAt !== null)
    .sort((a, b) => (a.handRaisedAt ?? 0) - (b.handRaisedAt ?? 0) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
}

/**
 * 1-based place of `participantId` in the raise-hand queue, or null when their hand is down.
 *
 * @example
 * queuePosition(state, meId) // 2
 */
export function queuePosition(state: SessionState, participantId: string): number | null {
  const index = handQueue(state).findIndex((p) => p.id === participantId)
  return index === -1 ? null : index + 1
}

/**
 * Dots `voterId` has placed on the ideas of design `designId` (the budget is per board).
 *
 * @example
 * dotsUsed(state, meId, group.designId)
 */
export function dotsUsed(state: SessionState, voterId: string, designId: string): number {
  return Object.values(state.dots)
    .filter((d) => d.voterId === voterId && state.cards[d.ideaId]?.designId === designId)
    .reduce((sum, d) => sum + d.dots, 0)
}

/** One step of a design's history: which group worked on it, in which sprint. */
export interface DesignStep {
  readonly groupId: string
  readonly groupName: string
  readonly sprint: number
}

/**
 * Who worked on design `designId`, in order, with group names resolved.
 *
 * @example
 * designHistory(state, group.designId).map((s) => `${s.groupName} (${s.sprint})`)
 */
export function designHistory(state: SessionState, designId: string): readonly DesignStep[] {
  const design = state.designs[designId]
  if (design === undefined) return []
  return design.workedOnBy.map((w) => ({
    groupId: w.groupId,
    groupName: state.groups.find((g) => g.id === w.groupId)?.name ?? w.groupId,
    sprint: w.sprint,
  }))
}

/**
 * The display name of a participant, or null when unknown.
 *
 * @example
 * nameOf(state, card.authorId ?? '')
 */
export function nameOf(state: SessionState, participantId: string | null): string | null {
  if (participantId === null) return null
  return state.participants[participantId]?.displayName ?? null
}
