import type { Card } from '@blockgov/sprint'
import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { CardEditForm } from './CardEditForm.tsx'
import { CardModeration } from './CardModeration.tsx'
import { CommentList } from './CommentList.tsx'
import { authorLabel, kindLabel } from './card-text.ts'
import { DeleteCardButton } from './DeleteCardButton.tsx'
import { ForCard } from './ForCard.tsx'
import { useParticipant } from './participant-context.ts'
import { boardEditable } from './selectors.ts'

/**
 * One card: its text (a heading for topics), author, comments, and the actions this viewer may take now:
 * edit and delete (author or facilitator), move and merge (facilitator).
 */
export function CardItem({ card, headingId }: { card: Card; headingId?: string }) {
  const { t } = useI18n()
  const { state, meId, group, item } = useParticipant()
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)
  const returnFocus = useRef(false)

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false
      editButton.current?.focus()
    }
  }, [editing])

  const onBoard = group !== null && group.designId === card.designId && group.members.includes(meId)
  const open = onBoard && boardEditable(item?.activity ?? null, card.kind)
  const facilitator = group?.facilitatorId === meId
  const mayEdit = open && (card.authorId === meId || facilitator)

  return (
    <div className={`card card-${card.kind}`}>
      {headingId === undefined ? (
        <p className="card-text">{card.text}</p>
      ) : (
        <h3 id={headingId} className="card-text">
          <span className="visually-hidden">{kindLabel(t, card)}: </span>
          {card.text}
        </h3>
      )}
      <p className="card-meta">
        {t('participant.card.by', { name: authorLabel(t, state, meId, card.authorId, card.anonymous) })}
      </p>
      {editing && (
        <CardEditForm
          card={card}
          onDone={() => {
            returnFocus.current = true
            setEditing(false)
          }}
        />
      )}
      {mayEdit && !editing && (
        <div className="card-actions">
          <button type="button" ref={editButton} onClick={() => setEditing(true)}>
            {t('participant.card.edit')}
            <ForCard text={card.text} />
          </button>
          <DeleteCardButton card={card} />
        </div>
      )}
      {open && facilitator && card.kind !== 'summary' && <CardModeration card={card} />}
      <CommentList card={card} canComment={open} />
    </div>
  )
}
