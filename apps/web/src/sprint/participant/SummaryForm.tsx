import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { uuid } from '../uuid.ts'
import { CountedTextarea } from './CountedTextarea.tsx'
import { FormError } from './FormError.tsx'
import { useCommand } from './use-command.ts'

/** Rapporteur or facilitator: publish the group's summary card, which the projector shows at report-out. */
export function SummaryForm() {
  const { t } = useI18n()
  const id = useId()
  const { run, error } = useCommand()
  const [text, setText] = useState('')
  const [published, setPublished] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    const trimmed = text.trim()
    if (trimmed === '') return
    setPublished(false)
    if (await run({ type: 'summary.publish', cardId: uuid(), text: trimmed })) {
      setText((current) => (current.trim() === trimmed ? '' : current))
      setPublished(true)
    }
  }

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('participant.summary.title')}</h2>
      <form className="stack" onSubmit={submit}>
        <CountedTextarea
          label={t('participant.summary.label')}
          hint={t('participant.summary.hint')}
          value={text}
          onChange={(value) => {
            setText(value)
            setPublished(false)
          }}
          rows={5}
          required
        />
        <FormError message={error} />
        <p role="status">{published ? t('participant.summary.published') : ''}</p>
        <div>
          <button type="submit">{t('participant.summary.submit')}</button>
        </div>
      </form>
    </section>
  )
}
