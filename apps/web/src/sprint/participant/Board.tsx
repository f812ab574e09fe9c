import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { CardItem } from './CardItem.tsx'
import { useParticipant } from './participant-context.ts'
import { boardOf } from './selectors.ts'
import { TopicSection } from './TopicSection.tsx'

/** The board my group works on now: topics with their ideas, ideas without a topic, published summaries. */
export function Board({ designId }: { designId: string }) {
  const { t } = useI18n()
  const id = useId()
  const { state } = useParticipant()
  const board = boardOf(state, designId)
  const design = state.designs[designId]
  const empty = board.topics.length === 0 && board.looseIdeas.length === 0 && board.summaries.length === 0

  return (
    <section aria-labelledby={`${id}-h`} className="board">
      <h2 id={`${id}-h`}>
        {design === undefined ? t('participant.board.title') : t('participant.board.titleOf', { design: design.name })}
      </h2>
      {empty && <p>{t('participant.board.empty')}</p>}
      {board.topics.map(({ topic, ideas }) => (
        <TopicSection key={topic.id} topic={topic} ideas={ideas} />
      ))}
      {board.looseIdeas.length > 0 && (
        <section aria-labelledby={`${id}-loose`} className="topic">
          <h3 id={`${id}-loose`}>{t('participant.board.looseIdeas')}</h3>
          <ul className="cards">
            {board.looseIdeas.map((idea) => (
              <li key={idea.id}>
                <CardItem card={idea} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {board.summaries.length > 0 && (
        <section aria-labelledby={`${id}-summaries`} className="topic">
          <h3 id={`${id}-summaries`}>{t('participant.board.summaries')}</h3>
          <ul className="cards">
            {board.summaries.map((summary) => (
              <li key={summary.id}>
                <CardItem card={summary} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}
