import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '@blockgov/config'
import { startServer } from '@blockgov/server'
import { ensureWebBuild, webDist } from '@blockgov/web/build'

/**
 * Builds the web app if stale and starts the real server on a free loopback port with a fresh embedded
 * database; the tests read its URL from BLOCKGOV_E2E_URL (workers inherit the environment set here).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  await ensureWebBuild()
  const dataDir = await mkdtemp(join(tmpdir(), 'blockgov-e2e-'))
  const result = loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' })
  if (!result.ok) throw new Error('invalid e2e configuration')
  const server = await startServer({ config: result.config, version: '0.0.0-e2e', webRoot: webDist })
  process.env.BLOCKGOV_E2E_URL = server.url
  return async () => {
    await server.stop()
    await rm(dataDir, { recursive: true, force: true })
  }
}
