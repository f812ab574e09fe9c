import type { Card } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { CommentForm } from './CommentForm.tsx'
import { authorLabel, shortText } from './card-text.ts'
import { useParticipant } from './participant-context.ts'

/** A card's comments, oldest first, and (while the board is open) a small form to add one. */
export function CommentList({ card, canComment }: { card: Card; canComment: boolean }) {
  const { t } = useI18n()
  const { state, meId } = useParticipant()
  return (
    <div className="comments">
      {card.comments.length > 0 && (
        <ul aria-label={t('participant.comment.listLabel', { card: shortText(card.text) })}>
          {card.comments.map((comment) => (
            <li key={comment.id}>
              <span className="comment-text">{comment.text}</span>{' '}
              <span className="card-meta">— {authorLabel(t, state, meId, comment.authorId)}</span>
            </li>
          ))}
        </ul>
      )}
      {canComment && <CommentForm card={card} />}
    </div>
  )
}
