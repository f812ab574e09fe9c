import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { catalogs, createTranslator, locales, pickLocale, placeholdersOf } from './translate.ts'

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
      // Brand names and the page-title pattern may legitimately stay identical.
      expect(same.map(([key]) => key).sort(), locale).toEqual(['app.name', 'nav.sprint', 'page.title'])
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
