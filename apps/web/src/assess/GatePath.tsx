import type { GateWalk } from '@blockgov/content'
import { useI18n } from '../i18n/I18nProvider.tsx'

/** The gate questions answered so far, each with its answer (the questions are content, in English). */
export function GatePath({ walk }: { walk: GateWalk }) {
  const { t } = useI18n()
  return (
    <ol lang="en">
      {walk.steps.map((s) => (
        <li key={s.question.id}>
          {s.question.text} <strong>{s.answer ? t('assess.gate.yes') : t('assess.gate.no')}</strong>
        </li>
      ))}
    </ol>
  )
}
