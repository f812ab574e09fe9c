import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'

/** The List-Help target: how the lists work, in plain language. */
export function HelpPage() {
  const { t } = useI18n()
  return (
    <Page title={t('groups.help.title')}>
      <p>{t('groups.help.text')}</p>
    </Page>
  )
}
