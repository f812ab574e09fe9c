import { cannotAssess, gateFlow, principleSet, ratingScale } from '@blockgov/content'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { SourceList } from '../privacy/SourceList.tsx'
import { AssessNav } from './AssessNav.tsx'
import { AssessPage } from './AssessPage.tsx'
import './assess.css'

/** `/assess/principles`: the versioned principles, the gate and the rating scale, every claim cited. */
export function PrinciplesPage() {
  const { t, locale } = useI18n()
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(principleSet.published),
  )
  return (
    <AssessPage title={t('assess.principles.title')}>
      <AssessNav />
      <p>{t('assess.principles.version', { version: principleSet.version, date })}</p>
      <p>{t('assess.contentNote')}</p>
      <div lang="en">
        {principleSet.principles.map((p) => (
          <section key={p.id} id={p.id} aria-labelledby={`principle-${p.id}`} className="principle">
            <h2 id={`principle-${p.id}`}>{p.title}</h2>
            <p>
              <strong>{p.statement}</strong>
            </p>
            <p>{p.rationale}</p>
            <h3>{t('assess.principles.questions')}</h3>
            <ul>
              {p.questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
            <h3>{t('assess.principles.evidence')}</h3>
            <ul>
              {p.evidence.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
            <h3>{t('assess.principles.sources')}</h3>
            <SourceList citations={p.citations} />
          </section>
        ))}
        <section aria-labelledby="assess-scale">
          <h2 id="assess-scale">{t('assess.scale.title')}</h2>
          <dl>
            {ratingScale.map((a) => (
              <div key={a.value}>
                <dt>
                  {a.value} — {a.label}
                </dt>
                <dd>{a.description}</dd>
              </div>
            ))}
            <div>
              <dt>{cannotAssess.label}</dt>
              <dd>{cannotAssess.description}</dd>
            </div>
          </dl>
        </section>
        <section aria-labelledby="assess-gate">
          <h2 id="assess-gate">{t('assess.gate.title')}</h2>
          <ol>
            {gateFlow.nodes.map((n) =>
              n.kind === 'question' ? (
                <li key={n.id}>
                  {n.text} <span className="hint">{n.help}</span>
                  <SourceList citations={n.citations} />
                </li>
              ) : null,
            )}
          </ol>
        </section>
      </div>
    </AssessPage>
  )
}
