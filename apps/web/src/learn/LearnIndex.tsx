import './learn.css'
import { lessons, readingMinutes } from '@blockgov/content'
import { useId } from 'react'
import { Link } from 'react-router'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'
import { LearnContentNote } from './ContentNote.tsx'
import { demoCatalogue } from './demos/catalogue.ts'
import { LearnNav } from './LearnNav.tsx'

/** `/learn`: the lessons in teaching order, the demos, and the printable pack and workshop guide. */
export function LearnIndex() {
  const { t } = useI18n()
  const id = useId()
  return (
    <Page title={t('nav.learn')}>
      <div className="learn">
        <LearnNav />
        <p className="lead">{t('learn.intro')}</p>
        <LearnContentNote />

        <section aria-labelledby={`${id}-lessons`}>
          <h2 id={`${id}-lessons`}>{t('learn.lessons.title')}</h2>
          <ol className="lesson-list">
            {lessons.map((lesson) => (
              <li key={lesson.slug}>
                <Link to={`/learn/lessons/${lesson.slug}`} lang="en">
                  {lesson.title}
                </Link>
                <p lang="en">{lesson.summary}</p>
                <p className="muted">{t('learn.lessons.minutes', { minutes: readingMinutes(lesson) })}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby={`${id}-demos`}>
          <h2 id={`${id}-demos`}>{t('learn.index.demos')}</h2>
          <p>{t('learn.index.demosIntro')}</p>
          <ul className="demo-list">
            {demoCatalogue.map((demo) => (
              <li key={demo.id}>
                <Link to={demo.path}>{t(demo.title)}</Link>
                <p>{t(demo.summary)}</p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby={`${id}-pack`}>
          <h2 id={`${id}-pack`}>{t('learn.pack.title')}</h2>
          <ul>
            <li>
              <a href="/api/learn/lesson-pack.pdf" download>
                {t('learn.pack.pdf')}
              </a>
            </li>
            <li>
              <Link to="/learn/guide">{t('learn.pack.guide')}</Link>
            </li>
            <li>
              <Link to="/learn/resources">{t('learn.nav.resources')}</Link>
            </li>
          </ul>
        </section>
      </div>
    </Page>
  )
}
