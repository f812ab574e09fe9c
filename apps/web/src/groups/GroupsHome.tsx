import { Link } from 'react-router'
import { settled, useLoad } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { groupsApi } from './api.ts'
import { SubscribeForm } from './SubscribeForm.tsx'

const loadGroups = () => groupsApi.groups()

/** The working groups, and joining the coalition's main list. */
export function GroupsHome() {
  const { t } = useI18n()
  const { value, error } = settled(useLoad(loadGroups, [loadGroups]))
  return (
    <Page title={t('groups.nav.home')}>
      <p className="lead">{t('groups.intro')}</p>
      {error === null ? null : (
        <p role="alert" className="groups-error">
          {error.message}
        </p>
      )}
      {value === null && error === null ? <p role="status">{t('groups.loading')}</p> : null}
      {value === null ? null : value.groups.length === 0 ? (
        <p>{t('groups.empty')}</p>
      ) : (
        <ul className="groups-list">
          {value.groups.map((group) => (
            <li key={group.id} className="groups-card">
              <h2>
                <Link to={`/groups/${group.slug}`}>{group.name}</Link>
              </h2>
              <p>{group.purpose}</p>
              <p>{t('groups.members', { count: group.members })}</p>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('groups.main.title')}</h2>
      {value === null ? null : <p>{t('groups.main.text', { address: `announce@${value.listDomain}` })}</p>}
      <p>
        <Link to="/groups/lists/announce">{t('groups.page.archive')}</Link>
      </p>
      <SubscribeForm list="announce" />
    </Page>
  )
}
