import { exploreDataset } from '@blockgov/content'
import { useI18n } from '../i18n/I18nProvider.tsx'

/** The options of a use-case `<select>`: "none", then every use case by name (content, in English). */
export function UseCaseOptions() {
  const { t } = useI18n()
  return (
    <>
      <option value="">{t('explore.compare.none')}</option>
      {exploreDataset.useCases.map((useCase) => (
        <option key={useCase.id} value={useCase.id} lang="en">
          {useCase.name}
        </option>
      ))}
    </>
  )
}
