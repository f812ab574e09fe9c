import './explore.css'
import { exploreDataset, timeline } from '@blockgov/content'
import { Link } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { ExploreNav } from './ExploreNav.tsx'
import { ExploreNote } from './ExploreNote.tsx'
import { statusLabel } from './labels.ts'

const { dated, undated } = timeline(exploreDataset.useCases)
const byYear = new Map<string, typeof dated>()
for (const entry of dated) {
  const year = (entry.change.date ?? '').slice(0, 4)
  byYear.set(year, [...(byYear.get(year) ?? []), entry])
}

/** `/explore/timeline`: every status change, by year, oldest first; undated changes listed apart, not guessed. */
export function TimelinePage() {
  const { t } = useI18n()
  return (
    <Page title={t('explore.timeline.title')}>
      <div className="privacy explore">
        <ExploreNav />
        <ExploreNote />
        <p className="lead">{t('explore.timeline.intro')}</p>
        {[...byYear].map(([year, entries]) => (
          <section key={year} aria-labelledby={`year-${year}`}>
            <h2 id={`year-${year}`}>{year}</h2>
            <ol className="timeline">
              {entries.map(({ useCase, change }) => (
                <li key={`${useCase.id}-${change.date}-${change.status}`}>
                  <time dateTime={change.date ?? undefined}>{change.date}</time>{' '}
                  <Link to={`/explore/use-case/${useCase.id}`} lang="en">
                    {useCase.name}
                  </Link>
                  : <strong>{t(statusLabel[change.status])}</strong>. <span lang="en">{change.note}</span>
                </li>
              ))}
            </ol>
          </section>
        ))}
        {undated.length > 0 && (
          <section aria-labelledby="year-undated">
            <h2 id="year-undated">{t('explore.timeline.undated')}</h2>
            <ul className="timeline">
              {undated.map(({ useCase, change }) => (
                <li key={`${useCase.id}-${change.status}`}>
                  <Link to={`/explore/use-case/${useCase.id}`} lang="en">
                    {useCase.name}
                  </Link>
                  : <strong>{t(statusLabel[change.status])}</strong>. <span lang="en">{change.note}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Page>
  )
}
