import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react'
import { readPreference, writePreference } from '../preferences.ts'
import { catalogs, createTranslator, isLocale, type Locale, pickLocale, type Translate } from './translate.ts'

interface I18nValue {
  readonly locale: Locale
  readonly t: Translate
  setLocale(locale: Locale): void
}

const I18nContext = createContext<I18nValue | null>(null)

function initialLocale(): Locale {
  const saved = readPreference('locale')
  return isLocale(saved) ? saved : pickLocale(navigator.languages)
}

/** Provides the current language to the tree and keeps `<html lang>` in step, for screen readers. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale)
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  const setLocale = useCallback((next: Locale) => {
    writePreference('locale', next)
    setLocaleState(next)
  }, [])
  const value = useMemo(() => ({ locale, t: createTranslator(catalogs[locale]), setLocale }), [locale, setLocale])
  return <I18nContext value={value}>{children}</I18nContext>
}

/** The current language, its translator and a setter. */
export function useI18n(): I18nValue {
  const value = use(I18nContext)
  if (value === null) throw new Error('useI18n must be used inside <I18nProvider>')
  return value
}
