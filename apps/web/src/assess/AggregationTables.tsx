import { principleSet, stakeholderGroups } from '@blockgov/content'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { Aggregation, Spread } from './api.ts'
import { stat } from './labels.ts'

const titleOf = (id: string) => principleSet.principles.find((p) => p.id === id)?.title ?? id
const groupName = (id: string) => stakeholderGroups.find((g) => g.id === id)?.label ?? id

/** The panel label, the per-principle and per-group tables (median and spread), and the derived findings. */
export function AggregationTables({ aggregation }: { aggregation: Aggregation }) {
  const { t } = useI18n()
  const { panel } = aggregation
  const cells = (s: Spread) => (
    <>
      <td>{stat(s.median)}</td>
      <td>{s.q1 === null ? '—' : `${stat(s.q1)}–${stat(s.q3)}`}</td>
      <td>{s.min === null ? '—' : `${stat(s.min)}–${stat(s.max)}`}</td>
      <td>{s.rated}</td>
      <td>{s.cannotAssess}</td>
    </>
  )
  const heads = (
    <>
      <th scope="col">{t('assess.aggregation.median')}</th>
      <th scope="col">{t('assess.aggregation.iqr')}</th>
      <th scope="col">{t('assess.aggregation.range')}</th>
      <th scope="col">{t('assess.aggregation.rated')}</th>
      <th scope="col">{t('assess.aggregation.cannotAssess')}</th>
    </>
  )
  return (
    <div className="stack">
      <p>
        <strong>
          {t('assess.panel.label', {
            kind: panel.multistakeholder ? t('assess.panel.multistakeholder') : t('assess.panel.notMultistakeholder'),
            count: panel.groups.length,
            threshold: panel.threshold,
          })}
        </strong>{' '}
        <span lang="en">{panel.groups.map(groupName).join(', ')}</span>
      </p>
      <table className="assess-table">
        <caption>{t('assess.aggregation.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assess.aggregation.principle')}</th>
            {heads}
            <th scope="col">{t('assess.aggregation.disagreement')}</th>
          </tr>
        </thead>
        <tbody>
          {aggregation.principles.map((p) => (
            <tr key={p.principleId}>
              <th scope="row" lang="en">
                {titleOf(p.principleId)}
              </th>
              {cells(p.overall)}
              <td className={p.disagreement === null ? undefined : 'disagree'}>
                {p.disagreement === null
                  ? t('assess.aggregation.disagreementNo')
                  : t('assess.aggregation.disagreementYes', {
                      high: groupName(p.disagreement.high.group),
                      highMedian: stat(p.disagreement.high.median),
                      low: groupName(p.disagreement.low.group),
                      lowMedian: stat(p.disagreement.low.median),
                    })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="assess-table">
        <caption>{t('assess.aggregation.groupsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assess.aggregation.group')}</th>
            {heads}
          </tr>
        </thead>
        <tbody>
          {aggregation.byGroup.map((g) => (
            <tr key={g.group}>
              <th scope="row" lang="en">
                {groupName(g.group)}
              </th>
              {cells(g.spread)}
            </tr>
          ))}
        </tbody>
      </table>
      {aggregation.derivedFindings.length > 0 && (
        <>
          <h3>{t('assess.aggregation.findings')}</h3>
          <ul lang="en">
            {aggregation.derivedFindings.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
