import { lessonsLastChecked } from '@blockgov/content'
import { useI18n } from '../i18n/I18nProvider.tsx'

/** Says that lesson content is English and when it was checked. */
export function LearnContentNote() {
  const { t, locale } = useI18n()
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(lessonsLastChecked),
  )
  return <p className="content-note">{t('learn.contentNote', { date })}</p>
}
