import { useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { FormError } from './FormError.tsx'
import { useParticipant } from './participant-context.ts'
import { useCommand } from './use-command.ts'

/** Before groups are formed: offer to facilitate or to report for a group (the organiser decides). */
export function VolunteerForm() {
  const { t } = useI18n()
  const id = useId()
  const { me } = useParticipant()
  const { run, error } = useCommand()
  // Shown at once, before the server confirms; dropped again if it refuses.
  const [draft, setDraft] = useState<{ facilitator: boolean; rapporteur: boolean } | null>(null)
  const facilitator = draft?.facilitator ?? me.facilitatorVolunteer
  const rapporteur = draft?.rapporteur ?? me.rapporteurVolunteer
  const send = async (next: { facilitator: boolean; rapporteur: boolean }) => {
    setDraft(next)
    if (!(await run({ type: 'participant.volunteer', ...next }))) setDraft(null)
  }

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('participant.volunteer.title')}</h2>
      <p>{t('participant.volunteer.waiting')}</p>
      <fieldset className="choice-group">
        <legend>{t('participant.volunteer.legend')}</legend>
        <p id={`${id}-hint`} className="hint">
          {t('participant.volunteer.hint')}
        </p>
        <label className="choice">
          <input
            type="checkbox"
            checked={facilitator}
            aria-describedby={`${id}-hint`}
            onChange={(e) => send({ facilitator: e.target.checked, rapporteur })}
          />
          {t('participant.volunteer.facilitator')}
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={rapporteur}
            aria-describedby={`${id}-hint`}
            onChange={(e) => send({ facilitator, rapporteur: e.target.checked })}
          />
          {t('participant.volunteer.rapporteur')}
        </label>
      </fieldset>
      <FormError message={error} />
    </section>
  )
}
