import { CARD_TEXT_MAX, type Group } from '@blockgov/sprint'
import { type FormEvent, useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { CountedTextarea } from './CountedTextarea.tsx'
import { FormError } from './FormError.tsx'
import { useParticipant } from './participant-context.ts'
import { useCommand } from './use-command.ts'

const NO_LEADER = ''

/** Facilitator or rapporteur: name the project, its leader (anyone in the session) and the next step. */
export function OutcomeForm({ group }: { group: Group }) {
  const { t } = useI18n()
  const id = useId()
  const { state } = useParticipant()
  const { run, error } = useCommand()
  const [project, setProject] = useState(group.outcome?.project ?? '')
  const [leaderId, setLeaderId] = useState(group.outcome?.leaderId ?? NO_LEADER)
  const [nextStep, setNextStep] = useState(group.outcome?.nextStep ?? '')
  const [saved, setSaved] = useState(false)
  const people = state.participantOrder.flatMap((pid) => {
    const p = state.participants[pid]
    return p === undefined ? [] : [p]
  })

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSaved(false)
    const ok = await run({
      type: 'outcome.set',
      groupId: group.id,
      project: project.trim(),
      leaderId: leaderId === NO_LEADER ? null : leaderId,
      nextStep: nextStep.trim(),
    })
    setSaved(ok)
  }

  return (
    <form className="stack" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('participant.outcome.formTitle')}</h3>
      <div className="field">
        <label htmlFor={`${id}-project`}>
          {t('participant.outcome.project')} <span className="required">{t('participant.form.required')}</span>
        </label>
        <input
          id={`${id}-project`}
          required
          maxLength={120}
          autoComplete="off"
          value={project}
          onChange={(e) => setProject(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-leader`}>{t('participant.outcome.leader')}</label>
        <select id={`${id}-leader`} value={leaderId} onChange={(e) => setLeaderId(e.target.value)}>
          <option value={NO_LEADER}>{t('participant.outcome.noLeader')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </select>
      </div>
      <CountedTextarea
        label={t('participant.outcome.nextStep')}
        hint={t('participant.outcome.nextStepHint')}
        value={nextStep}
        onChange={setNextStep}
        max={CARD_TEXT_MAX}
        required
      />
      <FormError message={error} />
      <p role="status">{saved ? t('participant.outcome.saved') : ''}</p>
      <div>
        <button type="submit">{t('participant.outcome.submit')}</button>
      </div>
    </form>
  )
}
