import type { PrivacyNode } from '@blockgov/content'
import { Link } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { kindLabel } from './labels.ts'
import { SourceList } from './SourceList.tsx'

/** One entry in a list: linked name, kind and summary; with `full`, the explanation and sources too (for print). */
export function NodeSummary({ node, full }: { node: PrivacyNode; full: boolean }) {
  const { t } = useI18n()
  return (
    <article className="entry">
      <h3 className="entry-title">
        <Link to={`/privacy-map/node/${node.id}`} lang="en">
          {node.label}
        </Link>{' '}
        <span className="kind-badge">{t(kindLabel[node.kind])}</span>
      </h3>
      <p lang="en">{node.summary}</p>
      {full && (
        <>
          <p lang="en">{node.explanation}</p>
          {node.designObservation !== undefined && (
            <p className="design-note">
              <strong>{t('privacy.node.design')}:</strong> <span lang="en">{node.designObservation}</span>
            </p>
          )}
          <SourceList citations={node.citations} />
        </>
      )}
    </article>
  )
}
