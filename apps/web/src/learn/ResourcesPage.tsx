import './learn.css'
import {
  filterResources,
  findLesson,
  type Resource,
  type ResourceFilter,
  resourceFormats,
  resourceLanguages,
  resourceLevels,
  resources,
} from '@blockgov/content'
import { useId } from 'react'
import { Link, useSearchParams } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/translate.ts'
import { Page } from '../layout/Page.tsx'
import { LearnNav } from './LearnNav.tsx'
import { costLabel, formatLabel, languageLabel, levelLabel } from './labels.ts'

type Facet = keyof ResourceFilter

const facets: readonly {
  readonly key: Facet
  readonly label: MessageKey
  readonly values: readonly string[]
  readonly labels: Readonly<Record<string, MessageKey>>
}[] = [
  { key: 'level', label: 'learn.resources.level', values: resourceLevels, labels: levelLabel },
  { key: 'language', label: 'learn.resources.language', values: resourceLanguages, labels: languageLabel },
  { key: 'format', label: 'learn.resources.format', values: resourceFormats, labels: formatLabel },
  { key: 'cost', label: 'learn.resources.cost', values: ['free', 'paid'], labels: costLabel },
]

/** Reads the filter from the address, ignoring values that are not facet values (addresses are shareable). */
function filterFrom(params: URLSearchParams): ResourceFilter {
  const pick = <T extends string>(key: Facet, values: readonly T[]): T | undefined => {
    const value = params.get(key)
    return values.find((v) => v === value)
  }
  return {
    level: pick('level', resourceLevels),
    language: pick('language', resourceLanguages),
    format: pick('format', resourceFormats),
    cost: pick('cost', ['free', 'paid'] as const),
  }
}

function ResourceItem({ resource }: { resource: Resource }) {
  const { t, locale } = useI18n()
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(resource.accessed),
  )
  return (
    <li className="resource">
      <h3 lang={resource.titleLanguage ?? 'en'}>
        <a href={resource.url} rel="noreferrer">
          {resource.title}
        </a>
      </h3>
      <p className="resource-meta">
        {resource.publisher} · {t(levelLabel[resource.level])} · {t(languageLabel[resource.language])} ·{' '}
        {t(formatLabel[resource.format])} · {t(costLabel[resource.cost])}
      </p>
      <p lang="en">{resource.description}</p>
      <p className="muted">
        {t('learn.resources.accessed', { date })} · {t('learn.resources.lessons')}{' '}
        {resource.lessons.map((slug, i) => (
          <span key={slug}>
            {i > 0 && ', '}
            <Link to={`/learn/lessons/${slug}`} lang="en">
              {findLesson(slug)?.title ?? slug}
            </Link>
          </span>
        ))}
      </p>
    </li>
  )
}

/** `/learn/resources`: the curated list, filterable by level, language, format and cost; filters live in the URL. */
export function ResourcesPage() {
  const { t } = useI18n()
  const id = useId()
  const [params, setParams] = useSearchParams()
  const filter = filterFrom(params)
  const shown = filterResources(resources, filter)

  function setFacet(key: Facet, value: string) {
    const nextParams = new URLSearchParams(params)
    if (value === '') nextParams.delete(key)
    else nextParams.set(key, value)
    setParams(nextParams, { replace: true })
  }

  return (
    <Page title={t('learn.resources.title')}>
      <div className="learn">
        <LearnNav />
        <p className="lead">{t('learn.resources.intro')}</p>
        <form
          className="resource-filters no-print"
          aria-labelledby={`${id}-filters`}
          onSubmit={(e) => e.preventDefault()}
        >
          <h2 id={`${id}-filters`}>{t('learn.resources.filters')}</h2>
          <div className="filter-row">
            {facets.map((facet) => (
              <div key={facet.key} className="filter">
                <label htmlFor={`${id}-${facet.key}`}>{t(facet.label)}</label>
                <select
                  id={`${id}-${facet.key}`}
                  value={filter[facet.key] ?? ''}
                  onChange={(event) => setFacet(facet.key, event.target.value)}
                >
                  <option value="">{t('learn.resources.any')}</option>
                  {facet.values.map((value) => (
                    <option key={value} value={value}>
                      {t(facet.labels[value] ?? 'learn.resources.any')}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <button type="button" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t('learn.resources.clear')}
          </button>
        </form>
        <p role="status" className="resource-count">
          {t('learn.resources.count', { count: shown.length, total: resources.length })}
        </p>
        {shown.length === 0 ? (
          <p>{t('learn.resources.none')}</p>
        ) : (
          <ul className="resource-list">
            {shown.map((resource) => (
              <ResourceItem key={resource.id} resource={resource} />
            ))}
          </ul>
        )}
      </div>
    </Page>
  )
}
