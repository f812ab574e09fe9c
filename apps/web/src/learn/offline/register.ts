import { useEffect } from 'react'

/** Where the built service worker is served, and the part of the site it may control. */
const learnServiceWorker = { url: '/learn-sw.js', scope: '/learn' } as const

/**
 * Registers the Learn service worker, so every lesson and demo opens offline after one visit. Call it from each
 * Learn page: registering again is a no-op. The development server has no built worker, hence production only.
 */
export function useLearnOffline(): void {
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    // Offline reading is an extra: a failed registration (private mode, old browser) must not disturb the page.
    navigator.serviceWorker.register(learnServiceWorker.url, { scope: learnServiceWorker.scope }).catch(() => undefined)
  }, [])
}
