import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'

/**
 * After a client-side navigation, moves focus to the new page's `<h1>`, so keyboard and screen-reader users
 * start on the new content as they would after a full page load. The first load is left to the browser.
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation()
  const previous = useRef(pathname)
  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    document.querySelector<HTMLElement>('main h1')?.focus()
  }, [pathname])
}
