import '../privacy.css'
import { type EdgeType, edgeTypes, indexNodes, type NodeKind, nodeKinds, privacyMap } from '@blockgov/content'
import { useCallback, useId, useMemo, useRef } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Page } from '../../layout/Page.tsx'
import { CheckboxGroup } from '../CheckboxGroup.tsx'
import { ContentNote } from '../ContentNote.tsx'
import { edgeLabel, kindHeading, kindLabel } from '../labels.ts'
import { PrivacyNav } from '../PrivacyNav.tsx'
import { readGraphFilters, writeGraphFilters } from '../query.ts'
import { useUrlState } from '../use-url-state.ts'
import { GraphCanvas } from './GraphCanvas.tsx'
import { graphElements } from './graph-elements.ts'

const nodesById = indexNodes(privacyMap)

/**
 * `/privacy-map/graph`: the Cytoscape drawing with filters, and beside it the same entries as a list of
 * buttons — the keyboard and screen-reader way to select what the drawing highlights. Filters and the
 * selection are in the URL.
 */
export function GraphView() {
  const { t } = useI18n()
  const id = useId()
  const [filters, setFilters] = useUrlState(readGraphFilters, writeGraphFilters)
  const kindsKey = filters.kinds.join(',')
  const linksKey = filters.links.join(',')
  // Recomputed only when the filters change, so the drawing is not rebuilt on every selection.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the keys stand for the filter arrays
  const { nodes, edges } = useMemo(() => graphElements(privacyMap, filters.kinds, filters.links), [kindsKey, linksKey])
  const selected = filters.focus === null ? undefined : nodesById.get(filters.focus)
  const legend = useRef<HTMLUListElement>(null)
  const colourOf = useCallback((key: string) => {
    const swatch = legend.current?.querySelector(`[data-swatch="${key}"]`)
    return swatch === null || swatch === undefined ? 'gray' : getComputedStyle(swatch).backgroundColor
  }, [])

  const update = (next: Partial<typeof filters>) => setFilters({ ...filters, ...next })
  const select = (focus: string) => update({ focus })

  return (
    <Page title={t('privacy.graph.title')}>
      <div className="privacy">
        <PrivacyNav />
        <p className="lead">{t('privacy.graph.intro')}</p>
        <ContentNote />

        <div className="graph-filters">
          <CheckboxGroup
            legend={t('privacy.graph.kinds')}
            options={nodeKinds}
            selected={filters.kinds}
            label={(kind: NodeKind) => t(kindHeading[kind])}
            onChange={(kinds) => update({ kinds })}
          />
          <CheckboxGroup
            legend={t('privacy.graph.edges')}
            options={edgeTypes}
            selected={filters.links}
            label={(type: EdgeType) => t(edgeLabel[type])}
            onChange={(links) => update({ links })}
          />
        </div>

        <div className="graph-layout">
          <div>
            <GraphCanvas
              label={t('privacy.graph.canvas')}
              nodes={nodes}
              edges={edges}
              focus={filters.focus}
              onSelect={select}
              colourOf={colourOf}
            />
            <h2 id={`${id}-legend`}>{t('privacy.graph.legend')}</h2>
            <ul ref={legend} className="graph-legend" aria-labelledby={`${id}-legend`}>
              {nodeKinds.map((kind) => (
                <li key={kind}>
                  <span className={`swatch swatch-${kind}`} data-swatch={kind} aria-hidden="true" />
                  {t(kindLabel[kind])}
                </li>
              ))}
              {edgeTypes.map((type) => (
                <li key={type}>
                  <span
                    className={`swatch swatch-line swatch-edge-${type}`}
                    data-swatch={`edge-${type}`}
                    aria-hidden="true"
                  />
                  {t(edgeLabel[type])}
                </li>
              ))}
            </ul>
          </div>

          <div className="graph-side">
            <section aria-labelledby={`${id}-selected`} className="selected-entry">
              <h2 id={`${id}-selected`}>{t('privacy.graph.selected')}</h2>
              {selected === undefined ? (
                <p>{t('privacy.graph.noneSelected')}</p>
              ) : (
                <>
                  <h3 lang="en">{selected.label}</h3>
                  <p>
                    <span className="kind-badge">{t(kindLabel[selected.kind])}</span>
                  </p>
                  <p lang="en">{selected.summary}</p>
                  <p>
                    <Link to={`/privacy-map/node/${selected.id}`}>{t('privacy.graph.open')}</Link>
                  </p>
                </>
              )}
              <p className="visually-hidden" aria-live="polite">
                {selected === undefined ? '' : `${t('privacy.graph.selected')}: ${selected.label}`}
              </p>
            </section>

            <section aria-labelledby={`${id}-entries`}>
              <h2 id={`${id}-entries`}>{t('privacy.graph.entries', { count: nodes.length })}</h2>
              <p className="hint">{t('privacy.graph.entriesHint')}</p>
              <ul className="graph-entries">
                {nodes.map((node) => (
                  <li key={node.id}>
                    <button
                      type="button"
                      aria-pressed={filters.focus === node.id}
                      onClick={() => select(node.id)}
                      lang="en"
                    >
                      {node.label}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          </div>
        </div>
      </div>
    </Page>
  )
}
