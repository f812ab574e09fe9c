import type { Card } from '@blockgov/sprint'
import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { CardItem } from './CardItem.tsx'

/** One topic of the board: the topic card as a heading, then the ideas placed under it. */
export function TopicSection({ topic, ideas }: { topic: Card; ideas: readonly Card[] }) {
  const { t } = useI18n()
  const id = useId()
  return (
    <section aria-labelledby={`${id}-h`} className="topic">
      <CardItem card={topic} headingId={`${id}-h`} />
      {ideas.length === 0 ? (
        <p className="muted">{t('participant.board.noIdeas')}</p>
      ) : (
        <ul className="cards" aria-label={t('participant.board.ideasUnder', { topic: topic.text })}>
          {ideas.map((idea) => (
            <li key={idea.id}>
              <CardItem card={idea} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
