import { exploreDataset } from '@blockgov/content'
import type { ExploreContributionView } from '@blockgov/protocol'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { issueLabel } from './labels.ts'

const useCaseName = new Map(exploreDataset.useCases.map((useCase) => [useCase.id, useCase.name]))

/** A proposal's content, as contributed (in the contributor's words, with their sources). */
export function ProposalDetails({ contribution }: { contribution: ExploreContributionView }) {
  const { t } = useI18n()
  const { proposal } = contribution
  return (
    <div className="proposal">
      {proposal.kind === 'correction' ? (
        <>
          <p>
            <strong>{t('explore.contribute.target')}:</strong>{' '}
            {useCaseName.get(proposal.target) ?? t('explore.review.unknownTarget', { id: proposal.target })}
          </p>
          <p>{proposal.correction}</p>
        </>
      ) : (
        <dl className="facts">
          <div>
            <dt>{t('explore.contribute.name')}</dt>
            <dd>{proposal.name}</dd>
          </div>
          <div>
            <dt>{t('explore.contribute.summary')}</dt>
            <dd>{proposal.summary}</dd>
          </div>
          <div>
            <dt>{t('explore.contribute.issues')}</dt>
            <dd>{proposal.issues.map((issue) => issueLabel(issue)).join('; ') || '—'}</dd>
          </div>
          <div>
            <dt>{t('explore.contribute.claim')}</dt>
            <dd>{proposal.claimedContribution}</dd>
          </div>
          <div>
            <dt>{t('explore.contribute.status')}</dt>
            <dd>{proposal.statusAndDates}</dd>
          </div>
          <div>
            <dt>{t('explore.contribute.evidence')}</dt>
            <dd>{proposal.evidence}</dd>
          </div>
          {proposal.problems !== '' && (
            <div>
              <dt>{t('explore.contribute.problems')}</dt>
              <dd>{proposal.problems}</dd>
            </div>
          )}
          {proposal.alternative !== '' && (
            <div>
              <dt>{t('explore.contribute.alternative')}</dt>
              <dd>{proposal.alternative}</dd>
            </div>
          )}
        </dl>
      )}
      <p>
        <strong>{t('explore.contribute.sources')}:</strong>
      </p>
      <ul className="source-list">
        {proposal.sources.map((source) => (
          <li key={source.url}>
            {source.title}{' '}
            <a href={source.url} rel="noreferrer nofollow">
              {source.url}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
