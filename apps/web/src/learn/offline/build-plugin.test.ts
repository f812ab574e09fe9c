import { describe, expect, it } from 'vitest'
import { precacheList } from './build-plugin.ts'

const css = (...files: string[]) => ({ importedCss: new Set(files), importedAssets: new Set<string>() })

/** A bundle shaped like Vite's: an entry, the Learn route chunks, another area's chunk and shared chunks. */
const bundle = {
  'index.html': { type: 'asset' as const, fileName: 'index.html' },
  'learn-sw.js': { type: 'chunk' as const, fileName: 'learn-sw.js', isEntry: true },
  'assets/index-a.js': {
    type: 'chunk' as const,
    fileName: 'assets/index-a.js',
    isEntry: true,
    imports: ['assets/jsx-b.js'],
    dynamicImports: ['assets/DemoPage-c.js', 'assets/GraphView-d.js'],
    viteMetadata: css('assets/index-a.css'),
  },
  'assets/jsx-b.js': { type: 'chunk' as const, fileName: 'assets/jsx-b.js' },
  'assets/DemoPage-c.js': {
    type: 'chunk' as const,
    fileName: 'assets/DemoPage-c.js',
    facadeModuleId: '/repo/apps/web/src/learn/demos/DemoPage.tsx',
    imports: ['assets/jsx-b.js', 'assets/catalogue-e.js'],
    viteMetadata: css('assets/DemoPage-c.css'),
  },
  'assets/catalogue-e.js': { type: 'chunk' as const, fileName: 'assets/catalogue-e.js' },
  'assets/GraphView-d.js': {
    type: 'chunk' as const,
    fileName: 'assets/GraphView-d.js',
    facadeModuleId: '/repo/apps/web/src/privacy/graph/GraphView.tsx',
    imports: ['assets/cytoscape-f.js'],
  },
  'assets/cytoscape-f.js': { type: 'chunk' as const, fileName: 'assets/cytoscape-f.js' },
  'assets/mine.worker-g.js': { type: 'asset' as const, fileName: 'assets/mine.worker-g.js' },
}

describe('precacheList', () => {
  it('keeps the shell, the entry, the Learn chunks with their imports and CSS, and the mining worker', () => {
    expect(precacheList(bundle)).toEqual([
      '/assets/DemoPage-c.css',
      '/assets/DemoPage-c.js',
      '/assets/catalogue-e.js',
      '/assets/index-a.css',
      '/assets/index-a.js',
      '/assets/jsx-b.js',
      '/assets/mine.worker-g.js',
      '/index.html',
    ])
  })

  it('leaves out other areas and the service worker itself', () => {
    const list = precacheList(bundle)
    expect(list).not.toContain('/assets/GraphView-d.js')
    expect(list).not.toContain('/assets/cytoscape-f.js')
    expect(list).not.toContain('/learn-sw.js')
  })
})
