import { runningItem } from './access.ts'
import { floorOpen } from './activity-rules.ts'
import { accept, type DecideInput, type Decision, reject } from './decision.ts'

/** The raise-hand queue of plenary phases: who asks to speak, and who the organiser gives the floor to. */
export function decideFloor({ state, command, sender }: DecideInput): Decision | undefined {
  const self = sender.kind === 'participant' ? sender.participant : null
  switch (command.type) {
    case 'hand.raise': {
      if (self === null) return reject('NOT_ALLOWED')
      if (!floorOpen(runningItem(state, null)?.activity ?? null)) {
        return reject('PHASE_CLOSED', 'Hands are raised in plenary phases; in a group, just speak up.')
      }
      return self.handRaisedAt === null ? accept({ type: 'handRaised', participantId: self.id }) : accept()
    }
    case 'hand.lower': {
      const id = self?.id ?? command.participantId
      if (id === undefined) return reject('PARTICIPANT_NOT_FOUND', 'Say whose hand to lower.')
      if (self !== null && command.participantId !== undefined && command.participantId !== self.id) {
        return reject('NOT_ALLOWED', 'You can only lower your own hand.')
      }
      const person = state.participants[id]
      if (person === undefined) return reject('PARTICIPANT_NOT_FOUND')
      return person.handRaisedAt === null ? accept() : accept({ type: 'handLowered', participantId: id })
    }
    case 'speaker.call': {
      const queue = Object.values(state.participants)
        .filter((p) => p.handRaisedAt !== null)
        .sort((a, b) => (a.handRaisedAt ?? 0) - (b.handRaisedAt ?? 0))
      const id = command.participantId ?? queue[0]?.id
      if (id === undefined) return reject('QUEUE_EMPTY')
      if (!Object.hasOwn(state.participants, id)) return reject('PARTICIPANT_NOT_FOUND')
      return accept({ type: 'speakerCalled', participantId: id })
    }
    case 'speaker.finish':
      return state.speaker === null
        ? accept()
        : accept({ type: 'speakerFinished', participantId: state.speaker.participantId })
    default:
      return undefined
  }
}
