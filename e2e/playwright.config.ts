import { loadConfig } from '@blockgov/config'
import { defineConfig } from '@playwright/test'

const config = loadConfig(process.env)
if (!config.ok) throw new Error('invalid configuration for the browser tests')

/**
 * Browser journeys in Debian's Chromium (never a downloaded browser: this machine cannot fetch one). The
 * server is started by global-setup.ts on a free port with a fresh embedded database.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: config.config.test.chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
  },
  projects: [
    { name: 'pglite' },
    // The whole-workshop journey runs again against Postgres when DATABASE_URL is set (CI sets it).
    ...(config.config.database.kind === 'postgres' ? [{ name: 'postgres', testMatch: 'sprint-*.spec.ts' }] : []),
  ],
})
