import './learn.css'
import { findLesson, lessons } from '@blockgov/content'
import { useId } from 'react'
import { Link, useParams } from 'react-router'
import { ReviewStatus } from '../groups/ReviewStatus.tsx'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { SourceList } from '../privacy/SourceList.tsx'
import { LearnContentNote } from './ContentNote.tsx'
import { findDemo } from './demos/catalogue.ts'
import { LearnNav } from './LearnNav.tsx'
import { Quiz } from './Quiz.tsx'

/** `/learn/lessons/:slug`: a lesson's sections with their sources, its quiz, related demos and areas. */
export function LessonPage() {
  const { t } = useI18n()
  const id = useId()
  const { slug = '' } = useParams()
  const lesson = findLesson(slug)
  if (lesson === undefined) {
    return (
      <Page title={t('nav.learn')}>
        <div className="learn">
          <LearnNav />
          <p>{t('learn.lesson.notFound')}</p>
          <p>
            <Link to="/learn">{t('learn.lesson.back')}</Link>
          </p>
        </div>
      </Page>
    )
  }
  const index = lessons.indexOf(lesson)
  const previous = lessons[index - 1]
  const next = lessons[index + 1]
  const demos = lesson.relatedDemos.flatMap((demoId) => findDemo(demoId) ?? [])

  return (
    <Page title={lesson.title}>
      <div className="learn lesson">
        <LearnNav />
        <p className="lead" lang="en">
          {lesson.summary}
        </p>
        <LearnContentNote />
        <p className="no-print">
          <button type="button" className="print-button" onClick={() => window.print()}>
            {t('learn.lesson.print')}
          </button>
        </p>

        <section aria-labelledby={`${id}-objectives`}>
          <h2 id={`${id}-objectives`}>{t('learn.lesson.objectives')}</h2>
          <ul lang="en">
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>

        {lesson.sections.map((section) => (
          <section key={section.id} aria-labelledby={`${id}-${section.id}`} className="lesson-section">
            <h2 id={`${id}-${section.id}`} lang="en">
              {section.heading}
            </h2>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph} lang="en">
                {paragraph}
              </p>
            ))}
            <details className="lesson-sources" open>
              <summary>{t('learn.lesson.sources')}</summary>
              <SourceList citations={section.citations} />
            </details>
          </section>
        ))}

        <Quiz questions={lesson.quiz} />

        {demos.length > 0 && (
          <section aria-labelledby={`${id}-demos`} className="no-print">
            <h2 id={`${id}-demos`}>{t('learn.lesson.demos')}</h2>
            <ul>
              {demos.map((demo) => (
                <li key={demo.id}>
                  <Link to={demo.path}>{t(demo.title)}</Link>: {t(demo.summary)}
                </li>
              ))}
            </ul>
          </section>
        )}

        {lesson.seeAlso.length > 0 && (
          <section aria-labelledby={`${id}-see`} className="no-print">
            <h2 id={`${id}-see`}>{t('learn.lesson.seeAlso')}</h2>
            <ul>
              {lesson.seeAlso.map((link) => (
                <li key={link.path}>
                  <Link to={link.path} lang="en">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}

        <div className="no-print">
          <ReviewStatus
            output={{ area: 'learn', ref: lesson.slug, title: lesson.title, path: `/learn/lessons/${lesson.slug}` }}
          />
        </div>

        <nav aria-label={t('learn.lessons.title')} className="lesson-pager no-print">
          {previous !== undefined && (
            <Link to={`/learn/lessons/${previous.slug}`} rel="prev">
              {t('learn.lesson.previous', { title: previous.title })}
            </Link>
          )}
          {next !== undefined && (
            <Link to={`/learn/lessons/${next.slug}`} rel="next">
              {t('learn.lesson.next', { title: next.title })}
            </Link>
          )}
        </nav>
      </div>
    </Page>
  )
}
