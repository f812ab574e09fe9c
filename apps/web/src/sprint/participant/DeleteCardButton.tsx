import type { Card } from '@blockgov/sprint'
import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { ForCard } from './ForCard.tsx'
import { FormError } from './FormError.tsx'
import { useCommand } from './use-command.ts'

/** Delete with a confirmation step in the page (no browser dialog); Cancel returns focus to Delete. */
export function DeleteCardButton({ card }: { card: Card }) {
  const { t } = useI18n()
  const { run, error } = useCommand()
  const [confirming, setConfirming] = useState(false)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const wasConfirming = useRef(false)

  useEffect(() => {
    if (confirming) cancelButton.current?.focus()
    else if (wasConfirming.current) deleteButton.current?.focus()
    wasConfirming.current = confirming
  }, [confirming])

  if (!confirming) {
    return (
      <button type="button" ref={deleteButton} onClick={() => setConfirming(true)}>
        {t('participant.card.delete')}
        <ForCard text={card.text} />
      </button>
    )
  }
  return (
    <div className="confirm">
      <p>{t('participant.card.confirmDelete')}</p>
      <div className="button-row">
        <button type="button" className="danger" onClick={() => run({ type: 'card.delete', cardId: card.id })}>
          {t('participant.card.confirmYes')}
        </button>
        <button type="button" ref={cancelButton} onClick={() => setConfirming(false)}>
          {t('participant.card.cancel')}
        </button>
      </div>
      <FormError message={error} />
    </div>
  )
}
