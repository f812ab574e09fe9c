import { useId, useState } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { chooseTheme, isTheme, savedTheme, type Theme } from '../theme.ts'

const labels = { system: 'theme.system', light: 'theme.light', dark: 'theme.dark' } as const

export function ThemeSwitcher() {
  const { t } = useI18n()
  const id = useId()
  const [theme, setTheme] = useState<Theme>(savedTheme)
  return (
    <div className="setting">
      <label htmlFor={id}>{t('theme.label')}</label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          if (!isTheme(event.target.value)) return
          chooseTheme(event.target.value)
          setTheme(event.target.value)
        }}
      >
        {(Object.keys(labels) as Theme[]).map((value) => (
          <option key={value} value={value}>
            {t(labels[value])}
          </option>
        ))}
      </select>
    </div>
  )
}
