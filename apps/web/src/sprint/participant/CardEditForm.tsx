import type { Card } from '@blockgov/sprint'
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { CountedTextarea } from './CountedTextarea.tsx'
import { FormError } from './FormError.tsx'
import { useCommand } from './use-command.ts'

/** Inline editing of a card's text; Escape or Cancel leaves it unchanged. */
export function CardEditForm({ card, onDone }: { card: Card; onDone: () => void }) {
  const { t } = useI18n()
  const { run, error } = useCommand()
  const [text, setText] = useState(card.text)
  const field = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    field.current?.focus()
  }, [])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (await run({ type: 'card.edit', cardId: card.id, text: text.trim() })) onDone()
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onDone()
  }

  return (
    <form className="stack card-edit" onSubmit={submit} onKeyDown={onKeyDown}>
      <CountedTextarea
        label={t('participant.card.editLabel')}
        value={text}
        onChange={setText}
        required
        textareaRef={field}
      />
      <FormError message={error} />
      <div className="button-row">
        <button type="submit">{t('participant.card.save')}</button>
        <button type="button" onClick={onDone}>
          {t('participant.card.cancel')}
        </button>
      </div>
    </form>
  )
}
