import { describe, expect, it } from 'vitest'
import { catalogs, createTranslator, locales, pickLocale, placeholdersOf } from './translate.ts'

const en = catalogs.en

/** Messages that are legitimately the same as English (names, shared loanwords). Keep this list short. */
const sameInAllLanguages: Record<'fr' | 'es', string[]> = {
  fr: ['app.name', 'nav.sprint', 'page.title'],
  // "Hash" is the usual Spanish term in computing.
  es: ['app.name', 'nav.sprint', 'page.title', 'learn.demo.hash.title', 'learn.block.hash'],
}

describe('catalogs', () => {
  it.each(locales)('%s has every English key, no empty message, and the same placeholders', (locale) => {
    const catalog = catalogs[locale]
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort())
    for (const [key, message] of Object.entries(en)) {
      const translated = catalog[key as keyof typeof en]
      expect(translated.trim().length, `${locale} ${key}`).toBeGreaterThan(0)
      expect(placeholdersOf(translated), `${locale} ${key}`).toEqual(placeholdersOf(message))
    }
  })

  it('French and Spanish are actually translated, not copies of English', () => {
    for (const locale of ['fr', 'es'] as const) {
      const same = Object.entries(en).filter(([key, message]) => catalogs[locale][key as keyof typeof en] === message)
      // Brand names, the page-title pattern and a few words shared across these languages may stay identical.
      const allowed = new Set(sameInAllLanguages[locale])
      expect(
        same.map(([key]) => key).filter((key) => !allowed.has(key)),
        locale,
      ).toEqual([])
    }
  })
})

describe('createTranslator', () => {
  const t = createTranslator(en)

  it('fills placeholders', () => {
    expect(t('page.title', { page: 'Home' })).toBe('Home · blockgov')
  })

  it('leaves an unfilled placeholder visible instead of printing undefined', () => {
    expect(t('page.title', {})).toBe('{page} · blockgov')
  })

  it('does not treat inherited object keys as values', () => {
    expect(t('page.title', Object.create({ page: 'inherited' }))).toBe('{page} · blockgov')
  })
})

describe('pickLocale', () => {
  it('takes the first supported language, matching on the base tag', () => {
    expect(pickLocale(['de-DE', 'fr-CA', 'en'])).toBe('fr')
    expect(pickLocale(['ES'])).toBe('es')
  })

  it('falls back to English', () => {
    expect(pickLocale(['de', 'ja'])).toBe('en')
    expect(pickLocale([])).toBe('en')
  })
})
