import './participant.css'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Page } from '../../layout/Page.tsx'
import { JoinCodeForm } from './JoinCodeForm.tsx'
import { OrganiserPanel } from './OrganiserPanel.tsx'

/** `/sprint`: join a workshop with its code, or (organisers) sign in and manage sessions. */
export function SprintHome() {
  const { t } = useI18n()
  return (
    <Page title={t('participant.home.title')}>
      <div className="participant">
        <p className="lead">{t('participant.home.intro')}</p>
        <JoinCodeForm />
        <OrganiserPanel />
      </div>
    </Page>
  )
}
