import type { Group, Participant } from '@blockgov/sprint'
import { useId, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'

/** A group member, with a keyboard-friendly "Move to…" select and "Move" button. */
export function MemberRow({
  person,
  group,
  groups,
  onMove,
}: {
  person: Participant
  group: Group
  groups: readonly Group[]
  onMove: (person: Participant, toGroupId: string) => void
}) {
  const { t } = useI18n()
  const id = useId()
  const others = groups.filter((g) => g.id !== group.id)
  const [to, setTo] = useState(others[0]?.id ?? '')
  const target = others.some((g) => g.id === to) ? to : (others[0]?.id ?? '')
  const roles = [
    group.facilitatorId === person.id && t('organiser.role.facilitator'),
    group.rapporteurId === person.id && t('organiser.role.rapporteur'),
  ].filter(Boolean)
  return (
    <tr>
      <th scope="row">
        {person.displayName}
        {roles.length > 0 && <span className="badge">{roles.join(', ')}</span>}
      </th>
      <td>{t(person.presence === 'room' ? 'organiser.presence.room' : 'organiser.presence.online')}</td>
      <td>
        {others.length === 0 ? (
          '—'
        ) : (
          <div className="org-move-control">
            <label htmlFor={id} className="visually-hidden">
              {t('organiser.groups.moveTo', { name: person.displayName })}
            </label>
            <select id={id} value={target} onChange={(e) => setTo(e.target.value)}>
              {others.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              aria-label={t('organiser.groups.moveFor', { name: person.displayName })}
              onClick={() => onMove(person, target)}
            >
              {t('organiser.groups.move')}
            </button>
          </div>
        )}
      </td>
    </tr>
  )
}
