import { lastChecked } from '@blockgov/content'
import { useI18n } from '../i18n/I18nProvider.tsx'

/** Says, on every page of the map, that its content is English, when it was checked, and that it is not advice. */
export function ContentNote() {
  const { t, locale } = useI18n()
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(lastChecked))
  return (
    <p className="content-note">
      {t('privacy.contentNote', { date })} {t('privacy.notAdvice')}
    </p>
  )
}
