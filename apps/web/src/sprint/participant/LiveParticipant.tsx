import { runningItem } from '@blockgov/sprint'
import { useMemo } from 'react'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Page } from '../../layout/Page.tsx'
import type { ParticipantPass } from '../api.ts'
import { ConnectionBadge } from '../components/ConnectionBadge.tsx'
import { useLiveSession } from '../use-live-session.ts'
import { FatalNotice } from './FatalNotice.tsx'
import { MyDataSection } from './MyDataSection.tsx'
import { ParticipantContext, type ParticipantContextValue } from './participant-context.ts'
import { RapporteurReport } from './RapporteurReport.tsx'
import { myGroupOf } from './selectors.ts'
import { Workspace } from './Workspace.tsx'

/** Connects with the participant's pass and provides the session to the workspace. */
export function LiveParticipant({ sessionId, pass }: { sessionId: string; pass: ParticipantPass }) {
  const { t } = useI18n()
  const session = useLiveSession(sessionId, pass.token)
  const live = session?.live ?? null
  const snapshot = session?.snapshot ?? null
  const state = snapshot?.state ?? null
  const fatal = snapshot?.fatal ?? null
  const me = state?.participants[pass.participantId]

  const context = useMemo<ParticipantContextValue | null>(() => {
    if (live === null || state === null || me === undefined) return null
    const group = myGroupOf(state, me.id)
    // A closed session can be read but not changed: no activity runs, so no form is offered.
    return { live, state, meId: me.id, me, group, item: state.closed ? null : runningItem(state, group) }
  }, [live, state, me])

  const loaded = state !== null && state.seq > 0
  const title = loaded && state.title !== '' ? state.title : t('participant.view.loadingTitle')

  return (
    <Page title={title}>
      <div className="participant participant-live">
        {snapshot !== null && <ConnectionBadge status={snapshot.status} />}
        {fatal !== null && <FatalNotice error={fatal} />}
        {!loaded && fatal === null && <p>{t('participant.view.loading')}</p>}
        {loaded && context === null && <p>{t('participant.view.notParticipant')}</p>}
        {context !== null && (
          <ParticipantContext value={context}>
            <Workspace />
          </ParticipantContext>
        )}
        {context !== null && context.group?.rapporteurId === context.meId && (
          <RapporteurReport sessionId={sessionId} seq={context.state.seq} token={pass.token} />
        )}
        {loaded && <MyDataSection sessionId={sessionId} pass={pass} />}
      </div>
    </Page>
  )
}
