import { type Citation, findSource, formatReference } from '@blockgov/content'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { checkMethodLabel, sourceTypeLabel } from './labels.ts'

/** "GDPR Art. 17": how a citation reads inline. */
export function citationLabel(citation: Citation): string {
  const name = findSource(citation.source)?.short ?? citation.source
  return citation.pinpoint === undefined ? name : `${name} ${citation.pinpoint}`
}

/** Citations with their full references: what is relied on, what kind of source it is and how it was checked. */
export function SourceList({ citations }: { citations: readonly Citation[] }) {
  const { t, locale } = useI18n()
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  return (
    <ul className="source-list" lang="en">
      {citations.map((citation, index) => {
        const source = findSource(citation.source)
        // Index in the key: the same source can be cited twice with different pinpoints.
        const key = `${citation.source}-${citation.pinpoint ?? ''}-${index}`
        if (source === undefined) return <li key={key}>{citation.source}</li>
        return (
          <li key={key}>
            <span className="source-cited">{citationLabel(citation)}</span>
            {citation.note !== undefined && <span className="source-pinnote"> ({citation.note})</span>}
            <span className="source-reference">
              {formatReference(source)}{' '}
              {source.url !== undefined && (
                <a href={source.url} rel="noreferrer">
                  {source.url}
                </a>
              )}
            </span>
            <span className="source-meta" lang={locale}>
              {t(sourceTypeLabel[source.type])} ·{' '}
              {t('privacy.source.checked', { date: dates.format(new Date(source.checked)) })},{' '}
              {t(checkMethodLabel[source.checkedBy])}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
