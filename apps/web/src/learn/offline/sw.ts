/**
 * Service worker that keeps the Learn area usable offline after one visit. Scope: /learn. Built by
 * build-plugin.ts into /learn-sw.js, which fills in the list of files to keep. It must import nothing: it is
 * emitted as one self-contained script.
 */

/** The parts of a service worker's global scope used here (the app's TypeScript lib is DOM, not WebWorker). */
interface ExtendableEventLike extends Event {
  waitUntil(work: Promise<unknown>): void
}
interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request
  respondWith(response: Promise<Response>): void
}
interface ServiceWorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void
  skipWaiting(): Promise<void>
  readonly clients: { claim(): Promise<void> }
  readonly location: Location
}

const scope = globalThis as unknown as ServiceWorkerScope

// Replaced at build time by a JSON array of paths: the app shell and every file the Learn pages load.
const precache: readonly string[] = JSON.parse('__LEARN_PRECACHE__')
const cacheName = `blockgov-learn-${precache.length}-${fingerprint(precache)}`
const shell = '/index.html'

/** A short fingerprint of the file list: file names carry content hashes, so a new build gets a new cache. */
function fingerprint(paths: readonly string[]): string {
  let hash = 5381
  for (const char of paths.join('\n')) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0
  return hash.toString(36)
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll([...precache]))
      .then(() => scope.skipWaiting()),
  )
})

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('blockgov-learn-') && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      )
      // Take over the page that registered us, so it works offline without a reload.
      .then(() => scope.clients.claim()),
  )
})

scope.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== scope.location.origin || url.pathname.startsWith('/api/')) return
  if (request.mode === 'navigate') {
    // Network first, so a new deploy shows as soon as it is reachable; the cached shell only when offline.
    event.respondWith(fetch(request).catch(() => fromCache(shell)))
    return
  }
  // Hashed files never change: the cache is as good as the network, and the only option offline.
  event.respondWith(
    caches.match(request).then(
      (cached) =>
        cached ??
        fetch(request).then((response) => {
          if (response.ok && url.pathname.startsWith('/assets/')) {
            const copy = response.clone()
            void caches.open(cacheName).then((cache) => cache.put(request, copy))
          }
          return response
        }),
    ),
  )
})

async function fromCache(path: string): Promise<Response> {
  return (await caches.match(path)) ?? Response.error()
}
