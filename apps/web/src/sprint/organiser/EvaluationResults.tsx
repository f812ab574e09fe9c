import { evaluateIdeas, type SessionState, type StakeholderGroup, tallyDots } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { stakeholderKeys } from '../labels.ts'
import { useStakeholderBreakdown } from './use-stakeholder-breakdown.ts'

/** Results per design: weighted means with spread and a disagreement flag, or dot totals. */
export function EvaluationResults({ state }: { state: SessionState }) {
  const { t, locale } = useI18n()
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  const designs = state.groups.flatMap((g) => {
    const design = state.designs[g.id]
    return design === undefined ? [] : [design]
  })
  const scores = Object.values(state.scores)
  const dots = Object.values(state.dots)
  const textOf = (ideaId: string) => state.cards[ideaId]?.text ?? ideaId
  const breakdown = useStakeholderBreakdown(state.id, state.seq)
  const breakdownOf = (ideaId: string) => {
    const rows = breakdown.get(ideaId) ?? []
    if (rows.length === 0) return '—'
    return rows
      .map((row) => {
        const key = stakeholderKeys[row.stakeholder as StakeholderGroup]
        const label = key === undefined ? row.stakeholder : t(key)
        return t('organiser.results.stakeholderEntry', {
          group: label,
          mean: number.format(row.weightedMean),
          raters: row.raters,
        })
      })
      .join('; ')
  }

  return (
    <div className="org-evaluation-results">
      <h3>{t('organiser.results.title')}</h3>
      {designs.length === 0 && <p>{t('organiser.results.none')}</p>}
      {designs.map((design) => {
        const ideaIds = state.cardOrder.filter((id) => {
          const card = state.cards[id]
          return card?.kind === 'idea' && card.designId === design.id
        })
        const caption = t('organiser.results.caption', { design: design.name })
        if (ideaIds.length === 0) {
          return (
            <p key={design.id}>
              {caption}: {t('organiser.results.noIdeas')}
            </p>
          )
        }
        return (
          <div key={design.id} className="org-table-scroll">
            {state.evaluation.method === 'scores' ? (
              <table className="org-data-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('organiser.results.idea')}</th>
                    <th scope="col">{t('organiser.results.mean')}</th>
                    <th scope="col">{t('organiser.results.spread')}</th>
                    <th scope="col">{t('organiser.results.raters')}</th>
                    <th scope="col">{t('organiser.results.discussion')}</th>
                    <th scope="col">{t('organiser.results.byStakeholder')}</th>
                  </tr>
                </thead>
                <tbody>
                  {evaluateIdeas(ideaIds, state.criteria, scores, () => undefined).map((r) => (
                    <tr key={r.ideaId}>
                      <th scope="row">{textOf(r.ideaId)}</th>
                      <td className="org-numeric">{r.weightedMean === null ? '—' : number.format(r.weightedMean)}</td>
                      <td className="org-numeric">{r.spread === null ? '—' : number.format(r.spread)}</td>
                      <td className="org-numeric">{r.raters}</td>
                      <td>
                        {r.highDisagreement ? (
                          <span className="badge">{t('organiser.results.disagreement')}</span>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>{breakdownOf(r.ideaId)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <table className="org-data-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('organiser.results.idea')}</th>
                    <th scope="col">{t('organiser.results.dots')}</th>
                    <th scope="col">{t('organiser.results.voters')}</th>
                  </tr>
                </thead>
                <tbody>
                  {tallyDots(ideaIds, dots).map((r) => (
                    <tr key={r.ideaId}>
                      <th scope="row">{textOf(r.ideaId)}</th>
                      <td className="org-numeric">{r.dots}</td>
                      <td className="org-numeric">{r.voters}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )
      })}
    </div>
  )
}
