import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { handQueue, nameOf } from './console-model.ts'

/** In plenary: who has the floor (and whether they speak from online) and how many hands are up. */
export function ProjectorFloor({ state }: { state: SessionState }) {
  const { t } = useI18n()
  const speaker = state.speaker
  const hands = handQueue(state).length
  return (
    <section aria-labelledby="floor-projector-heading" className="projector-floor">
      <h2 id="floor-projector-heading">{t('organiser.projector.floor')}</h2>
      {speaker === null ? (
        <p className="projector-speaker">{t('organiser.floor.nobody')}</p>
      ) : (
        <p className="projector-speaker">
          {t('organiser.floor.speaking', { name: nameOf(state, speaker.participantId) ?? '?' })}{' '}
          {speaker.presence === 'online' && (
            <span className="badge projector-badge">{t('organiser.projector.online')}</span>
          )}
        </p>
      )}
      <p className="projector-hands">{t('organiser.projector.hands', { count: hands })}</p>
    </section>
  )
}
