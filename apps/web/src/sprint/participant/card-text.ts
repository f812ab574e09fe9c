import type { Card, SessionState } from '@blockgov/sprint'
import type { Translate } from '../../i18n/translate.ts'
import { nameOf } from './selectors.ts'

/**
 * A short form of a card's text for accessible names ("Edit: Open registries…"), so the many Edit and
 * Delete buttons on a board can be told apart without seeing the layout.
 *
 * @example
 * shortText('A very long idea …', 20)
 */
export function shortText(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`
}

/**
 * Who wrote a card or comment, as this viewer may know it: "Anonymous" when the author is hidden, "You"
 * for one's own (noting when others see it as anonymous).
 *
 * @example
 * authorLabel(t, state, meId, card.authorId, card.anonymous)
 */
export function authorLabel(
  t: Translate,
  state: SessionState,
  meId: string,
  authorId: string | null,
  anonymous = false,
): string {
  if (authorId === null) return t('participant.card.anonymous')
  if (authorId === meId) return t(anonymous ? 'participant.card.youAnonymous' : 'participant.card.you')
  return nameOf(state, authorId) ?? t('participant.card.unknownAuthor')
}

/** The card kinds' names, for labels. */
export function kindLabel(t: Translate, card: Pick<Card, 'kind'>): string {
  switch (card.kind) {
    case 'topic':
      return t('participant.card.kind.topic')
    case 'idea':
      return t('participant.card.kind.idea')
    case 'summary':
      return t('participant.card.kind.summary')
  }
}
