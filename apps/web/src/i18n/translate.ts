import { areaMessages } from './areas.ts'
import { en } from './en.ts'
import { es } from './es.ts'
import { fr } from './fr.ts'

/** Languages with a complete catalog, in the order the switcher lists them. */
export const locales = ['en', 'fr', 'es'] as const
export type Locale = (typeof locales)[number]

/** Each language's name in that language, as the switcher shows it (so people find their own). */
export const localeNames: Readonly<Record<Locale, string>> = { en: 'English', fr: 'Français', es: 'Español' }

/** The shell's catalog plus every area's messages, per language. */
const english = { ...en, ...areaMessages.en }

/** A message id. */
export type MessageKey = keyof typeof english

/** A complete catalog of one language. */
export type Catalog = Readonly<Record<MessageKey, string>>

export const catalogs: Readonly<Record<Locale, Catalog>> = {
  en: english,
  fr: { ...fr, ...areaMessages.fr },
  es: { ...es, ...areaMessages.es },
}

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string

/** Returns `t` for one catalog. `{name}` placeholders are replaced; a missing value is left visible. */
export function createTranslator(catalog: Catalog): Translate {
  return (key, values) => {
    const template = catalog[key]
    if (values === undefined) return template
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    )
  }
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The first of the user's preferred languages (`navigator.languages`) that we have, else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLocale(base)) return base
  }
  return 'en'
}

/** The `{placeholders}` in a message, sorted, for checking that translations keep them. */
export function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()
}
