import { Link } from 'react-router'
import type { Area } from '../areas.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'

/** The honest placeholder for an area whose issue has not landed: says so, and says what it will do. */
export function ComingSoon({ area }: { area: Area }) {
  const { t } = useI18n()
  return (
    <Page title={t(area.title)}>
      <p className="badge">{t('comingSoon.status')}</p>
      <p>{t('comingSoon.body')}</p>
      <h2>{t('comingSoon.plan')}</h2>
      <p>{t(area.summary)}</p>
      <p>
        <Link to="/">{t('comingSoon.back')}</Link>
      </p>
    </Page>
  )
}
