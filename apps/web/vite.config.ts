import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { learnOffline } from './src/learn/offline/build-plugin.ts'

// The server serves dist/ under a strict CSP (no inline scripts or styles), so the build must not inline
// any: assetsInlineLimit 0 keeps every asset a file.
export default defineConfig({
  root: import.meta.dirname,
  // learnOffline: the Learn area's service worker (dist/learn-sw.js) and the files it keeps for offline use.
  plugins: [react(), learnOffline()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: true,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:8080', ws: true } },
  },
})
