import './privacy.css'
import { edgesOf, indexNodes, type PrivacyEdge, privacyMap, provisionsForNode } from '@blockgov/content'
import { useId } from 'react'
import { Link, useParams } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { ContentNote } from './ContentNote.tsx'
import { edgeLabel, kindLabel } from './labels.ts'
import { PrivacyNav } from './PrivacyNav.tsx'
import { citationLabel, SourceList } from './SourceList.tsx'

const nodes = indexNodes(privacyMap)

/** `/privacy-map/node/:id`: one entry with its explanation, what it does and does not solve, links, law and sources. */
export function NodePage() {
  const { t } = useI18n()
  const id = useId()
  const { nodeId = '' } = useParams()
  const node = nodes.get(nodeId)
  if (node === undefined) {
    return (
      <Page title={t('nav.privacy')}>
        <div className="privacy">
          <PrivacyNav />
          <p>{t('privacy.node.notFound')}</p>
          <p>
            <Link to="/privacy-map">{t('privacy.node.back')}</Link>
          </p>
        </div>
      </Page>
    )
  }
  const { outgoing, incoming } = edgesOf(privacyMap, node.id)
  const provisions = provisionsForNode(privacyMap, node.id)

  return (
    <Page title={node.label}>
      <div className="privacy">
        <PrivacyNav />
        <p>
          <span className="kind-badge">{t(kindLabel[node.kind])}</span>
        </p>
        <p className="lead" lang="en">
          {node.summary}
        </p>

        <section aria-labelledby={`${id}-explanation`}>
          <h2 id={`${id}-explanation`}>{t('privacy.node.explanation')}</h2>
          <p lang="en">{node.explanation}</p>
          {node.designObservation !== undefined && (
            <aside className="design-note" aria-labelledby={`${id}-design`}>
              <h3 id={`${id}-design`}>{t('privacy.node.design')}</h3>
              <p lang="en">{node.designObservation}</p>
            </aside>
          )}
        </section>

        {node.kind === 'mitigation' && (
          <div className="solves">
            <section aria-labelledby={`${id}-solves`}>
              <h2 id={`${id}-solves`}>{t('privacy.node.solves')}</h2>
              <ul lang="en">
                {node.solves.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </section>
            <section aria-labelledby={`${id}-not`}>
              <h2 id={`${id}-not`}>{t('privacy.node.doesNotSolve')}</h2>
              <ul lang="en">
                {node.doesNotSolve.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </section>
          </div>
        )}
        {node.kind === 'threat' && (
          <section aria-labelledby={`${id}-onchain`}>
            <h2 id={`${id}-onchain`}>{t('privacy.node.onChain')}</h2>
            <p lang="en">{node.onChain}</p>
          </section>
        )}

        <section aria-labelledby={`${id}-links`}>
          <h2 id={`${id}-links`}>{t('privacy.node.connections')}</h2>
          <EdgeList title={t('privacy.node.outgoing')} edges={outgoing} other={(edge) => edge.to} />
          <EdgeList title={t('privacy.node.incoming')} edges={incoming} other={(edge) => edge.from} />
          <p className="no-print">
            <Link to={`/privacy-map/graph?focus=${node.id}`}>{t('privacy.node.inGraph')}</Link>
          </p>
        </section>

        {provisions.length > 0 && (
          <section aria-labelledby={`${id}-law`}>
            <h2 id={`${id}-law`}>{t('privacy.node.provisions')}</h2>
            <ul className="provision-list">
              {provisions.map(({ jurisdiction, provision }) => (
                <li key={provision.id} lang="en">
                  <Link to={`/privacy-map/jurisdiction/${jurisdiction.id}#${provision.id}`}>{jurisdiction.name}</Link>
                  {' — '}
                  <strong>{provision.title}</strong> ({provision.citations.map(citationLabel).join('; ')}):{' '}
                  {provision.summary}
                </li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby={`${id}-sources`}>
          <h2 id={`${id}-sources`}>{t('privacy.node.sources')}</h2>
          <SourceList citations={node.citations} />
        </section>
        <ContentNote />
      </div>
    </Page>
  )
}

/** Edges of one direction, grouped under a heading; each names its type, the other entry and why. */
function EdgeList({
  title,
  edges,
  other,
}: {
  title: string
  edges: readonly PrivacyEdge[]
  other: (edge: PrivacyEdge) => string
}) {
  const { t } = useI18n()
  if (edges.length === 0) return null
  return (
    <>
      <h3>{title}</h3>
      <ul className="edge-list">
        {edges.map((edge) => {
          const target = nodes.get(other(edge))
          return (
            <li key={`${edge.type}-${edge.from}-${edge.to}`}>
              <span className={`edge-badge edge-${edge.type}`}>{t(edgeLabel[edge.type])}</span>{' '}
              <Link to={`/privacy-map/node/${other(edge)}`} lang="en">
                {target?.label ?? other(edge)}
              </Link>
              <span lang="en">: {edge.note}</span>{' '}
              <span className="muted" lang="en">
                ({edge.citations.map(citationLabel).join('; ')})
              </span>
            </li>
          )
        })}
      </ul>
    </>
  )
}
