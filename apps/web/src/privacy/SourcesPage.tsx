import './privacy.css'
import { type SourceType, sources } from '@blockgov/content'
import { useId } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { ContentNote } from './ContentNote.tsx'
import { sourceTypeLabel } from './labels.ts'
import { PrivacyNav } from './PrivacyNav.tsx'
import { SourceList } from './SourceList.tsx'

const typeOrder: readonly SourceType[] = [
  'law',
  'court-case',
  'regulator-guidance',
  'official-notice',
  'study',
  'standard',
  'technical',
]

/** `/privacy-map/sources`: the registry, grouped by type, with each entry's caveats — for reviewers and libraries. */
export function SourcesPage() {
  const { t } = useI18n()
  const id = useId()
  return (
    <Page title={t('privacy.sources.title')}>
      <div className="privacy">
        <PrivacyNav />
        <p className="lead">{t('privacy.sources.intro')}</p>
        <ContentNote />
        {typeOrder.map((type) => {
          const group = sources.filter((source) => source.type === type)
          if (group.length === 0) return null
          return (
            <section key={type} aria-labelledby={`${id}-${type}`}>
              <h2 id={`${id}-${type}`}>{t(sourceTypeLabel[type])}</h2>
              <ul className="registry">
                {group.map((source) => (
                  <li key={source.id} id={source.id}>
                    <SourceList citations={[{ source: source.id }]} />
                    <p className="muted" lang="en">
                      {source.note}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          )
        })}
      </div>
    </Page>
  )
}
