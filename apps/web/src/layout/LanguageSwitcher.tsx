import { useId } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { isLocale, localeNames, locales } from '../i18n/translate.ts'

/** A native select: the most robust control for keyboards, screen readers and phones alike. */
export function LanguageSwitcher() {
  const { locale, setLocale, t } = useI18n()
  const id = useId()
  return (
    <div className="setting">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value)
        }}
      >
        {locales.map((code) => (
          <option key={code} value={code} lang={code}>
            {localeNames[code]}
          </option>
        ))}
      </select>
    </div>
  )
}
