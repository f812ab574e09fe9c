import { walkGate } from '@blockgov/content'
import { useSubmit } from '../api/hooks.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { assessApi } from './api.ts'
import { Failure } from './Failure.tsx'
import { GatePath } from './GatePath.tsx'

/**
 * The gate, one question at a time: the answer path so far is listed, then the next question or the outcome.
 * Answers are saved as given; while the evaluation is a draft the organiser may start again.
 */
export function GatePanel({
  evaluationId,
  answers,
  editable,
  onChanged,
}: {
  evaluationId: string
  answers: Readonly<Record<string, boolean>>
  editable: boolean
  onChanged: () => void
}) {
  const { t } = useI18n()
  const { error, run } = useSubmit()
  const walk = walkGate(answers)
  function save(next: Record<string, boolean>) {
    void run(async () => {
      await assessApi.setGate(evaluationId, next)
      onChanged()
    })
  }
  return (
    <section aria-labelledby="gate-heading">
      <h2 id="gate-heading">{t('assess.gate.title')}</h2>
      <p>{t('assess.gate.intro')}</p>
      {walk.steps.length > 0 && (
        <>
          <h3>{t('assess.gate.path')}</h3>
          <GatePath walk={walk} />
        </>
      )}
      {walk.done ? (
        <p role="status">
          <strong>{t('assess.gate.outcome', { label: walk.outcome.label })}</strong>{' '}
          <span lang="en">{walk.outcome.explanation}</span>
        </p>
      ) : (
        editable && (
          <fieldset>
            <legend lang="en">{walk.next.text}</legend>
            <p className="hint" lang="en">
              {walk.next.help}
            </p>
            <button type="button" onClick={() => save({ ...answers, [walk.next.id]: true })}>
              {t('assess.gate.yes')}
            </button>{' '}
            <button type="button" onClick={() => save({ ...answers, [walk.next.id]: false })}>
              {t('assess.gate.no')}
            </button>
          </fieldset>
        )
      )}
      {editable && walk.steps.length > 0 && (
        <button type="button" onClick={() => save({})}>
          {t('assess.gate.restart')}
        </button>
      )}
      <Failure error={error} />
    </section>
  )
}
