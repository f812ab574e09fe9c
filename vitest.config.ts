import { defineConfig } from 'vitest/config'

// One Vitest run covers every package and app; tests sit beside the code they test. Browser journeys are
// Playwright's (e2e/), not Vitest's.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    globalSetup: ['packages/db/src/pglite-template.ts'],
    hookTimeout: 60_000,
    testTimeout: 30_000,
    // PGlite instances are large; two workers fit a 2-core machine without thrashing.
    maxWorkers: 2,
  },
})
