import type { SessionState } from '@blockgov/sprint'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { CommandError } from './CommandError.tsx'
import { useCommand } from './use-command.ts'

/** Scores against the criteria, or dot voting with a number of dots per person (evaluation.setMethod). */
export function MethodForm({ live, evaluation }: { live: LiveSession; evaluation: SessionState['evaluation'] }) {
  const { t } = useI18n()
  const { run, error } = useCommand(live)
  const id = useId()
  const [method, setMethod] = useState(evaluation.method)
  const [dots, setDots] = useState(String(evaluation.dotsPerPerson))
  const [source, setSource] = useState(evaluation)
  if (source !== evaluation) {
    setSource(evaluation)
    setMethod(evaluation.method)
    setDots(String(evaluation.dotsPerPerson))
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    await run({ type: 'evaluation.setMethod', method, dotsPerPerson: Number(dots) })
  }

  return (
    <form className="org-console-form" aria-labelledby={`${id}-title`} onSubmit={save} noValidate>
      <h3 id={`${id}-title`}>{t('organiser.method.title')}</h3>
      <fieldset>
        <legend>{t('organiser.method.legend')}</legend>
        {(['scores', 'dots'] as const).map((value) => (
          <label key={value} className="org-choice">
            <input type="radio" name={`${id}-method`} checked={method === value} onChange={() => setMethod(value)} />
            {t(value === 'scores' ? 'organiser.method.scores' : 'organiser.method.dots')}
          </label>
        ))}
      </fieldset>
      <div className="org-field org-field-narrow">
        <label htmlFor={`${id}-dots`}>{t('organiser.method.dotsPerPerson')}</label>
        <input
          id={`${id}-dots`}
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          value={dots}
          disabled={method !== 'dots'}
          onChange={(e) => setDots(e.target.value)}
        />
      </div>
      <button type="submit">{t('organiser.method.save')}</button>
      <CommandError message={error} />
    </form>
  )
}
