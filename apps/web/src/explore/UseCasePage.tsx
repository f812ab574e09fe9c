import './explore.css'
import { exploreDataset } from '@blockgov/content'
import { Link, useParams } from 'react-router'
import { ReviewStatus } from '../groups/ReviewStatus.tsx'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { SourceList } from '../privacy/SourceList.tsx'
import { CommunityContributions } from './CommunityContributions.tsx'
import { ExploreNav } from './ExploreNav.tsx'
import { ExploreNote } from './ExploreNote.tsx'
import { approachLabel, regionLabel, relatedLink, statusLabel, strengthLabel, strengthMeaning } from './labels.ts'

const issueById = new Map(exploreDataset.issues.map((issue) => [issue.id, issue]))
const useCaseById = new Map(exploreDataset.useCases.map((useCase) => [useCase.id, useCase]))

/** `/explore/use-case/:id`: one use case with its full evidence, problems, alternative and sources. */
export function UseCasePage() {
  const { t } = useI18n()
  const { useCaseId = '' } = useParams()
  const useCase = useCaseById.get(useCaseId)
  if (useCase === undefined) {
    return (
      <Page title={t('explore.useCase.notFoundTitle')}>
        <p>{t('explore.useCase.notFound')}</p>
        <p>
          <Link to="/explore">{t('explore.useCase.back')}</Link>
        </p>
      </Page>
    )
  }
  const reference =
    useCase.alternative?.useCase === undefined ? undefined : useCaseById.get(useCase.alternative.useCase)

  return (
    <Page title={useCase.name}>
      <div className="privacy explore use-case">
        <ExploreNav />
        <ExploreNote />
        <p className="lead" lang="en">
          {useCase.summary}
        </p>
        <dl className="facts">
          <div>
            <dt>{t('explore.useCase.approach')}</dt>
            <dd>{t(approachLabel[useCase.approach])}</dd>
          </div>
          <div>
            <dt>{t('explore.useCase.region')}</dt>
            <dd>{t(regionLabel[useCase.region])}</dd>
          </div>
          <div>
            <dt>{t('explore.useCase.evidence')}</dt>
            <dd>
              {t(strengthLabel[useCase.evidence.strength])}: {t(strengthMeaning[useCase.evidence.strength])}
            </dd>
          </div>
        </dl>

        <h2>{t('explore.useCase.issues')}</h2>
        <ul lang="en">
          {useCase.issues.map((issueId) => (
            <li key={issueId}>
              <Link to={`/explore?issue=${issueId}`}>{issueById.get(issueId)?.label ?? issueId}</Link>
            </li>
          ))}
        </ul>

        <h2>{t('explore.useCase.claim')}</h2>
        <p lang="en">{useCase.claimedContribution.text}</p>
        <SourceList citations={useCase.claimedContribution.citations} />

        <h2>{t('explore.useCase.status')}</h2>
        <ol className="status-history">
          {useCase.statusHistory.map((change, index) => (
            <li key={`${change.status}-${change.date ?? index}`}>
              <p>
                <strong>{t(statusLabel[change.status])}</strong>, {change.date ?? t('explore.dateNotVerified')}.{' '}
                <span lang="en">{change.note}</span>
              </p>
              <SourceList citations={change.citations} />
            </li>
          ))}
        </ol>

        <h2>{t('explore.useCase.results')}</h2>
        <p lang="en">{useCase.evidence.summary}</p>
        <SourceList citations={useCase.evidence.citations} />

        <h2>{t('explore.useCase.problems')}</h2>
        {useCase.problems.length === 0 ? (
          <p>{t('explore.useCase.noProblems')}</p>
        ) : (
          <ul>
            {useCase.problems.map((problem) => (
              <li key={problem.text}>
                <p lang="en">{problem.text}</p>
                <SourceList citations={problem.citations} />
              </li>
            ))}
          </ul>
        )}

        {useCase.alternative !== undefined && (
          <>
            <h2>{t('explore.useCase.alternative')}</h2>
            <p lang="en">{useCase.alternative.text}</p>
            {reference !== undefined && (
              <p>
                <Link to={`/explore/use-case/${reference.id}`} lang="en">
                  {reference.name}
                </Link>
              </p>
            )}
            <SourceList citations={useCase.alternative.citations} />
          </>
        )}

        {useCase.related.length > 0 && (
          <>
            <h2>{t('explore.useCase.related')}</h2>
            <ul>
              {useCase.related.map((area) => (
                <li key={area}>
                  <Link to={relatedLink[area].to}>{t(relatedLink[area].label)}</Link>
                </li>
              ))}
            </ul>
          </>
        )}

        <CommunityContributions useCaseId={useCase.id} />
        <ReviewStatus
          output={{ area: 'explore', ref: useCase.id, title: useCase.name, path: `/explore/use-case/${useCase.id}` }}
        />
        <p>
          <Link to={`/explore/contribute?correct=${useCase.id}`}>{t('explore.useCase.suggest')}</Link>
        </p>
      </div>
    </Page>
  )
}
