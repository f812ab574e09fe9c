import type { SessionState, SprintCommandInput } from '@blockgov/sprint'
import { useRef } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { CommandError } from './CommandError.tsx'
import { handQueue, nameOf, participationFigures } from './console-model.ts'
import { useCommand } from './use-command.ts'

/** The raise-hand queue, the current speaker, and who has spoken so far (room vs online). */
export function FloorPanel({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t, locale } = useI18n()
  const { run, error } = useCommand(live)
  const queue = handQueue(state)
  const figures = participationFigures(state)
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })
  const speaker = state.speaker
  const percent = new Intl.NumberFormat(locale, { style: 'percent' })
  const nextRef = useRef<HTMLButtonElement>(null)
  /** A queue row leaves the list once handled, so focus goes back to "Give the floor to next". */
  const handle = async (command: SprintCommandInput) => {
    if (await run(command)) nextRef.current?.focus()
  }
  return (
    <div className="org-floor">
      <h3>{t('organiser.floor.title')}</h3>
      <div className="org-speaker-now">
        {speaker === null ? (
          <p>{t('organiser.floor.nobody')}</p>
        ) : (
          <>
            <p>
              {t('organiser.floor.speaking', { name: nameOf(state, speaker.participantId) ?? '?' })}
              {speaker.presence === 'online' && <span className="badge">{t('organiser.floor.onlineHandOver')}</span>}
            </p>
            <button type="button" onClick={() => void handle({ type: 'speaker.finish' })}>
              {t('organiser.floor.finish')}
            </button>
          </>
        )}
      </div>
      <h4>{t('organiser.floor.queueTitle', { count: queue.length })}</h4>
      <button ref={nextRef} type="button" onClick={() => void run({ type: 'speaker.call' })}>
        {t('organiser.floor.next')}
      </button>
      {queue.length === 0 ? (
        <p>{t('organiser.floor.queueEmpty')}</p>
      ) : (
        <ol className="org-hand-queue">
          {queue.map((p) => (
            <li key={p.id}>
              <span>
                {p.displayName} · {t(p.presence === 'room' ? 'organiser.presence.room' : 'organiser.presence.online')} ·{' '}
                {t('organiser.floor.raisedAt', { time: time.format(p.handRaisedAt ?? 0) })}
              </span>
              <span className="org-button-row">
                <button
                  type="button"
                  aria-label={t('organiser.floor.giveFor', { name: p.displayName })}
                  onClick={() => void handle({ type: 'speaker.call', participantId: p.id })}
                >
                  {t('organiser.floor.give')}
                </button>
                <button
                  type="button"
                  aria-label={t('organiser.floor.lowerFor', { name: p.displayName })}
                  onClick={() => void handle({ type: 'hand.lower', participantId: p.id })}
                >
                  {t('organiser.floor.lower')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <CommandError message={error} />
      <h4>{t('organiser.floor.figuresTitle')}</h4>
      <dl className="org-figures">
        <div>
          <dt>{t('organiser.floor.interventions')}</dt>
          <dd>{figures.interventions}</dd>
        </div>
        <div>
          <dt>{t('organiser.floor.fromRoom')}</dt>
          <dd>{figures.room}</dd>
        </div>
        <div>
          <dt>{t('organiser.floor.fromOnline')}</dt>
          <dd>{figures.online}</dd>
        </div>
        <div>
          <dt>{t('organiser.floor.speakers')}</dt>
          <dd>{figures.speakers}</dd>
        </div>
      </dl>
      {figures.onlineShareOfInterventions !== null && figures.onlineShareOfPeople !== null && (
        <p>
          {t('organiser.floor.shares', {
            spoken: percent.format(figures.onlineShareOfInterventions),
            present: percent.format(figures.onlineShareOfPeople),
          })}
        </p>
      )}
    </div>
  )
}
