import '../privacy.css'
import { coverageOf, privacyMap } from '@blockgov/content'
import { useId } from 'react'
import { Link, useSearchParams } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Page } from '../../layout/Page.tsx'
import { ContentNote } from '../ContentNote.tsx'
import { topicLabel } from '../labels.ts'
import { PrivacyNav } from '../PrivacyNav.tsx'
import { WorldMap } from './WorldMap.tsx'
import { coverageBand } from './world-shapes.ts'

/**
 * `/privacy-map/world`: jurisdictions shaded by coverage, each also reachable from the list beside the map;
 * `?j=<id>` selects one and shows its summary.
 */
export function WorldView() {
  const { t } = useI18n()
  const id = useId()
  const [params] = useSearchParams()
  const selectedId = params.get('j')
  const selected = privacyMap.jurisdictions.find((j) => j.id === selectedId)

  return (
    <Page title={t('privacy.world.title')}>
      <div className="privacy">
        <PrivacyNav />
        <p className="lead">{t('privacy.world.intro')}</p>
        <ContentNote />
        <WorldMap selected={selected?.id ?? null} />

        <h2 id={`${id}-legend`}>{t('privacy.world.legend')}</h2>
        <ul className="graph-legend" aria-labelledby={`${id}-legend`}>
          <li>
            <span className="swatch band-swatch-0" aria-hidden="true" />
            {t('privacy.world.none')}
          </li>
          <li>
            <span className="swatch band-swatch-1" aria-hidden="true" />
            {t('privacy.world.level1')}
          </li>
          <li>
            <span className="swatch band-swatch-2" aria-hidden="true" />
            {t('privacy.world.level2')}
          </li>
          <li>
            <span className="swatch band-swatch-3" aria-hidden="true" />
            {t('privacy.world.level3')}
          </li>
        </ul>

        {selected !== undefined && (
          <section aria-labelledby={`${id}-selected`} className="selected-entry">
            <h2 id={`${id}-selected`} lang="en">
              {selected.name}
            </h2>
            <p lang="en">{selected.summary}</p>
            <p>
              {t('privacy.jurisdiction.coverage', {
                covered: coverageOf(selected).covered.length,
                total: coverageOf(selected).total,
              })}
              :{' '}
              {coverageOf(selected)
                .covered.map((topic) => t(topicLabel[topic]))
                .join(', ')}
            </p>
            <ul lang="en">
              {selected.provisions.map((provision) => (
                <li key={provision.id}>{provision.title}</li>
              ))}
            </ul>
            <p>
              <Link to={`/privacy-map/jurisdiction/${selected.id}`}>{t('privacy.world.open')}</Link>
            </p>
          </section>
        )}

        <section aria-labelledby={`${id}-list`}>
          <h2 id={`${id}-list`}>{t('privacy.world.list')}</h2>
          <ul className="jurisdiction-list">
            {privacyMap.jurisdictions.map((jurisdiction) => {
              const coverage = coverageOf(jurisdiction)
              return (
                <li key={jurisdiction.id}>
                  <span className={`swatch band-swatch-${coverageBand(coverage.covered.length)}`} aria-hidden="true" />
                  <Link
                    to={`/privacy-map/world?j=${jurisdiction.id}`}
                    preventScrollReset
                    aria-current={jurisdiction.id === selected?.id ? 'true' : undefined}
                    lang="en"
                  >
                    {jurisdiction.name}
                  </Link>{' '}
                  <span className="muted">
                    {t('privacy.jurisdiction.coverage', { covered: coverage.covered.length, total: coverage.total })}
                    {jurisdiction.territories.length === 0 && `. ${t('privacy.world.notDrawn')}`}
                  </span>
                </li>
              )
            })}
          </ul>
        </section>
      </div>
    </Page>
  )
}
