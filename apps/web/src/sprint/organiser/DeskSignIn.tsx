import { DisplayName, type Presence } from '@blockgov/sprint'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { uuid } from '../uuid.ts'
import { CommandError } from './CommandError.tsx'
import { useCommand } from './use-command.ts'

/** Signs in someone without a device, at the organiser's desk. */
export function DeskSignIn({ live }: { live: LiveSession }) {
  const { t } = useI18n()
  const { run, error } = useCommand(live)
  const [name, setName] = useState('')
  const [presence, setPresence] = useState<Presence>('room')
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState('')
  const id = useId()

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setDone('')
    const parsed = DisplayName.safeParse(name)
    if (!parsed.success) {
      setProblem(t('organiser.desk.nameRequired'))
      return
    }
    setProblem(null)
    if (await run({ type: 'participant.add', participantId: uuid(), displayName: parsed.data, presence })) {
      setName('')
      setDone(t('organiser.desk.done', { name: parsed.data }))
    }
  }

  return (
    <form className="org-console-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h3 id={`${id}-title`}>{t('organiser.desk.title')}</h3>
      <p className="org-hint">{t('organiser.desk.hint')}</p>
      <div className="org-field">
        <label htmlFor={`${id}-name`}>{t('organiser.desk.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={60}
          autoComplete="off"
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : `${id}-problem`}
          onChange={(e) => setName(e.target.value)}
        />
        {problem !== null && (
          <p id={`${id}-problem`} role="alert" className="org-field-error">
            {problem}
          </p>
        )}
      </div>
      <fieldset>
        <legend>{t('organiser.desk.presence')}</legend>
        {(['room', 'online'] as const).map((value) => (
          <label key={value} className="org-choice">
            <input
              type="radio"
              name={`${id}-presence`}
              value={value}
              checked={presence === value}
              onChange={() => setPresence(value)}
            />
            {t(value === 'room' ? 'organiser.presence.room' : 'organiser.presence.online')}
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('organiser.desk.submit')}</button>
      <CommandError message={error} />
      <p role="status" className="org-status-line">
        {done}
      </p>
    </form>
  )
}
