import { defineMessages } from '../../i18n/define.ts'

/** Messages of the organiser screens. */
export const organiserMessages = defineMessages({
  en: { 'organiser.placeholder': 'organiser' },
  fr: { 'organiser.placeholder': 'organiser' },
  es: { 'organiser.placeholder': 'organiser' },
})
