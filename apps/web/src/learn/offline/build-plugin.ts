import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Plugin } from 'vite'

/** Placeholder in sw.ts that the build replaces with the list of files to precache. */
const placeholder = /(["'`])__LEARN_PRECACHE__\1/

/** Minimal view of a bundle entry: the fields this plugin reads. */
interface BundleItem {
  readonly type: 'chunk' | 'asset'
  readonly fileName: string
  readonly name?: string
  readonly isEntry?: boolean
  readonly facadeModuleId?: string | null
  readonly imports?: readonly string[]
  readonly dynamicImports?: readonly string[]
  readonly viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> }
  code?: string
}

/**
 * Builds src/learn/offline/sw.ts into dist/learn-sw.js (a fixed name: a service worker's URL must not change
 * between deploys) and writes into it the files the Learn area needs: the HTML shell, the entry chunk and what
 * it imports, every chunk of a module under src/learn/ with everything it loads, and the mining worker.
 */
export function learnOffline(): Plugin {
  return {
    name: 'blockgov-learn-offline',
    apply: 'build',
    config(config) {
      const root = config.root ?? '.'
      return {
        build: {
          rolldownOptions: {
            input: { index: `${root}/index.html`, 'learn-sw': `${root}/src/learn/offline/sw.ts` },
            output: {
              entryFileNames: (chunk: { name: string }) =>
                chunk.name === 'learn-sw' ? 'learn-sw.js' : 'assets/[name]-[hash].js',
            },
          },
        },
      }
    },
    // After writing, not in generateBundle: Vite drops chunks that only carried CSS (e.g. a component importing
    // a stylesheet) after the plugins' generateBundle ran, and a listed file that 404s makes the install fail.
    async writeBundle(options, bundle) {
      const items = bundle as unknown as Record<string, BundleItem>
      const file = join(options.dir ?? 'dist', 'learn-sw.js')
      const code = await readFile(file, 'utf8')
      if (!placeholder.test(code)) throw new Error('learn-sw.js has no precache placeholder')
      await writeFile(file, code.replace(placeholder, JSON.stringify(JSON.stringify(precacheList(items)))))
    },
  }
}

/** Paths (absolute, as the browser requests them) of the files the Learn pages load. */
export function precacheList(items: Readonly<Record<string, BundleItem>>): string[] {
  const files = new Set<string>(['index.html'])
  const visit = (fileName: string, followDynamic: boolean) => {
    if (files.has(fileName)) return
    const item = items[fileName]
    if (item === undefined) return
    files.add(fileName)
    for (const css of item.viteMetadata?.importedCss ?? []) files.add(css)
    for (const asset of item.viteMetadata?.importedAssets ?? []) files.add(asset)
    for (const next of item.imports ?? []) visit(next, followDynamic)
    if (followDynamic) for (const next of item.dynamicImports ?? []) visit(next, true)
  }
  for (const item of Object.values(items)) {
    if (item.type !== 'chunk' || item.fileName === 'learn-sw.js') continue
    // The entry's dynamic imports are every other area: only its static imports are needed here.
    if (item.isEntry) visit(item.fileName, false)
    else if (item.facadeModuleId?.includes('/src/learn/')) visit(item.fileName, true)
  }
  // Web Workers are emitted as assets; the demos' mining worker is the one Learn needs.
  for (const item of Object.values(items)) {
    if (item.type === 'asset' && /worker[^/]*\.js$/.test(item.fileName)) files.add(item.fileName)
  }
  return [...files].sort().map((fileName) => `/${fileName}`)
}
