import { groupOfCard, runningItem, type Sender } from './access.ts'
import { addableKinds, boardEditable, canSummarise } from './activity-rules.ts'
import { MERGED_TEXT_MAX } from './commands.ts'
import { accept, type DecideInput, type Decision, reject } from './decision.ts'
import type { ParticipantRule } from './policy.ts'
import { commandPolicy } from './policy.ts'
import type { Group, SessionState } from './state.ts'
import type { Activity } from './template.ts'

/** Whether a participant meets `rule` for `group` (the group whose board the command touches). */
function meets(rule: ParticipantRule, participantId: string, group: Group, authorId: string | null): boolean {
  switch (rule) {
    case 'none':
      return false
    case 'self':
    case 'member':
      return group.members.includes(participantId)
    case 'lead':
      return group.facilitatorId === participantId || group.rapporteurId === participantId
    case 'facilitator':
      return group.facilitatorId === participantId
    case 'author-or-facilitator':
      return (
        group.members.includes(participantId) && (authorId === participantId || group.facilitatorId === participantId)
      )
  }
}

/**
 * Checks a participant against the policy for a group's board. Organisers pass (the policy table already
 * said whether they may send the command). Returns the rejection, or null when allowed.
 */
function authoriseOnGroup(input: DecideInput, group: Group, authorId: string | null = null): Decision | null {
  const { sender, command } = input
  if (sender.kind === 'organiser') return null
  if (!group.members.includes(sender.participant.id)) return reject('NOT_IN_GROUP')
  return meets(commandPolicy[command.type].participant, sender.participant.id, group, authorId)
    ? null
    : reject('NOT_ALLOWED')
}

/** Organisers moderate at any time; participants only while their group's phase allows it. */
function phaseAllows(
  state: SessionState,
  sender: Sender,
  group: Group,
  allows: (activity: Activity | null) => boolean,
) {
  return sender.kind === 'organiser' || allows(runningItem(state, group)?.activity ?? null)
}

/** Cards, comments, evaluation, summaries and outcomes: what happens on a group's board. */
export function decideBoard(input: DecideInput): Decision | undefined {
  const { state, command, sender } = input
  const self = sender.kind === 'participant' ? sender.participant : null
  const ownGroup = sender.kind === 'participant' ? sender.group : null

  switch (command.type) {
    case 'card.add': {
      if (self === null || ownGroup === null) return reject('NOT_IN_GROUP', 'You are not in a group yet.')
      const item = runningItem(state, ownGroup)
      const kinds = addableKinds(item?.activity ?? null)
      if (item === null || kinds.length === 0) return reject('PHASE_CLOSED')
      if (!kinds.includes(command.kind)) return reject('CARD_KIND_NOT_ALLOWED')
      if (command.anonymous && item.anonymousCards !== true) return reject('ANONYMOUS_NOT_ALLOWED')
      if (Object.hasOwn(state.cards, command.cardId)) return reject('CARD_EXISTS')
      const parent = command.parentId === null ? null : state.cards[command.parentId]
      if (parent !== null && parent !== undefined && parent.designId !== ownGroup.designId)
        return reject('NOT_IN_GROUP')
      if (parent === undefined || parent?.kind === 'idea' || parent?.kind === 'summary') {
        return reject('CARD_NOT_FOUND', 'Ideas can only be placed under a topic on your board.')
      }
      return accept({
        type: 'cardAdded',
        cardId: command.cardId,
        designId: ownGroup.designId,
        kind: command.kind,
        parentId: command.kind === 'topic' ? null : command.parentId,
        text: command.text,
        authorId: self.id,
        anonymous: command.anonymous,
      })
    }
    case 'card.edit':
    case 'card.delete':
    case 'card.move':
    case 'card.merge':
    case 'comment.add': {
      const cardId = command.type === 'card.merge' ? command.targetId : command.cardId
      const card = state.cards[cardId]
      const group = card && groupOfCard(state, card)
      if (card === undefined || group === undefined) return reject('CARD_NOT_FOUND')
      const denied = authoriseOnGroup(input, group, card.authorId)
      if (denied !== null) return denied
      if (!phaseAllows(state, sender, group, (activity) => boardEditable(activity, card.kind))) {
        return reject('PHASE_CLOSED')
      }
      switch (command.type) {
        case 'card.edit':
          return command.text === card.text
            ? accept()
            : accept({ type: 'cardEdited', cardId: card.id, text: command.text })
        case 'card.delete':
          return accept({ type: 'cardDeleted', cardId: card.id })
        case 'comment.add':
          return accept({
            type: 'commentAdded',
            cardId: card.id,
            commentId: command.commentId,
            text: command.text,
            authorId: self?.id ?? null,
          })
        case 'card.move': {
          if (card.kind !== 'idea') return reject('CARD_KIND_NOT_ALLOWED', 'Only ideas move between topics.')
          const parent = command.parentId === null ? null : state.cards[command.parentId]
          if (
            parent === undefined ||
            (parent !== null && (parent.kind !== 'topic' || parent.designId !== card.designId))
          ) {
            return reject('CARD_NOT_FOUND', 'Ideas can only move under a topic on the same board.')
          }
          return accept({ type: 'cardMoved', cardId: card.id, parentId: command.parentId })
        }
        case 'card.merge': {
          const source = state.cards[command.sourceId]
          if (source === undefined || source.designId !== card.designId || source.id === card.id)
            return reject('CARD_NOT_FOUND')
          if (source.kind !== card.kind || card.kind === 'summary') {
            return reject('CARD_KIND_NOT_ALLOWED', 'Only two topics or two ideas can be merged.')
          }
          const text = `${card.text}\n${source.text}`
          if (text.length > MERGED_TEXT_MAX) return reject('CARD_TOO_LONG')
          return accept({ type: 'cardsMerged', sourceId: source.id, targetId: card.id, text })
        }
      }
      return undefined
    }
    case 'score.set':
    case 'dots.set': {
      if (self === null || ownGroup === null) return reject('NOT_IN_GROUP', 'You are not in a group yet.')
      const method = command.type === 'score.set' ? 'scores' : 'dots'
      if (state.evaluation.method !== method) return reject('WRONG_EVALUATION_METHOD')
      if (runningItem(state, ownGroup)?.activity !== 'evaluate') return reject('PHASE_CLOSED')
      const idea = state.cards[command.ideaId]
      if (idea !== undefined && idea.designId !== ownGroup.designId) return reject('NOT_IN_GROUP')
      if (idea?.kind !== 'idea') return reject('CARD_NOT_FOUND')
      if (command.type === 'score.set') {
        if (!state.criteria.some((c) => c.id === command.criterionId)) return reject('CRITERION_NOT_FOUND')
        return accept({
          type: 'scoreSet',
          raterId: self.id,
          ideaId: idea.id,
          criterionId: command.criterionId,
          value: command.value,
        })
      }
      // Each person has a budget of dots per board.
      const elsewhere = Object.values(state.dots)
        .filter(
          (d) => d.voterId === self.id && d.ideaId !== idea.id && state.cards[d.ideaId]?.designId === idea.designId,
        )
        .reduce((sum, d) => sum + d.dots, 0)
      const allowed = state.evaluation.dotsPerPerson
      if (elsewhere + command.dots > allowed) {
        return reject('DOTS_EXCEEDED', undefined, { used: elsewhere, requested: command.dots, allowed })
      }
      return accept({ type: 'dotsSet', voterId: self.id, ideaId: idea.id, dots: command.dots })
    }
    case 'summary.publish': {
      if (self === null || ownGroup === null) return reject('NOT_IN_GROUP', 'You are not in a group yet.')
      const denied = authoriseOnGroup(input, ownGroup)
      if (denied !== null) return denied
      if (!phaseAllows(state, sender, ownGroup, canSummarise)) return reject('PHASE_CLOSED')
      if (Object.hasOwn(state.cards, command.cardId)) return reject('CARD_EXISTS')
      return accept({
        type: 'cardAdded',
        cardId: command.cardId,
        designId: ownGroup.designId,
        kind: 'summary',
        parentId: null,
        text: command.text,
        authorId: self.id,
        anonymous: false,
      })
    }
    case 'outcome.set': {
      const group = state.groups.find((g) => g.id === command.groupId)
      if (group === undefined) return reject('GROUP_NOT_FOUND')
      const denied = authoriseOnGroup(input, group)
      if (denied !== null) return denied
      if (!phaseAllows(state, sender, group, (activity) => activity === 'outcome')) return reject('PHASE_CLOSED')
      if (command.leaderId !== null && !Object.hasOwn(state.participants, command.leaderId)) {
        return reject('PARTICIPANT_NOT_FOUND', 'The project leader must be a participant of this session.')
      }
      return accept({
        type: 'outcomeSet',
        groupId: group.id,
        project: command.project,
        leaderId: command.leaderId,
        nextStep: command.nextStep,
      })
    }
    default:
      return undefined
  }
}
