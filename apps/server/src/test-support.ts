import { randomUUID } from 'node:crypto'
import { hashPassword } from '@blockgov/auth'
import { type Config, loadConfig } from '@blockgov/config'
import { type Database, insertOrganiser } from '@blockgov/db'
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

/** Creates an organiser account in `database` and signs it in on `app`; returns the sign-in cookie. */
export async function signedInOrganiser(
  app: FastifyInstance,
  database: Database,
  email: string,
  displayName = 'Organiser',
): Promise<string> {
  const password = 'a-long-password-123'
  await insertOrganiser(database.db, {
    id: randomUUID(),
    email,
    displayName,
    passwordHash: await hashPassword(password),
  })
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } })
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.body}`)
  return String(login.headers['set-cookie']).split(';')[0] ?? ''
}

/** Creates a session as the signed-in organiser; returns its id and join code. */
export async function createdSession(
  app: FastifyInstance,
  cookie: string,
  title = 'Test session',
): Promise<{ id: string; code: string }> {
  const created = await app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: { title } })
  if (created.statusCode !== 201) throw new Error(`session not created: ${created.body}`)
  return created.json()
}
