import { Link } from 'react-router'
import { areas } from '../areas.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { Page } from '../layout/Page.tsx'

export function Home() {
  const { t } = useI18n()
  return (
    <Page title={t('home.title')}>
      <p className="lead">{t('home.intro')}</p>

      <section aria-labelledby="how">
        <h2 id="how">{t('home.how.title')}</h2>
        <ol className="steps">
          <li>{t('home.how.1')}</li>
          <li>{t('home.how.2')}</li>
          <li>{t('home.how.3')}</li>
          <li>{t('home.how.4')}</li>
        </ol>
      </section>

      <section aria-labelledby="areas">
        <h2 id="areas">{t('home.areas.title')}</h2>
        <ul className="area-grid">
          {areas.map((area) => (
            <li key={area.id} className="area-card">
              <h3>
                <Link to={area.path}>{t(area.title)}</Link>
              </h3>
              <p>{t(area.summary)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="your-data">
        <h2 id="your-data">{t('home.privacy.title')}</h2>
        <p>{t('home.privacy.body')}</p>
      </section>
    </Page>
  )
}
