import { type ReactNode, useEffect } from 'react'
import { useI18n } from '../i18n/I18nProvider.tsx'

/**
 * One page: sets the document title and renders the page's single `<h1>`, which `useFocusOnNavigate`
 * focuses after client-side navigation (hence `tabIndex={-1}`).
 */
export function Page({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n()
  useEffect(() => {
    document.title = t('page.title', { page: title })
  }, [t, title])
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      {children}
    </>
  )
}
