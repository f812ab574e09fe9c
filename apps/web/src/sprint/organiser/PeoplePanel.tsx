import type { Participant, SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { CommandError } from './CommandError.tsx'
import { handQueue, participantsInOrder, peopleCounts } from './console-model.ts'
import { DeskSignIn } from './DeskSignIn.tsx'
import { useCommand } from './use-command.ts'

/** Who is here: counts, the participant table with presence switches, and the desk sign-in. */
export function PeoplePanel({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t } = useI18n()
  const { run, error } = useCommand(live)
  const counts = peopleCounts(state)
  const people = participantsInOrder(state)
  const queue = handQueue(state)
  const groupName = (p: Participant) =>
    state.groups.find((g) => g.id === p.groupId)?.name ?? t('organiser.people.noGroup')
  const volunteer = (p: Participant) =>
    [p.facilitatorVolunteer && t('organiser.role.facilitator'), p.rapporteurVolunteer && t('organiser.role.rapporteur')]
      .filter(Boolean)
      .join(', ') || t('organiser.people.noVolunteer')

  return (
    <section aria-labelledby="people-heading" className="org-console-panel">
      <h2 id="people-heading">{t('organiser.people.title')}</h2>
      <dl className="org-figures">
        <div>
          <dt>{t('organiser.people.total')}</dt>
          <dd>{counts.total}</dd>
        </div>
        <div>
          <dt>{t('organiser.people.room')}</dt>
          <dd>{counts.room}</dd>
        </div>
        <div>
          <dt>{t('organiser.people.online')}</dt>
          <dd>{counts.online}</dd>
        </div>
        <div>
          <dt>{t('organiser.people.viaCode')}</dt>
          <dd>{counts.viaCode}</dd>
        </div>
        <div>
          <dt>{t('organiser.people.viaDesk')}</dt>
          <dd>{counts.viaDesk}</dd>
        </div>
      </dl>
      {people.length === 0 ? (
        <p>{t('organiser.people.none')}</p>
      ) : (
        <div className="org-table-scroll">
          <table className="org-data-table">
            <caption>{t('organiser.people.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organiser.people.name')}</th>
                <th scope="col">{t('organiser.people.presence')}</th>
                <th scope="col">{t('organiser.groups.group')}</th>
                <th scope="col">{t('organiser.people.volunteers')}</th>
                <th scope="col">{t('organiser.people.hand')}</th>
                <th scope="col">{t('organiser.people.action')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => {
                const position = queue.findIndex((q) => q.id === p.id)
                const to = p.presence === 'room' ? 'online' : 'room'
                return (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.displayName}
                      {p.via === 'desk' && <span className="org-muted"> ({t('organiser.people.desk')})</span>}
                    </th>
                    <td>{p.presence === 'room' ? t('organiser.presence.room') : t('organiser.presence.online')}</td>
                    <td>{groupName(p)}</td>
                    <td>{volunteer(p)}</td>
                    <td>
                      {position === -1
                        ? t('organiser.people.handDown')
                        : t('organiser.people.handAt', { position: position + 1 })}
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-label={t(to === 'online' ? 'organiser.people.toOnlineFor' : 'organiser.people.toRoomFor', {
                          name: p.displayName,
                        })}
                        onClick={() => void run({ type: 'participant.setPresence', participantId: p.id, presence: to })}
                      >
                        {t(to === 'online' ? 'organiser.people.toOnline' : 'organiser.people.toRoom')}
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <CommandError message={error} />
      <DeskSignIn live={live} />
    </section>
  )
}
