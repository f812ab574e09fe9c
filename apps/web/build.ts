import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const webDir = fileURLToPath(new URL('.', import.meta.url))

/** Folder of the built SPA, served by the server. */
export const webDist = join(webDir, 'dist')

/** Inputs of the web build; a change to any of them makes the build stale. */
const inputs = [
  join(webDir, 'src'),
  join(webDir, 'public'),
  join(webDir, 'index.html'),
  join(webDir, 'vite.config.ts'),
  // Workspace packages the app bundles: a content or domain change must rebuild it too.
  ...['protocol', 'content', 'sprint'].map((name) =>
    fileURLToPath(new URL(`../../packages/${name}/src`, import.meta.url)),
  ),
]

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => undefined)
  if (info === undefined) return 0
  if (!info.isDirectory()) return info.mtimeMs
  const entries = await readdir(path)
  const times = await Promise.all(entries.map((entry) => newestMtime(join(path, entry))))
  return Math.max(info.mtimeMs, ...times)
}

/** Whether dist/ is missing or older than any input. */
export async function webBuildIsStale(): Promise<boolean> {
  const built = await stat(join(webDist, 'index.html')).catch(() => undefined)
  if (built === undefined) return true
  const newest = Math.max(...(await Promise.all(inputs.map(newestMtime))))
  return newest > built.mtimeMs
}

/** Builds the SPA with Vite. Vite is imported lazily: serving an existing build never loads it. */
export async function buildWeb(): Promise<void> {
  const { build } = await import('vite')
  // Vite takes production or development from NODE_ENV, and a caller may have set it (Vitest sets `test`, and a
  // `blockgov start` run from a test inherits it): that would ship React's development build with
  // import.meta.env.PROD false, so no service worker. What we serve is always the production build.
  const callerNodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: join(webDir, 'vite.config.ts'), logLevel: 'warn', mode: 'production' })
  } finally {
    if (callerNodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = callerNodeEnv
  }
}

/** Builds the SPA only when needed; returns whether it built. `npm start` calls this. */
export async function ensureWebBuild(): Promise<boolean> {
  if (!(await webBuildIsStale())) return false
  await buildWeb()
  return true
}
