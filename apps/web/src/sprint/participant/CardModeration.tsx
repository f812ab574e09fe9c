import type { Card } from '@blockgov/sprint'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { shortText } from './card-text.ts'
import { ForCard } from './ForCard.tsx'
import { FormError } from './FormError.tsx'
import { useParticipant } from './participant-context.ts'
import { boardOf, mergeTargets } from './selectors.ts'
import { NO_TOPIC, TopicOptions } from './TopicOptions.tsx'
import { useCommand } from './use-command.ts'

/**
 * Facilitator tools for one card: move an idea under another topic, or merge the card into another of the
 * same kind. A select plus a button (not an action on change), so browsing the options with the keyboard
 * changes nothing until the person confirms.
 */
export function CardModeration({ card }: { card: Card }) {
  const { t } = useI18n()
  const id = useId()
  const { state } = useParticipant()
  const move = useCommand()
  const merge = useCommand()
  const [parentId, setParentId] = useState(card.parentId ?? NO_TOPIC)
  const [targetId, setTargetId] = useState('')
  const topics = boardOf(state, card.designId).topics.map((x) => x.topic)
  const targets = mergeTargets(state, card)

  async function submitMove(event: FormEvent) {
    event.preventDefault()
    await move.run({ type: 'card.move', cardId: card.id, parentId: parentId === NO_TOPIC ? null : parentId })
  }

  async function submitMerge(event: FormEvent) {
    event.preventDefault()
    if (targetId === '') return
    if (await merge.run({ type: 'card.merge', sourceId: card.id, targetId })) setTargetId('')
  }

  return (
    <fieldset className="moderation">
      <legend>
        {t('participant.moderation.legend')}
        <ForCard text={card.text} />
      </legend>
      {card.kind === 'idea' && (
        <form className="inline-form" onSubmit={submitMove}>
          <label htmlFor={`${id}-move`}>{t('participant.moderation.moveLabel')}</label>
          <select id={`${id}-move`} value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <TopicOptions topics={topics} />
          </select>
          <button type="submit">
            {t('participant.moderation.move')}
            <ForCard text={card.text} />
          </button>
          <FormError message={move.error} />
        </form>
      )}
      {targets.length > 0 && (
        <form className="inline-form" onSubmit={submitMerge}>
          <label htmlFor={`${id}-merge`}>{t('participant.moderation.mergeLabel')}</label>
          <select id={`${id}-merge`} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
            <option value="">{t('participant.moderation.chooseCard')}</option>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {shortText(target.text, 80)}
              </option>
            ))}
          </select>
          <button type="submit">
            {t('participant.moderation.merge')}
            <ForCard text={card.text} />
          </button>
          <FormError message={merge.error} />
        </form>
      )}
    </fieldset>
  )
}
