import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { FloorPanel } from './FloorPanel.tsx'
import { ReportOutPanel } from './ReportOutPanel.tsx'

/** The "Report-outs & floor" section: what is on the projector and who speaks. */
export function FloorSection({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="floor-heading" className="org-console-panel">
      <h2 id="floor-heading">{t('organiser.floorSection.title')}</h2>
      <div className="org-two-columns">
        <ReportOutPanel live={live} state={state} />
        <FloorPanel live={live} state={state} />
      </div>
    </section>
  )
}
