import { illustrativeEvaluations, illustrativeNotice, walkGate } from '@blockgov/content'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { SourceList } from '../privacy/SourceList.tsx'
import { AssessNav } from './AssessNav.tsx'
import { AssessPage } from './AssessPage.tsx'
import { GatePath } from './GatePath.tsx'
import { stageKey } from './labels.ts'
import './assess.css'

/** `/assess/examples`: the illustrative evaluations' cited facts and gate paths (the demo data). */
export function ExamplesPage() {
  const { t } = useI18n()
  return (
    <AssessPage title={t('assess.examples.title')}>
      <AssessNav />
      <p className="notice" lang="en">
        <strong>{illustrativeNotice}</strong>
      </p>
      <div lang="en">
        {illustrativeEvaluations.map((example) => {
          const walk = walkGate(example.gateAnswers)
          return (
            <section key={example.id} aria-labelledby={`example-${example.id}`}>
              <h2 id={`example-${example.id}`}>{example.initiative.name}</h2>
              <p>
                {example.initiative.body} · {example.initiative.jurisdiction} · {t(stageKey[example.initiative.stage])}
              </p>
              <p>{example.initiative.description}</p>
              <h3>{t('assess.examples.facts')}</h3>
              <ul>
                {example.facts.map((fact) => (
                  <li key={fact.id}>
                    {fact.text}
                    <SourceList citations={fact.citations} />
                  </li>
                ))}
              </ul>
              <h3>{t('assess.gate.path')}</h3>
              <GatePath walk={walk} />
              {walk.done && <p>{t('assess.gate.outcome', { label: walk.outcome.label })}</p>}
            </section>
          )
        })}
      </div>
    </AssessPage>
  )
}
