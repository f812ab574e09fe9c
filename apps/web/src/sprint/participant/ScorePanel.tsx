import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { DotsForm } from './DotsForm.tsx'
import { IdeaScores } from './IdeaScores.tsx'
import { useParticipant } from './participant-context.ts'
import { boardOf, dotsUsed } from './selectors.ts'

/** Evaluate phase: score every idea on each criterion (0–5), or place dots, as the session is set up. */
export function ScorePanel({ designId }: { designId: string }) {
  const { t } = useI18n()
  const id = useId()
  const { state, meId } = useParticipant()
  const { ideas } = boardOf(state, designId)
  const method = state.evaluation.method
  const budget = state.evaluation.dotsPerPerson

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('participant.evaluate.title')}</h2>
      {ideas.length === 0 && <p>{t('participant.evaluate.noIdeas')}</p>}
      {ideas.length > 0 && method === 'scores' && (
        <>
          <p>{t('participant.evaluate.scoresIntro')}</p>
          {ideas.map((idea) => (
            <IdeaScores key={idea.id} idea={idea} />
          ))}
        </>
      )}
      {ideas.length > 0 && method === 'dots' && (
        <>
          <p>{t('participant.evaluate.dotsIntro', { budget })}</p>
          <p role="status" className="dots-used">
            {t('participant.evaluate.dotsUsed', { used: dotsUsed(state, meId, designId), budget })}
          </p>
          <ul className="dots-list">
            {ideas.map((idea) => (
              <li key={idea.id}>
                <DotsForm idea={idea} budget={budget} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
