import './explore.css'
import {
  currentStatus,
  evidenceStrengths,
  exploreDataset,
  filterUseCases,
  regions,
  statusYears,
  useCaseStatuses,
} from '@blockgov/content'
import { useCallback, useId } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { CheckboxGroup } from '../privacy/CheckboxGroup.tsx'
import { useUrlState } from '../privacy/use-url-state.ts'
import { CommunityContributions } from './CommunityContributions.tsx'
import { ExploreNav } from './ExploreNav.tsx'
import { ExploreNote } from './ExploreNote.tsx'
import { HeatMap } from './HeatMap.tsx'
import {
  approachLabel,
  issueIds,
  issueLabel,
  regionLabel,
  statusLabel,
  strengthLabel,
  strengthMeaning,
} from './labels.ts'
import { Matrix } from './Matrix.tsx'
import {
  compareHref,
  type ExploreState,
  maxCompared,
  readExploreState,
  toFilter,
  toggleCompared,
  writeExploreState,
} from './query.ts'

const years = statusYears(exploreDataset.useCases)

/**
 * `/explore`: filters and search, the issues × use cases matrix (table or heat map), and the matching use cases,
 * from which two or three can be picked for comparison. Everything lives in the URL.
 */
export function ExplorePage() {
  const { t } = useI18n()
  const id = useId()
  const read = useCallback((params: URLSearchParams) => readExploreState(params, issueIds), [])
  const [state, setState] = useUrlState(read, writeExploreState)
  const update = (next: Partial<ExploreState>) => setState({ ...state, ...next })
  const shown = filterUseCases(exploreDataset.useCases, toFilter(state))
  const columns =
    state.issues.length === 0
      ? exploreDataset.issues
      : exploreDataset.issues.filter((issue) => state.issues.includes(issue.id))

  return (
    <Page title={t('nav.explore')}>
      <div className="privacy explore">
        <ExploreNav />
        <p className="lead">{t('explore.intro')}</p>
        <ExploreNote />

        <search className="list-filters no-print">
          <form onSubmit={(event) => event.preventDefault()} className="stack">
            <div className="field">
              <label htmlFor={`${id}-q`}>{t('explore.filter.search')}</label>
              <input
                id={`${id}-q`}
                type="search"
                value={state.query}
                onChange={(e) => update({ query: e.target.value })}
              />
            </div>
            <CheckboxGroup
              legend={t('explore.filter.issues')}
              options={issueIds}
              selected={state.issues}
              label={issueLabel}
              onChange={(issues) => update({ issues })}
              lang="en"
            />
            <CheckboxGroup
              legend={t('explore.filter.status')}
              options={useCaseStatuses}
              selected={state.statuses}
              label={(status) => t(statusLabel[status])}
              onChange={(statuses) => update({ statuses })}
            />
            <div className="filter-row">
              <div className="field">
                <label htmlFor={`${id}-strength`}>{t('explore.filter.strength')}</label>
                <select
                  id={`${id}-strength`}
                  value={state.minStrength ?? ''}
                  onChange={(e) => update({ minStrength: evidenceStrengths.find((s) => s === e.target.value) ?? null })}
                >
                  <option value="">{t('explore.filter.any')}</option>
                  {evidenceStrengths.map((strength) => (
                    <option key={strength} value={strength}>
                      {t(strengthLabel[strength])}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-region`}>{t('explore.filter.region')}</label>
                <select
                  id={`${id}-region`}
                  value={state.region ?? ''}
                  onChange={(e) => update({ region: regions.find((r) => r === e.target.value) ?? null })}
                >
                  <option value="">{t('explore.filter.any')}</option>
                  {regions.map((region) => (
                    <option key={region} value={region}>
                      {t(regionLabel[region])}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${id}-year`}>{t('explore.filter.year')}</label>
                <select
                  id={`${id}-year`}
                  value={state.year === null ? '' : String(state.year)}
                  onChange={(e) => update({ year: e.target.value === '' ? null : Number(e.target.value) })}
                >
                  <option value="">{t('explore.filter.any')}</option>
                  {years.map((year) => (
                    <option key={year} value={year}>
                      {year}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <div className="button-row">
              <button
                type="button"
                onClick={() =>
                  setState({
                    ...readExploreState(new URLSearchParams(), issueIds),
                    mode: state.mode,
                    compare: state.compare,
                  })
                }
              >
                {t('explore.filter.clear')}
              </button>
            </div>
          </form>
        </search>

        <p role="status" className="result-count">
          {t('explore.results', { count: shown.length, total: exploreDataset.useCases.length })}
        </p>

        <section aria-labelledby={`${id}-matrix`}>
          <h2 id={`${id}-matrix`}>{t('explore.matrix.title')}</h2>
          <fieldset className="mode-switch no-print">
            <legend>{t('explore.matrix.mode')}</legend>
            <label className="choice">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={state.mode === 'table'}
                onChange={() => update({ mode: 'table' })}
              />
              {t('explore.matrix.table')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name={`${id}-mode`}
                checked={state.mode === 'heatmap'}
                onChange={() => update({ mode: 'heatmap' })}
              />
              {t('explore.matrix.heatmap')}
            </label>
          </fieldset>
          <details className="legend">
            <summary>{t('explore.strength.scale')}</summary>
            <dl className="legend-list">
              {evidenceStrengths.map((strength) => (
                <div key={strength}>
                  <dt>{t(strengthLabel[strength])}</dt>
                  <dd>{t(strengthMeaning[strength])}</dd>
                </div>
              ))}
            </dl>
          </details>
          {shown.length === 0 ? (
            <p>{t('explore.none')}</p>
          ) : state.mode === 'table' ? (
            <Matrix issues={columns} useCases={shown} />
          ) : (
            <HeatMap issues={columns} useCases={shown} />
          )}
        </section>

        <section aria-labelledby={`${id}-list`}>
          <h2 id={`${id}-list`}>{t('explore.list.title')}</h2>
          <p id={`${id}-compare-hint`} className="hint">
            {t('explore.list.compareHint', { max: maxCompared })}
          </p>
          <p className="button-row">
            {state.compare.length >= 2 ? (
              <Link className="button" to={compareHref(state.compare)}>
                {t('explore.list.compare', { count: state.compare.length })}
              </Link>
            ) : (
              <span className="muted">{t('explore.list.pickMore')}</span>
            )}
          </p>
          <ul className="entry-list">
            {shown.map((useCase) => {
              const picked = state.compare.includes(useCase.id)
              const status = currentStatus(useCase)
              return (
                <li key={useCase.id}>
                  <h3 className="entry-title" lang="en">
                    <Link to={`/explore/use-case/${useCase.id}`}>{useCase.name}</Link>
                  </h3>
                  <p lang="en">{useCase.summary}</p>
                  <p className="muted">
                    {t(approachLabel[useCase.approach])} · {t(statusLabel[status.status])}
                    {status.date === null ? '' : ` (${status.date})`} · {t('explore.list.evidence')}{' '}
                    {t(strengthLabel[useCase.evidence.strength])} · {t(regionLabel[useCase.region])}
                  </p>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={picked}
                      disabled={!picked && state.compare.length >= maxCompared}
                      aria-describedby={`${id}-compare-hint`}
                      onChange={() => update({ compare: toggleCompared(state.compare, useCase.id) })}
                    />
                    {t('explore.list.pick', { name: useCase.name })}
                  </label>
                </li>
              )
            })}
          </ul>
        </section>
        <CommunityContributions />
      </div>
    </Page>
  )
}
