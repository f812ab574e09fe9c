import { useI18n } from '../../i18n/I18nProvider.tsx'
import { shortText } from './card-text.ts'

/**
 * Hidden context appended to a repeated control's name ("Edit “Open registries”"), so the many Edit,
 * Delete or Comment controls of a board can be told apart by screen-reader and voice-control users.
 */
export function ForCard({ text }: { text: string }) {
  const { t } = useI18n()
  return <span className="visually-hidden"> {t('participant.card.about', { text: shortText(text) })}</span>
}
