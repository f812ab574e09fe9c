import type { Actor, StoredEvent } from './events.ts'

/**
 * The copy of an event that `viewer` may see. Anonymous cards keep their author in the log (so the author can
 * still edit or delete them) but nobody else, organiser included, learns who wrote them.
 */
export function redactFor(viewer: Actor | null, stored: StoredEvent): StoredEvent {
  const { event } = stored
  if (event.type !== 'cardAdded' || !event.anonymous || event.authorId === null) return stored
  if (viewer?.kind === 'participant' && viewer.participantId === event.authorId) return stored
  return { ...stored, actor: null, event: { ...event, authorId: null } }
}
