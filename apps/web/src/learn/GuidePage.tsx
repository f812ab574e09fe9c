import './learn.css'
import { facilitatorGuide, findLesson } from '@blockgov/content'
import { useId } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { findDemo } from './demos/catalogue.ts'
import { LearnNav } from './LearnNav.tsx'

/** `/learn/guide`: the plan for a 60-minute library workshop built on the demos. */
export function GuidePage() {
  const { t } = useI18n()
  const id = useId()
  const guide = facilitatorGuide
  return (
    <Page title={t('learn.guide.title')}>
      <div className="learn guide">
        <LearnNav />
        <p className="lead" lang="en">
          {guide.title}
        </p>
        <p className="no-print">
          <button type="button" className="print-button" onClick={() => window.print()}>
            {t('learn.guide.print')}
          </button>
        </p>
        <section aria-labelledby={`${id}-audience`}>
          <h2 id={`${id}-audience`}>{t('learn.guide.audience')}</h2>
          <p lang="en">{guide.audience}</p>
        </section>
        <section aria-labelledby={`${id}-prep`}>
          <h2 id={`${id}-prep`}>{t('learn.guide.preparation')}</h2>
          <ul lang="en">
            {guide.preparation.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby={`${id}-plan`}>
          <h2 id={`${id}-plan`}>{t('learn.guide.plan')}</h2>
          <ol className="guide-steps">
            {guide.steps.map((step) => {
              const lesson = findLesson(step.lesson)
              return (
                <li key={step.start}>
                  <h3>
                    <span className="guide-time">{t('learn.guide.minutes', { start: step.start, end: step.end })}</span>{' '}
                    <span lang="en">{step.title}</span>
                  </h3>
                  <ul lang="en">
                    {step.activity.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                  <p>
                    {t('learn.guide.uses')}{' '}
                    {step.demos.map((demoId) => {
                      const demo = findDemo(demoId)
                      return demo === undefined ? null : (
                        <span key={demoId}>
                          <Link to={demo.path}>{t(demo.title)}</Link>
                          {', '}
                        </span>
                      )
                    })}
                    {lesson !== undefined && (
                      <Link to={`/learn/lessons/${lesson.slug}`} lang="en">
                        {lesson.title}
                      </Link>
                    )}
                  </p>
                </li>
              )
            })}
          </ol>
        </section>
        <section aria-labelledby={`${id}-a11y`}>
          <h2 id={`${id}-a11y`}>{t('learn.guide.accessibility')}</h2>
          <ul lang="en">
            {guide.accessibility.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby={`${id}-after`}>
          <h2 id={`${id}-after`}>{t('learn.guide.afterwards')}</h2>
          <ul lang="en">
            {guide.afterwards.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      </div>
    </Page>
  )
}
