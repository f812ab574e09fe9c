import type { Group } from '@blockgov/sprint'
import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { MessageKey } from '../../i18n/translate.ts'
import { useParticipant } from './participant-context.ts'
import { designHistory, type GroupRole, nameOf, roleIn } from './selectors.ts'

const roleKeys: Readonly<Record<GroupRole, MessageKey>> = {
  facilitator: 'participant.group.role.facilitator',
  rapporteur: 'participant.group.role.rapporteur',
  member: 'participant.group.role.member',
}

/** My group: who is in it, who leads it, my role, and whose design we work on after a rotation. */
export function GroupPanel({ group }: { group: Group }) {
  const { t } = useI18n()
  const id = useId()
  const { state, meId, item } = useParticipant()
  const design = state.designs[group.designId]
  const rotated = group.designId !== group.id
  const history = designHistory(state, group.designId)

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('participant.group.title')}</h2>
      <p>
        <strong>{group.name}</strong> · {t('participant.group.yourRole', { role: t(roleKeys[roleIn(group, meId)]) })}
      </p>
      <h3 id={`${id}-members`}>{t('participant.group.members')}</h3>
      <ul aria-labelledby={`${id}-members`}>
        {group.members.map((memberId) => {
          const role = roleIn(group, memberId)
          const presence = state.participants[memberId]?.presence
          return (
            <li key={memberId}>
              {nameOf(state, memberId) ?? t('participant.card.unknownAuthor')}
              {memberId === meId && ` ${t('participant.group.you')}`}
              {role !== 'member' && ` · ${t(roleKeys[role])}`}
              {presence === 'online' && ` · ${t('participant.group.online')}`}
            </li>
          )
        })}
      </ul>
      {(rotated || item?.activity === 'iterate') && design !== undefined && (
        <>
          <p>{t('participant.group.iterating', { design: design.name })}</p>
          <h3 id={`${id}-history`}>{t('participant.group.history')}</h3>
          <ol aria-labelledby={`${id}-history`}>
            {history.map((step) => (
              <li key={`${step.groupId}-${step.sprint}`}>
                {t('participant.group.historyStep', { group: step.groupName, sprint: step.sprint })}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
