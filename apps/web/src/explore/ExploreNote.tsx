import { exploreDataset } from '@blockgov/content'
import { useI18n } from '../i18n/I18nProvider.tsx'

/** On every page of the explorer: the content is English, when it was checked, the version and the licence. */
export function ExploreNote() {
  const { t, locale } = useI18n()
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(exploreDataset.lastChecked),
  )
  return <p className="content-note">{t('explore.contentNote', { date, version: exploreDataset.version })}</p>
}
