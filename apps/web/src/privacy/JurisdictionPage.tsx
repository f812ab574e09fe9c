import './privacy.css'
import { coverageOf, findSource, indexNodes, privacyMap } from '@blockgov/content'
import { useId } from 'react'
import { Link, useParams } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { ContentNote } from './ContentNote.tsx'
import { topicLabel } from './labels.ts'
import { PrivacyNav } from './PrivacyNav.tsx'
import { SourceList } from './SourceList.tsx'

const nodes = indexNodes(privacyMap)

/** `/privacy-map/jurisdiction/:id`: a jurisdiction's verified provisions, each linked to the entries it bears on. */
export function JurisdictionPage() {
  const { t } = useI18n()
  const id = useId()
  const { jurisdictionId = '' } = useParams()
  const jurisdiction = privacyMap.jurisdictions.find((j) => j.id === jurisdictionId)
  if (jurisdiction === undefined) {
    return (
      <Page title={t('nav.privacy')}>
        <div className="privacy">
          <PrivacyNav />
          <p>{t('privacy.jurisdiction.notFound')}</p>
          <p>
            <Link to="/privacy-map">{t('privacy.node.back')}</Link>
          </p>
        </div>
      </Page>
    )
  }
  const coverage = coverageOf(jurisdiction)

  return (
    <Page title={jurisdiction.name}>
      <div className="privacy">
        <PrivacyNav />
        <p className="lead" lang="en">
          {jurisdiction.summary}
        </p>
        <p>{t('privacy.jurisdiction.instrument', { instrument: jurisdiction.instrument })}</p>
        {jurisdiction.territoryNote !== undefined && <p lang="en">{jurisdiction.territoryNote}</p>}
        <p>
          <strong>
            {t('privacy.jurisdiction.coverage', { covered: coverage.covered.length, total: coverage.total })}
          </strong>{' '}
          ({coverage.covered.map((topic) => t(topicLabel[topic])).join(', ')}).{' '}
          <span className="muted">{t('privacy.jurisdiction.coverageNote')}</span>
        </p>
        {jurisdiction.territories.length > 0 && (
          <p className="no-print">
            <Link to={`/privacy-map/world?j=${jurisdiction.id}`}>{t('privacy.jurisdiction.onMap')}</Link>
          </p>
        )}

        <section aria-labelledby={`${id}-provisions`}>
          <h2 id={`${id}-provisions`}>{t('privacy.jurisdiction.provisions')}</h2>
          {jurisdiction.provisions.map((provision) => (
            <article
              key={provision.id}
              id={provision.id}
              className="provision"
              aria-labelledby={`${id}-${provision.id}`}
            >
              <h3 id={`${id}-${provision.id}`}>
                <span lang="en">{provision.title}</span>{' '}
                <span className="kind-badge">{t(topicLabel[provision.topic])}</span>
              </h3>
              <p lang="en">{provision.summary}</p>
              {provision.note !== undefined && (
                <p className="design-note" lang="en">
                  {provision.note}
                </p>
              )}
              <SourceList citations={provision.citations} />
              <p>
                {t('privacy.jurisdiction.related')}:{' '}
                {provision.nodes.map((nodeId, index) => (
                  <span key={nodeId}>
                    {index > 0 && ', '}
                    <Link to={`/privacy-map/node/${nodeId}`} lang="en">
                      {nodes.get(nodeId)?.label ?? nodeId}
                    </Link>
                  </span>
                ))}
              </p>
            </article>
          ))}
        </section>

        <section aria-labelledby={`${id}-laws`}>
          <h2 id={`${id}-laws`}>{t('privacy.jurisdiction.laws')}</h2>
          <SourceList
            citations={[
              ...jurisdiction.laws.filter((law) => findSource(law) !== undefined).map((source) => ({ source })),
              ...jurisdiction.citations.filter((c) => !jurisdiction.laws.includes(c.source)),
            ]}
          />
        </section>
        <ContentNote />
      </div>
    </Page>
  )
}
