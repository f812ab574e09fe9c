import { evaluateIdeas, tallyDots } from '@blockgov/sprint'
import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { useParticipant } from './participant-context.ts'
import { boardOf } from './selectors.ts'

/**
 * Live results of the board's evaluation, best first. Stakeholder breakdowns are not shown here: clients
 * never receive consented profile data, so `stakeholderOf` knows nobody.
 */
export function ResultsList({ designId }: { designId: string }) {
  const { t, locale } = useI18n()
  const id = useId()
  const { state } = useParticipant()
  const { ideas } = boardOf(state, designId)
  if (ideas.length === 0) return null
  const textOf = new Map(ideas.map((idea) => [idea.id, idea.text]))
  const ideaIds = ideas.map((idea) => idea.id)
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('participant.results.title')}</h2>
      <ol className="results">
        {state.evaluation.method === 'scores'
          ? evaluateIdeas(ideaIds, state.criteria, Object.values(state.scores), () => undefined).map((r) => (
              <li key={r.ideaId}>
                <span className="card-text">{textOf.get(r.ideaId)}</span>
                <span className="result-line">
                  {r.weightedMean === null
                    ? t('participant.results.unscored')
                    : t('participant.results.score', { score: oneDecimal.format(r.weightedMean), raters: r.raters })}
                </span>
                {r.highDisagreement && <span className="badge">{t('participant.results.disagreement')}</span>}
              </li>
            ))
          : tallyDots(ideaIds, Object.values(state.dots)).map((r) => (
              <li key={r.ideaId}>
                <span className="card-text">{textOf.get(r.ideaId)}</span>
                <span className="result-line">{t('participant.results.dots', { dots: r.dots, voters: r.voters })}</span>
              </li>
            ))}
      </ol>
    </section>
  )
}
