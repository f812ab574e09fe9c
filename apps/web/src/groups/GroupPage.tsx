import { useCallback } from 'react'
import { Link, useParams } from 'react-router'
import { settled, useLoad } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import type { MessageKey } from '../i18n/translate.ts'
import { Page } from '../layout/Page.tsx'
import { AnnouncementEditor } from './AnnouncementEditor.tsx'
import { groupsApi } from './api.ts'
import { ReviewStatus } from './ReviewStatus.tsx'
import { SubscribeForm } from './SubscribeForm.tsx'

/** The areas a group's output can feed, with their paths and navigation labels. */
const outputAreas: Record<string, { path: string; label: MessageKey }> = {
  names: { path: '/names', label: 'nav.names' },
  privacy: { path: '/privacy-map', label: 'nav.privacy' },
  learn: { path: '/learn', label: 'nav.learn' },
  assess: { path: '/assess', label: 'nav.assess' },
  explore: { path: '/explore', label: 'nav.explore' },
}

/** A working group's page: what it does, who leads, milestones, members, its archive and the subscribe form. */
export function GroupPage() {
  const { t } = useI18n()
  const slug = useParams().slug ?? ''
  const load = useCallback(() => groupsApi.group(slug), [slug])
  const { value: group, error } = settled(useLoad(load, [load]))
  if (error !== null) {
    return (
      <Page title={t('groups.nav.home')}>
        <p role="alert" className="groups-error">
          {error.message}
        </p>
      </Page>
    )
  }
  if (group === null) return <p role="status">{t('groups.loading')}</p>
  const output = group.outputArea === null ? undefined : outputAreas[group.outputArea]
  return (
    <Page title={group.name}>
      <dl className="groups-facts">
        <dt>{t('groups.page.purpose')}</dt>
        <dd>{group.purpose}</dd>
        <dt>{t('groups.page.leader')}</dt>
        <dd>{group.leader}</dd>
        <dt>{t('groups.page.nextStep')}</dt>
        <dd>{group.nextStep}</dd>
        <dt>{t('groups.page.address')}</dt>
        <dd>{group.address}</dd>
        <dt>{t('groups.page.members')}</dt>
        <dd>{group.members}</dd>
        {output === undefined ? null : (
          <>
            <dt>{t('groups.page.output')}</dt>
            <dd>
              <Link to={output.path}>{t(output.label)}</Link>
            </dd>
          </>
        )}
      </dl>
      {group.source === null ? null : (
        <p>
          {t('groups.page.source')}{' '}
          <Link to={`/sprint/s/${group.source.sessionId}/console`}>{t('groups.page.sourceLink')}</Link>
        </p>
      )}
      <h2>{t('groups.page.milestones')}</h2>
      {group.milestones.length === 0 ? (
        <p>{t('groups.page.noMilestones')}</p>
      ) : (
        <table className="groups-table">
          <thead>
            <tr>
              <th scope="col">{t('groups.milestone.title')}</th>
              <th scope="col">{t('groups.milestone.owner')}</th>
              <th scope="col">{t('groups.milestone.due')}</th>
            </tr>
          </thead>
          <tbody>
            {group.milestones.map((m) => (
              <tr key={`${m.title}-${m.due}`}>
                <td>{m.title}</td>
                <td>{m.owner}</td>
                <td>
                  <time dateTime={m.due}>{m.due}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <Link to={`/groups/lists/${group.slug}`}>{t('groups.page.archive')}</Link>
      </p>
      <SubscribeForm list={group.slug} />
      <AnnouncementEditor slug={group.slug} />
      <ReviewStatus output={{ area: 'groups', ref: group.slug, title: group.name, path: `/groups/${group.slug}` }} />
    </Page>
  )
}
