import './explore.css'
import { currentStatus, exploreDataset } from '@blockgov/content'
import { useId } from 'react'
import { Link, useSearchParams } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { ExploreNav } from './ExploreNav.tsx'
import { ExploreNote } from './ExploreNote.tsx'
import { approachLabel, issueLabel, regionLabel, statusLabel, strengthLabel } from './labels.ts'
import { compareHref, maxCompared, readCompareIds } from './query.ts'
import { UseCaseOptions } from './UseCaseOptions.tsx'

const ids = exploreDataset.useCases.map((useCase) => useCase.id)
/** The pickers, numbered from 1. */
const slotNumbers = Array.from({ length: maxCompared }, (_, index) => index + 1)

/**
 * `/explore/compare?ids=a,b,c`: two or three use cases side by side in one table, one column each, so a screen
 * reader announces the use case for every cell. Pickers let the selection change without going back.
 */
export function ComparePage() {
  const { t } = useI18n()
  const id = useId()
  const [params, setParams] = useSearchParams()
  const chosen = readCompareIds(params, ids)
  const cases = chosen.flatMap((useCaseId) => exploreDataset.useCases.filter((u) => u.id === useCaseId))
  const slots = slotNumbers.map((n) => chosen[n - 1] ?? '')

  function choose(slot: number, value: string) {
    const next = slots.map((current, index) => (index === slot ? value : current)).filter((v) => v !== '')
    setParams(new URLSearchParams(compareHref([...new Set(next)]).split('?')[1]), { replace: true })
  }

  return (
    <Page title={t('explore.compare.title')}>
      <div className="privacy explore">
        <ExploreNav />
        <ExploreNote />
        <p className="lead">{t('explore.compare.intro', { max: maxCompared })}</p>
        <form className="filter-row no-print" onSubmit={(event) => event.preventDefault()}>
          {slotNumbers.map((n) => (
            <div className="field" key={n}>
              <label htmlFor={`${id}-slot-${n}`}>{t('explore.compare.slot', { n })}</label>
              <select id={`${id}-slot-${n}`} value={slots[n - 1]} onChange={(e) => choose(n - 1, e.target.value)}>
                <UseCaseOptions />
              </select>
            </div>
          ))}
        </form>
        {cases.length < 2 ? (
          <p role="status">{t('explore.compare.pick')}</p>
        ) : (
          <section className="matrix-scroll" aria-labelledby={`${id}-caption`}>
            <table className="compare">
              <caption id={`${id}-caption`}>{t('explore.compare.caption', { count: cases.length })}</caption>
              <thead>
                <tr>
                  <td />
                  {cases.map((useCase) => (
                    <th key={useCase.id} scope="col" lang="en">
                      <Link to={`/explore/use-case/${useCase.id}`}>{useCase.name}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <Row label={t('explore.useCase.approach')} cells={cases.map((u) => t(approachLabel[u.approach]))} />
                <Row
                  label={t('explore.useCase.status')}
                  cells={cases.map((u) => {
                    const status = currentStatus(u)
                    return `${t(statusLabel[status.status])}, ${status.date ?? t('explore.dateNotVerified')}`
                  })}
                />
                <Row
                  label={t('explore.useCase.evidence')}
                  cells={cases.map((u) => t(strengthLabel[u.evidence.strength]))}
                />
                <Row label={t('explore.useCase.region')} cells={cases.map((u) => t(regionLabel[u.region]))} />
                <Row
                  label={t('explore.useCase.issues')}
                  cells={cases.map((u) => u.issues.map((i) => issueLabel(i)).join('; '))}
                  english
                />
                <Row label={t('explore.useCase.claim')} cells={cases.map((u) => u.claimedContribution.text)} english />
                <Row label={t('explore.useCase.results')} cells={cases.map((u) => u.evidence.summary)} english />
                <Row
                  label={t('explore.useCase.problems')}
                  cells={cases.map((u) =>
                    u.problems.length === 0 ? t('explore.useCase.noProblems') : u.problems.map((p) => p.text).join(' '),
                  )}
                  english
                />
                <Row
                  label={t('explore.useCase.alternative')}
                  cells={cases.map((u) => u.alternative?.text ?? t('explore.compare.isReference'))}
                  english
                />
              </tbody>
            </table>
          </section>
        )}
      </div>
    </Page>
  )
}

function Row({ label, cells, english = false }: { label: string; cells: readonly string[]; english?: boolean }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {cells.map((cell, index) => (
        // Columns are the compared use cases, fixed for the life of this row.
        // biome-ignore lint/suspicious/noArrayIndexKey: the index is the column
        <td key={index} lang={english ? 'en' : undefined}>
          {cell}
        </td>
      ))}
    </tr>
  )
}
