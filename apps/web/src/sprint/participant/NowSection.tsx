import { groupWorkingOn } from '@blockgov/sprint'
import { useId, useMemo } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Announcer } from '../components/Announcer.tsx'
import { Countdown } from '../components/Countdown.tsx'
import { useParticipant } from './participant-context.ts'

/** What is happening now, and how long is left for my group. */
export function NowSection() {
  const { t } = useI18n()
  const id = useId()
  const { live, state, group, item } = useParticipant()
  const designId = group?.designId ?? null
  const designIds = useMemo(() => (designId === null ? [] : [designId]), [designId])
  const current = state.phase === null ? null : (state.agenda[state.phase.index] ?? null)
  // Online participants see the report-out the room sees on the projector.
  const onScreen = state.reportOutCardId === null ? undefined : state.cards[state.reportOutCardId]
  const onScreenGroup = onScreen === undefined ? undefined : groupWorkingOn(state, onScreen.designId)?.name
  return (
    <section aria-labelledby={`${id}-h`} className="now">
      <h2 id={`${id}-h`}>{t('participant.now.title')}</h2>
      <p className="now-item">
        {current === null ? t('participant.now.waiting') : current.title}
        {current !== null && item === null && <span className="muted"> {t('participant.now.ended')}</span>}
      </p>
      {state.closed && <p className="notice-box">{t('participant.now.closed')}</p>}
      {onScreen !== undefined && (
        <figure className="notice-box">
          <figcaption>{t('participant.now.onScreen', { group: onScreenGroup ?? '' })}</figcaption>
          <blockquote>{onScreen.text}</blockquote>
        </figure>
      )}
      <Countdown live={live} state={state} groupId={group?.id ?? null} />
      <Announcer state={state} designIds={designIds} />
    </section>
  )
}
