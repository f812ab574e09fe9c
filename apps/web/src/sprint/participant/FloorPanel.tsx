import { runningItem } from '@blockgov/sprint'
import { useId } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { FormError } from './FormError.tsx'
import { useParticipant } from './participant-context.ts'
import { floorOpen, handQueue, nameOf, queuePosition } from './selectors.ts'
import { useCommand } from './use-command.ts'

/** Plenary and report-out: raise or lower a hand, see my place in the queue and who has the floor. */
export function FloorPanel() {
  const { t } = useI18n()
  const id = useId()
  const { state, meId, me } = useParticipant()
  const { run, error } = useCommand()
  const open = !state.closed && floorOpen(runningItem(state, null)?.activity ?? null)
  const position = queuePosition(state, meId)
  const waiting = handQueue(state).length
  const speaker = state.speaker
  const speakerName =
    speaker === null ? null : (nameOf(state, speaker.participantId) ?? t('participant.card.unknownAuthor'))

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('participant.floor.title')}</h2>
      <div role="status" className="floor-status">
        {speaker === null || speakerName === null ? (
          <p>{t('participant.floor.nobody')}</p>
        ) : (
          <p>
            {speaker.participantId === meId
              ? t('participant.floor.youSpeak')
              : t('participant.floor.speaking', { name: speakerName })}
            {speaker.presence === 'online' && <span className="badge"> {t('participant.floor.online')}</span>}
          </p>
        )}
        <p>
          {position === null
            ? t('participant.floor.queue', { count: waiting })
            : t('participant.floor.position', { position, count: waiting })}
        </p>
      </div>
      {me.handRaisedAt === null ? (
        open && (
          <button type="button" onClick={() => run({ type: 'hand.raise' })}>
            {t('participant.floor.raise')}
          </button>
        )
      ) : (
        <button type="button" onClick={() => run({ type: 'hand.lower' })}>
          {t('participant.floor.lower')}
        </button>
      )}
      <FormError message={error} />
    </section>
  )
}
