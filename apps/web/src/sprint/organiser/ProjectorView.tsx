import './organiser.css'
import { useParams } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Page } from '../../layout/Page.tsx'
import { Announcer } from '../components/Announcer.tsx'
import { ConnectionBadge } from '../components/ConnectionBadge.tsx'
import { Countdown } from '../components/Countdown.tsx'
import { currentItem, projectorMode } from './console-model.ts'
import { JoinQr } from './JoinQr.tsx'
import { ProjectorFloor } from './ProjectorFloor.tsx'
import { ProjectorGroups } from './ProjectorGroups.tsx'
import { ProjectorOutcomes } from './ProjectorOutcomes.tsx'
import { ProjectorReportOut } from './ProjectorReportOut.tsx'
import { SessionGate } from './SessionGate.tsx'

const NO_DESIGNS: readonly string[] = []

/** The wall screen: full-screen, large and high-contrast, outside the app frame (so it has its own <main>). */
export function ProjectorView() {
  const { t } = useI18n()
  const sessionId = useParams().sessionId ?? ''
  return (
    <div className="projector">
      <main id="main" className="projector-main">
        <SessionGate sessionId={sessionId} loadingTitle={t('organiser.projector.title')}>
          {(live, { state, status }) => {
            const mode = projectorMode(state)
            const current = currentItem(state)
            return (
              <Page title={state.title || t('organiser.projector.title')}>
                <div className="projector-top">
                  <section aria-labelledby="now-heading" className="projector-now">
                    <h2 id="now-heading">{t('organiser.projector.now')}</h2>
                    <p className="projector-item">
                      {state.closed
                        ? t('organiser.projector.closed')
                        : (current?.item.title ?? t('organiser.projector.startingSoon'))}
                    </p>
                    {!state.closed && <Countdown live={live} state={state} groupId={null} large />}
                  </section>
                  {!state.closed && <JoinQr code={state.code} small={mode !== 'welcome'} />}
                </div>
                {mode === 'report-out' && <ProjectorReportOut state={state} />}
                {(mode === 'welcome' || mode === 'report-out') && !state.closed && <ProjectorFloor state={state} />}
                {mode === 'groups' && <ProjectorGroups state={state} />}
                {mode === 'outcomes' && <ProjectorOutcomes state={state} />}
                {status !== 'online' && <ConnectionBadge status={status} />}
                <Announcer state={state} designIds={NO_DESIGNS} />
              </Page>
            )
          }}
        </SessionGate>
      </main>
    </div>
  )
}
