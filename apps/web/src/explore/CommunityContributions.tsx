import type { ExploreContributionView } from '@blockgov/protocol'
import { useEffect, useState } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { exploreApi } from './api.ts'
import { ProposalDetails } from './ProposalDetails.tsx'

/**
 * Accepted community contributions, with their credit: published as submitted and reviewed, and kept apart
 * from the verified dataset until an editor encodes them in a new version (docs/explore.md). With `useCaseId`,
 * only the corrections to that use case.
 */
export function CommunityContributions({ useCaseId }: { useCaseId?: string }) {
  const { t, locale } = useI18n()
  const [list, setList] = useState<ExploreContributionView[] | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    exploreApi.published().then(
      (result) => live && setList(result.contributions),
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [])
  const shown = (list ?? []).filter(
    (c) => useCaseId === undefined || (c.proposal.kind === 'correction' && c.proposal.target === useCaseId),
  )
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })

  return (
    <section aria-labelledby={`community-${useCaseId ?? 'all'}`}>
      <h2 id={`community-${useCaseId ?? 'all'}`}>{t('explore.community.title')}</h2>
      <p className="hint">{t('explore.community.intro')}</p>
      {failed ? (
        <p>{t('explore.community.failed')}</p>
      ) : list === null ? (
        <p>{t('explore.community.loading')}</p>
      ) : shown.length === 0 ? (
        <p>{t('explore.community.none')}</p>
      ) : (
        <ul className="entry-list">
          {shown.map((contribution) => (
            <li key={contribution.id}>
              <p className="muted">
                {t('explore.community.credit', {
                  name: contribution.proposal.credit,
                  date: contribution.reviewedAt === null ? '' : dates.format(new Date(contribution.reviewedAt)),
                })}
              </p>
              <ProposalDetails contribution={contribution} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
