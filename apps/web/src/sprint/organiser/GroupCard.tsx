import type { Group, Participant, SessionState } from '@blockgov/sprint'
import { type FormEvent, useId, useRef, useState } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { CommandError } from './CommandError.tsx'
import { MemberRow } from './MemberRow.tsx'
import { useCommand } from './use-command.ts'

const NOBODY = ''

/** One group: the design it works on, its facilitator and rapporteur, and its members with move controls. */
export function GroupCard({ live, state, group }: { live: LiveSession; state: SessionState; group: Group }) {
  const { t } = useI18n()
  const { run, error } = useCommand(live)
  const id = useId()
  const [facilitator, setFacilitator] = useState(group.facilitatorId ?? NOBODY)
  const [rapporteur, setRapporteur] = useState(group.rapporteurId ?? NOBODY)
  const [roleSource, setRoleSource] = useState({ f: group.facilitatorId, r: group.rapporteurId })
  // Follow role changes made elsewhere (another tab, a member moved away) without an effect.
  if (roleSource.f !== group.facilitatorId || roleSource.r !== group.rapporteurId) {
    setRoleSource({ f: group.facilitatorId, r: group.rapporteurId })
    setFacilitator(group.facilitatorId ?? NOBODY)
    setRapporteur(group.rapporteurId ?? NOBODY)
  }
  const [moved, setMoved] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const design = state.designs[group.designId]
  const onOwnDesign = group.designId === group.id
  const members = group.members.flatMap((m) => {
    const p = state.participants[m]
    return p === undefined ? [] : [p]
  })

  async function saveRoles(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    await run({
      type: 'groups.assignRoles',
      groupId: group.id,
      facilitatorId: facilitator === NOBODY ? null : facilitator,
      rapporteurId: rapporteur === NOBODY ? null : rapporteur,
    })
  }

  /** The moved row leaves this table, so focus returns to the group's heading and the move is announced. */
  async function move(person: Participant, toGroupId: string) {
    setMoved('')
    if (!(await run({ type: 'groups.move', participantId: person.id, toGroupId }))) return
    const to = state.groups.find((g) => g.id === toGroupId)?.name ?? toGroupId
    setMoved(t('organiser.groups.moved', { name: person.displayName, group: to }))
    headingRef.current?.focus()
  }

  const roleSelect = (role: 'facilitator' | 'rapporteur', value: string, set: (v: string) => void) => (
    <div className="org-field-inline">
      <label htmlFor={`${id}-${role}`}>{t(`organiser.role.${role}`)}</label>
      <select id={`${id}-${role}`} value={value} onChange={(e) => set(e.target.value)}>
        <option value={NOBODY}>{t('organiser.role.nobody')}</option>
        {members.map((p) => {
          const volunteered = role === 'facilitator' ? p.facilitatorVolunteer : p.rapporteurVolunteer
          return (
            <option key={p.id} value={p.id}>
              {volunteered ? t('organiser.role.volunteerOption', { name: p.displayName }) : p.displayName}
            </option>
          )
        })}
      </select>
    </div>
  )

  return (
    <section aria-labelledby={`${id}-name`} className="org-group-card">
      <h3 id={`${id}-name`} ref={headingRef} tabIndex={-1}>
        {group.name}
      </h3>
      <p>
        {onOwnDesign
          ? t('organiser.groups.ownDesign')
          : t('organiser.groups.worksOn', { design: design?.name ?? group.designId })}
        {group.endedAt !== null && ` · ${t('organiser.groups.endedEarly')}`}
      </p>
      <form
        className="org-roles-form"
        onSubmit={saveRoles}
        aria-label={t('organiser.groups.rolesOf', { group: group.name })}
      >
        {roleSelect('facilitator', facilitator, setFacilitator)}
        {roleSelect('rapporteur', rapporteur, setRapporteur)}
        <button type="submit" aria-label={t('organiser.groups.saveRolesOf', { group: group.name })}>
          {t('organiser.groups.saveRoles')}
        </button>
      </form>
      <table className="org-data-table">
        <caption>{t('organiser.groups.membersOf', { group: group.name, count: members.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organiser.people.name')}</th>
            <th scope="col">{t('organiser.people.presence')}</th>
            <th scope="col">{t('organiser.groups.moveColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((p) => (
            <MemberRow key={p.id} person={p} group={group} groups={state.groups} onMove={move} />
          ))}
        </tbody>
      </table>
      <CommandError message={error} />
      <p role="status" className="org-status-line">
        {moved}
      </p>
    </section>
  )
}
