import { describe, expect, it } from 'vitest'
import { catalogs, createTranslator } from '../../i18n/translate.ts'
import { shortText } from './card-text.ts'
import { errorKeyFor, errorText } from './error-text.ts'

describe('errorText', () => {
  const t = createTranslator(catalogs.fr)

  it('translates known codes, whatever the server message says', () => {
    expect(errorKeyFor('DOTS_EXCEEDED')).toBe('participant.error.DOTS_EXCEEDED')
    expect(errorText(t, { code: 'PHASE_CLOSED', message: 'ignored' })).toBe(
      catalogs.fr['participant.error.PHASE_CLOSED'],
    )
  })

  it("falls back to the server's message, then to a generic one, for unknown codes", () => {
    expect(errorText(t, { code: 'SOMETHING_NEW', message: 'Specific message.' })).toBe('Specific message.')
    expect(errorText(t, { code: 'SOMETHING_NEW', message: '' })).toBe(catalogs.fr['participant.error.unknown'])
  })

  it('does not treat inherited object keys as codes', () => {
    expect(errorKeyFor('constructor')).toBeNull()
  })
})

describe('shortText', () => {
  it('keeps short text and cuts long text on one line', () => {
    expect(shortText('a\n b')).toBe('a b')
    expect(shortText('abcdefghij', 5)).toBe('abcd…')
  })
})
