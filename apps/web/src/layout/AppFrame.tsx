import { Link, NavLink, Outlet } from 'react-router'
import { areas } from '../areas.ts'
import { useI18n } from '../i18n/I18nProvider.tsx'
import { LanguageSwitcher } from './LanguageSwitcher.tsx'
import { ThemeSwitcher } from './ThemeSwitcher.tsx'
import { useFocusOnNavigate } from './use-focus-on-navigate.ts'

/** Skip link, landmarks (banner, navigation, main, contentinfo) and the page outlet. */
export function AppFrame() {
  const { t } = useI18n()
  useFocusOnNavigate()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip.toMain')}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link to="/" className="brand-name">
            {t('app.name')}
          </Link>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            {areas.map((area) => (
              <li key={area.id}>
                <NavLink to={area.path}>{t(area.title)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <section className="settings" aria-label={t('settings.label')}>
          <LanguageSwitcher />
          <ThemeSwitcher />
        </section>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          {t('footer.licence')} <a href="/api/openapi.json">{t('footer.api')}</a>
        </p>
      </footer>
    </>
  )
}
