import type { Locale } from '../i18n/translate.ts'

/** A chain timestamp (Unix seconds) as a date and time in the reader's language, in UTC like the chain. */
export function formatTime(locale: Locale, seconds: number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(seconds * 1000),
  )
}
