import { CARD_TEXT_MAX, type Card } from '@blockgov/sprint'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { uuid } from '../uuid.ts'
import { ForCard } from './ForCard.tsx'
import { FormError } from './FormError.tsx'
import { useCommand } from './use-command.ts'

/** One line to comment on a card. */
export function CommentForm({ card }: { card: Card }) {
  const { t } = useI18n()
  const id = useId()
  const { run, error } = useCommand()
  const [text, setText] = useState('')

  async function submit(event: FormEvent) {
    event.preventDefault()
    const sent = text.trim()
    if (sent === '') return
    // Clear only what was sent: the person may already be typing the next comment.
    if (await run({ type: 'comment.add', cardId: card.id, commentId: uuid(), text: sent })) {
      setText((current) => (current.trim() === sent ? '' : current))
    }
  }

  return (
    <form className="inline-form comment-form" onSubmit={submit}>
      <label htmlFor={id}>
        {t('participant.comment.label')}
        <ForCard text={card.text} />
      </label>
      <input
        id={id}
        value={text}
        required
        maxLength={CARD_TEXT_MAX}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">
        {t('participant.comment.submit')}
        <ForCard text={card.text} />
      </button>
      <FormError message={error} />
    </form>
  )
}
