import { type Config, loadConfig } from '@blockgov/config'
import type { Database } from '@blockgov/db'
import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.ts'

/** The default configuration with overrides, as the server tests want it (quiet logs). */
export function testConfig(env: Record<string, string> = {}): Config {
  const result = loadConfig({ LOG_LEVEL: 'silent', ...env })
  if (!result.ok) throw new Error(`bad test config: ${JSON.stringify(result.problems)}`)
  return result.config
}

/** Builds the app against `database` with test configuration; the caller closes it. */
export function testApp(
  database: Database,
  env: Record<string, string> = {},
  webRoot?: string,
): Promise<FastifyInstance> {
  return buildApp({ config: testConfig(env), database, version: '0.0.0-test', webRoot, uptimeMs: () => 42_000 })
}
