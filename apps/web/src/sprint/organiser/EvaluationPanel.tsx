import type { SessionState } from '@blockgov/sprint'
import { useI18n } from '../../i18n/I18nProvider.tsx'
import type { LiveSession } from '../live-session.ts'
import { CriteriaEditor } from './CriteriaEditor.tsx'
import { EvaluationResults } from './EvaluationResults.tsx'
import { MethodForm } from './MethodForm.tsx'

/** How ideas are evaluated (criteria and method) and the results so far per design. */
export function EvaluationPanel({ live, state }: { live: LiveSession; state: SessionState }) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="evaluation-heading" className="org-console-panel">
      <h2 id="evaluation-heading">{t('organiser.evaluation.title')}</h2>
      <div className="org-two-columns">
        <CriteriaEditor live={live} criteria={state.criteria} />
        <MethodForm live={live} evaluation={state.evaluation} />
      </div>
      <EvaluationResults state={state} />
    </section>
  )
}
