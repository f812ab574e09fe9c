import type { Card } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { shortText } from './card-text.ts'

/** The `<select>` value meaning "no topic" (an idea at the top level of the board). */
export const NO_TOPIC = ''

/** The options of a "which topic?" select: no topic, then each topic, shortened. */
export function TopicOptions({ topics }: { topics: readonly Card[] }) {
  const { t } = useI18n()
  return (
    <>
      <option value={NO_TOPIC}>{t('participant.moderation.noTopic')}</option>
      {topics.map((topic) => (
        <option key={topic.id} value={topic.id}>
          {shortText(topic.text, 80)}
        </option>
      ))}
    </>
  )
}
