import { defineMessages } from '../../i18n/define.ts'

/** Messages of the participant screens. */
export const participantMessages = defineMessages({
  en: { 'participant.placeholder': 'participant' },
  fr: { 'participant.placeholder': 'participant' },
  es: { 'participant.placeholder': 'participant' },
})
