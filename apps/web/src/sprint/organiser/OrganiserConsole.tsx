import './organiser.css'
import { Link, useParams } from 'react-router'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import { Page } from '../../layout/Page.tsx'
import { Announcer } from '../components/Announcer.tsx'
import { ConnectionBadge } from '../components/ConnectionBadge.tsx'
import { Countdown } from '../components/Countdown.tsx'
import { AgendaPanel } from './AgendaPanel.tsx'
import { EvaluationPanel } from './EvaluationPanel.tsx'
import { FloorSection } from './FloorSection.tsx'
import { GroupsPanel } from './GroupsPanel.tsx'
import { OutcomesPanel } from './OutcomesPanel.tsx'
import { PeoplePanel } from './PeoplePanel.tsx'
import { ReportPanel } from './ReportPanel.tsx'
import { SessionGate } from './SessionGate.tsx'

/** The organiser sees no boards' card stream in the announcer; phase changes only. */
const NO_DESIGNS: readonly string[] = []

/** The organiser's desk: the one clock, people, groups, evaluation, report-outs and the floor. */
export function OrganiserConsole() {
  const { t } = useI18n()
  const sessionId = useParams().sessionId ?? ''
  return (
    <SessionGate sessionId={sessionId} loadingTitle={t('organiser.console.title')}>
      {(live, { state, status }) => (
        <Page title={state.title || t('organiser.console.title')}>
          <div className="org-console">
            <div className="org-console-header">
              <p className="org-console-subtitle">{t('organiser.console.subtitle')}</p>
              <p>
                {t('organiser.console.joinCode')} <strong className="org-join-code-inline">{state.code}</strong>
              </p>
              <p>
                <Link to={`/sprint/s/${encodeURIComponent(sessionId)}/projector`}>
                  {t('organiser.console.projector')}
                </Link>
              </p>
              <ConnectionBadge status={status} />
              <Countdown live={live} state={state} groupId={null} />
            </div>
            {state.closed && <p className="org-notice">{t('organiser.close.done')}</p>}
            <Announcer state={state} designIds={NO_DESIGNS} />
            <AgendaPanel live={live} state={state} />
            <PeoplePanel live={live} state={state} />
            <GroupsPanel live={live} state={state} />
            <EvaluationPanel live={live} state={state} />
            <FloorSection live={live} state={state} />
            <OutcomesPanel state={state} />
            <ReportPanel sessionId={sessionId} seq={state.seq} />
          </div>
        </Page>
      )}
    </SessionGate>
  )
}
