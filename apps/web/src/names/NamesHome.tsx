import { ReviewStatus } from '../groups/ReviewStatus.tsx'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { ChainInfo } from './ChainInfo.tsx'
import { NamesPage } from './NamesPage.tsx'
import { SearchForm } from './SearchForm.tsx'

/** `/names`: what the name system is, where its chain runs, the search box, and the partner reviews of it. */
export function NamesHome() {
  const { t } = useI18n()
  return (
    <NamesPage title={t('nav.names')}>
      <p className="lead">{t('names.home.intro')}</p>
      <SearchForm />
      <ChainInfo />
      <ReviewStatus output={{ area: 'names', ref: 'name-system', title: t('nav.names'), path: '/names' }} />
    </NamesPage>
  )
}
