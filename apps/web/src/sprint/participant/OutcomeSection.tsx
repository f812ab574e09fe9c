import type { Group } from '@blockgov/sprint'
import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { OutcomeForm } from './OutcomeForm.tsx'
import { useParticipant } from './participant-context.ts'
import { isLead, nameOf } from './selectors.ts'

/** The group's outcome (project, leader, next step) once set; leads set it during the outcome phase. */
export function OutcomeSection({ group }: { group: Group }) {
  const { t } = useI18n()
  const id = useId()
  const { state, meId, item } = useParticipant()
  const canSet = item?.activity === 'outcome' && isLead(group, meId)
  const outcome = group.outcome
  if (outcome === null && !canSet) return null

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('participant.outcome.title')}</h2>
      {outcome === null ? (
        <p>{t('participant.outcome.none')}</p>
      ) : (
        <dl className="outcome">
          <dt>{t('participant.outcome.project')}</dt>
          <dd>{outcome.project}</dd>
          <dt>{t('participant.outcome.leader')}</dt>
          <dd>{nameOf(state, outcome.leaderId) ?? t('participant.outcome.noLeader')}</dd>
          <dt>{t('participant.outcome.nextStep')}</dt>
          <dd className="card-text">{outcome.nextStep}</dd>
        </dl>
      )}
      {canSet && <OutcomeForm group={group} />}
    </section>
  )
}
