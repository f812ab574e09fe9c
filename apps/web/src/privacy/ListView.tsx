import './privacy.css'
import { coverageOf, filterNodes, type NodeKind, nodeKinds, privacyMap } from '@blockgov/content'
import { useId } from 'react'
import { Link } from 'react-router'
import { ReviewStatus } from '../groups/ReviewStatus.tsx'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { CheckboxGroup } from './CheckboxGroup.tsx'
import { ContentNote } from './ContentNote.tsx'
import { kindHeading } from './labels.ts'
import { NodeSummary } from './NodeSummary.tsx'
import { PrivacyNav } from './PrivacyNav.tsx'
import { readListFilters, writeListFilters } from './query.ts'
import { useUrlState } from './use-url-state.ts'

/**
 * `/privacy-map`: every entry and jurisdiction as a searchable, printable list — the canonical view, which
 * the graph and world views only visualise. Filters live in the URL, so a filtered list can be shared.
 */
export function ListView() {
  const { t } = useI18n()
  const id = useId()
  const [filters, setFilters] = useUrlState(readListFilters, writeListFilters)
  const shown = filterNodes(privacyMap.nodes, filters)
  const groups = nodeKinds
    .map((kind) => ({ kind, nodes: shown.filter((node) => node.kind === kind) }))
    .filter((group) => group.nodes.length > 0)
  const update = (next: Partial<typeof filters>) => setFilters({ ...filters, ...next })

  return (
    <Page title={t('nav.privacy')}>
      <div className="privacy">
        <PrivacyNav />
        <p className="lead">{t('privacy.intro')}</p>
        <ContentNote />

        <search className="list-filters no-print">
          <form onSubmit={(event) => event.preventDefault()} className="stack">
            <div className="field">
              <label htmlFor={`${id}-q`}>{t('privacy.list.search')}</label>
              <input
                id={`${id}-q`}
                type="search"
                value={filters.query}
                aria-describedby={`${id}-q-hint`}
                onChange={(event) => update({ query: event.target.value })}
              />
              <p id={`${id}-q-hint`} className="hint">
                {t('privacy.list.searchHint')}
              </p>
            </div>
            <CheckboxGroup
              legend={t('privacy.list.kinds')}
              options={nodeKinds}
              selected={filters.kinds}
              label={(kind: NodeKind) => t(kindHeading[kind])}
              onChange={(kinds) => update({ kinds })}
            />
            <label className="choice">
              <input
                type="checkbox"
                checked={filters.full}
                onChange={(event) => update({ full: event.target.checked })}
              />
              {t('privacy.list.details')}
            </label>
            <div className="button-row">
              <button type="button" onClick={() => setFilters({ query: '', kinds: [], full: false })}>
                {t('privacy.list.clear')}
              </button>
              <button type="button" onClick={() => window.print()}>
                {t('privacy.list.print')}
              </button>
            </div>
          </form>
        </search>

        <p role="status" className="result-count">
          {t('privacy.list.results', { count: shown.length, total: privacyMap.nodes.length })}
        </p>
        {groups.length === 0 && <p>{t('privacy.list.none')}</p>}
        {groups.map((group) => (
          <section key={group.kind} aria-labelledby={`${id}-${group.kind}`} className="entry-group">
            <h2 id={`${id}-${group.kind}`}>{t(kindHeading[group.kind])}</h2>
            <ul className="entry-list">
              {group.nodes.map((node) => (
                <li key={node.id}>
                  <NodeSummary node={node} full={filters.full} />
                </li>
              ))}
            </ul>
          </section>
        ))}

        <section aria-labelledby={`${id}-jurisdictions`} className="entry-group">
          <h2 id={`${id}-jurisdictions`}>{t('privacy.list.jurisdictions')}</h2>
          <ul className="entry-list">
            {privacyMap.jurisdictions.map((jurisdiction) => {
              const coverage = coverageOf(jurisdiction)
              return (
                <li key={jurisdiction.id}>
                  <h3 className="entry-title">
                    <Link to={`/privacy-map/jurisdiction/${jurisdiction.id}`} lang="en">
                      {jurisdiction.name}
                    </Link>
                  </h3>
                  <p lang="en">{jurisdiction.instrument}</p>
                  <p className="muted">
                    {t('privacy.jurisdiction.coverage', {
                      covered: coverage.covered.length,
                      total: coverage.total,
                    })}
                  </p>
                </li>
              )
            })}
          </ul>
        </section>

        <ReviewStatus output={{ area: 'privacy', ref: 'privacy-map', title: t('nav.privacy'), path: '/privacy-map' }} />
      </div>
    </Page>
  )
}
