import { coverageOf, type Jurisdiction, privacyMap } from '@blockgov/content'
import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import atlasUrl from 'world-atlas/countries-110m.json?url'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { type CountryShape, countryShapes, coverageBand, isCountriesTopology } from './world-shapes.ts'

const width = 960
const height = 480

/** Which jurisdiction each drawn country belongs to (a country in two would take the first). */
const owner = new Map<string, Jurisdiction>()
for (const jurisdiction of privacyMap.jurisdictions) {
  for (const territory of jurisdiction.territories) if (!owner.has(territory)) owner.set(territory, jurisdiction)
}

type Load = { state: 'loading' } | { state: 'ready'; shapes: CountryShape[] } | { state: 'failed' }

/**
 * SVG world map. Each jurisdiction is one link (all its countries inside it) with an accessible name that
 * states its coverage; other countries are decorative. The atlas is fetched from the site itself.
 */
export function WorldMap({ selected }: { selected: string | null }) {
  const { t } = useI18n()
  const [load, setLoad] = useState<Load>({ state: 'loading' })

  useEffect(() => {
    let live = true
    fetch(atlasUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((data: unknown) => {
        if (!live) return
        setLoad(
          isCountriesTopology(data)
            ? { state: 'ready', shapes: countryShapes(data, width, height) }
            : { state: 'failed' },
        )
      })
      .catch(() => {
        if (live) setLoad({ state: 'failed' })
      })
    return () => {
      live = false
    }
  }, [])

  if (load.state === 'loading') return <p className="map-placeholder">{t('privacy.loading')}</p>
  if (load.state === 'failed') return <p className="form-error">{t('privacy.world.loadError')}</p>

  const background = load.shapes.filter((shape) => !owner.has(shape.id))
  return (
    <div className="world-figure">
      <svg className="world-map" viewBox={`0 0 ${width} ${height}`}>
        <title>{t('privacy.world.mapLabel')}</title>
        {/* Countries outside the map's jurisdictions: unnamed shapes, which assistive technology skips. */}
        <g className="country-background">
          {background.map((shape) => (
            <path key={shape.id} d={shape.d} />
          ))}
        </g>
        {privacyMap.jurisdictions
          .filter((jurisdiction) => jurisdiction.territories.length > 0)
          .map((jurisdiction) => {
            const coverage = coverageOf(jurisdiction)
            const shapes = load.shapes.filter((shape) => owner.get(shape.id)?.id === jurisdiction.id)
            const classes = ['territory', `band-${coverageBand(coverage.covered.length)}`]
            if (jurisdiction.id === selected) classes.push('selected')
            return (
              <Link
                key={jurisdiction.id}
                to={`/privacy-map/world?j=${jurisdiction.id}`}
                preventScrollReset
                className={classes.join(' ')}
                aria-label={t('privacy.world.linkLabel', {
                  name: jurisdiction.name,
                  covered: coverage.covered.length,
                  total: coverage.total,
                })}
                aria-current={jurisdiction.id === selected ? 'true' : undefined}
              >
                {shapes.map((shape) => (
                  <path key={shape.id} d={shape.d} />
                ))}
              </Link>
            )
          })}
      </svg>
    </div>
  )
}
