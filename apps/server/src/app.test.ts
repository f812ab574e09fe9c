import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from '@blockgov/db'
import { describeEachDatabase, openTestDatabase } from '@blockgov/db/testing'
import { QueryHandler, Zone } from '@blockgov/dns'
import type { FollowerStatus } from '@blockgov/names'
import { ErrorBody, PROTOCOL_VERSION } from '@blockgov/protocol'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from './app.ts'
import { testApp, testConfig } from './test-support.ts'

describeEachDatabase('GET /api/ready and /api/health', (database) => {
  it('reports ok with version, protocol, database kind and uptime', async () => {
    const app = await testApp(database())
    const response = await app.inject({ method: 'GET', url: '/api/health' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({
      status: 'ok',
      version: '0.0.0-test',
      protocolVersion: PROTOCOL_VERSION,
      database: database().kind,
      uptimeSeconds: 42,
    })
    await app.close()
  })

  it('is ready when the database answers', async () => {
    const app = await testApp(database())
    const response = await app.inject({ method: 'GET', url: '/api/ready' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ ready: true, checks: { database: { ok: true } } })
    await app.close()
  })
})

describe('the API', () => {
  let database: Database
  let app: FastifyInstance

  beforeAll(async () => {
    database = await openTestDatabase('pglite')
    app = await testApp(database, { BODY_LIMIT_BYTES: '2048' })
    // A route that fails unexpectedly, to see what a client is told about a server error.
    app.get('/api/test-crash', async () => {
      throw new Error('secret internal detail')
    })
    await app.ready()
  })
  afterAll(async () => {
    await app.close()
    await database.close()
  })

  const expectError = (response: { statusCode: number; json(): unknown }, status: number, code: string) => {
    expect(response.statusCode).toBe(status)
    const body = ErrorBody.parse(response.json())
    expect(body.code).toBe(code)
    expect(body.message.length).toBeGreaterThan(0)
  }

  it('answers an unknown route with JSON 404 ROUTE_NOT_FOUND', async () => {
    expectError(await app.inject({ method: 'GET', url: '/api/no-such-thing' }), 404, 'ROUTE_NOT_FOUND')
    expectError(await app.inject({ method: 'DELETE', url: '/api/health' }), 404, 'ROUTE_NOT_FOUND')
  })

  it('answers malformed JSON with 400 INVALID_JSON', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/csp-reports',
      headers: { 'content-type': 'application/json' },
      payload: '{"csp-report": {',
    })
    expectError(response, 400, 'INVALID_JSON')
  })

  it('answers an oversize body with 413 BODY_TOO_LARGE', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/csp-reports',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ 'csp-report': { 'document-uri': 'x'.repeat(4096) } }),
    })
    expectError(response, 413, 'BODY_TOO_LARGE')
  })

  it('answers a body of the wrong shape with 400 VALIDATION_FAILED and where it is wrong', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/csp-reports',
      headers: { 'content-type': 'application/json' },
      payload: { 'csp-report': { 'violated-directive': 42 } },
    })
    expectError(response, 400, 'VALIDATION_FAILED')
    expect(response.json().details.issues[0].path).toContain('violated-directive')
  })

  it('answers an unsupported content type with 415', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/csp-reports',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    })
    expectError(response, 415, 'UNSUPPORTED_MEDIA_TYPE')
  })

  it('accepts a CSP report in the browser format', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/csp-reports',
      headers: { 'content-type': 'application/csp-report' },
      payload: JSON.stringify({
        'csp-report': { 'document-uri': 'http://127.0.0.1/x?code=1', 'violated-directive': 'script-src' },
      }),
    })
    expect(response.statusCode).toBe(204)
  })

  it('hides internal error details behind 500 INTERNAL', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test-crash' })
    expectError(response, 500, 'INTERNAL')
    expect(response.body).not.toContain('secret internal detail')
  })

  it('sends a strict Content-Security-Policy and other security headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' })
    const csp = String(response.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers['x-content-type-options']).toBe('nosniff')
  })

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(response.statusCode).toBe(200)
    const doc = response.json()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/ready', '/api/csp-reports']))
    const health = doc.paths['/api/health'].get.responses['200'].content['application/json'].schema
    expect(health.properties.database.enum).toEqual(['pglite', 'postgres'])
    expect(doc.paths['/api/ws']).toBeUndefined()
  })
})

describe('readiness when the database is gone', () => {
  it('answers 503 with ready false', async () => {
    const database = await openTestDatabase('pglite')
    const app = await testApp(database)
    await database.close()
    const response = await app.inject({ method: 'GET', url: '/api/ready' })
    expect(response.statusCode).toBe(503)
    expect(response.json()).toEqual({ ready: false, checks: { database: { ok: false } } })
    await app.close()
  })
})

describe('the DNS gateway beside the app', () => {
  const synced: FollowerStatus = {
    ready: true,
    syncedBlock: 120,
    headBlock: 120,
    lagSeconds: 0,
    stale: false,
    lastError: null,
    names: 3,
    reorgs: 0,
  }
  let database: Database
  let status: FollowerStatus
  let app: FastifyInstance

  beforeAll(async () => {
    database = await openTestDatabase('pglite')
    const handler = new QueryHandler({ zone: new Zone() })
    app = await buildApp({
      config: testConfig(),
      database,
      version: '0.0.0-test',
      dns: { handler, metricsText: () => handler.metricsText(), status: () => status },
    })
  })
  afterAll(async () => {
    await app.close()
    await database.close()
  })

  it('joins readiness: ready once the zone is built, with the block it reflects', async () => {
    status = synced
    const response = await app.inject({ method: 'GET', url: '/api/ready' })
    expect(response.statusCode).toBe(200)
    expect(response.json().checks.dns).toEqual({ ok: true, stale: false, syncedBlock: 120, lagSeconds: 0 })
  })

  it('is not ready while the zone is being built, nor while it serves stale answers, and says why', async () => {
    status = { ...synced, ready: false, syncedBlock: null, lagSeconds: null }
    const building = await app.inject({ method: 'GET', url: '/api/ready' })
    expect(building.statusCode).toBe(503)
    expect(building.json().checks.dns).toMatchObject({ ok: false, message: 'building the zone from chain state' })

    status = { ...synced, stale: true, lagSeconds: 95, lastError: 'fetch failed' }
    const stale = await app.inject({ method: 'GET', url: '/api/ready' })
    expect(stale.statusCode).toBe(503)
    expect(stale.json()).toMatchObject({
      ready: false,
      checks: {
        database: { ok: true },
        dns: { ok: false, stale: true, lagSeconds: 95, message: expect.stringContaining('fetch failed') },
      },
    })
  })

  it('serves DNS over HTTPS at /dns-query and Prometheus metrics at /metrics', async () => {
    const bad = await app.inject({ method: 'GET', url: '/dns-query?dns=***' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json()).toMatchObject({ code: 'DNS_BAD_REQUEST' })
    const metrics = await app.inject({ method: 'GET', url: '/metrics' })
    expect(metrics.headers['content-type']).toContain('text/plain; version=0.0.4')
    expect(metrics.body).toContain('# TYPE blockgov_dns_queries_total counter')
  })
})

describe('rate limiting', () => {
  it('answers 429 RATE_LIMITED after the configured number of requests per minute', async () => {
    const database = await openTestDatabase('pglite')
    const app = await testApp(database, { RATE_LIMIT_PER_MINUTE: '3' })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 4; i++) statuses.push((await app.inject({ method: 'GET', url: '/api/nothing' })).statusCode)
      expect(statuses).toEqual([404, 404, 404, 429])
      const limited = await app.inject({ method: 'GET', url: '/api/nothing' })
      expect(limited.json().code).toBe('RATE_LIMITED')
      expect(limited.headers['retry-after']).toBeDefined()
      // Probes are exempt, so a busy client cannot make the server look dead.
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200)
    } finally {
      await app.close()
      await database.close()
    }
  })
})

describe('serving the web app', () => {
  let database: Database
  let app: FastifyInstance
  let webRoot: string

  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'blockgov-web-'))
    await mkdir(join(webRoot, 'assets'))
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>shell</title>')
    await writeFile(join(webRoot, 'assets', 'app-abc123.js'), 'console.log(1)')
    database = await openTestDatabase('pglite')
    app = await testApp(database, {}, webRoot)
  })
  afterAll(async () => {
    await app.close()
    await database.close()
    await rm(webRoot, { recursive: true, force: true })
  })

  it('serves the shell at / without caching', async () => {
    const response = await app.inject({ method: 'GET', url: '/' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('<title>shell</title>')
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it('falls back to the shell for client-side routes (history API)', async () => {
    const response = await app.inject({ method: 'GET', url: '/sprint/abc?x=1', headers: { accept: 'text/html' } })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('<title>shell</title>')
  })

  it('caches hashed assets for a year', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toContain('immutable')
  })

  it("does not count the app's files against the rate limit, so a room behind one address can load the page", async () => {
    const limited = await testApp(database, { RATE_LIMIT_PER_MINUTE: '2' }, webRoot)
    try {
      const assets: number[] = []
      for (let i = 0; i < 5; i++) {
        assets.push((await limited.inject({ method: 'GET', url: '/assets/app-abc123.js' })).statusCode)
      }
      expect(assets).toEqual([200, 200, 200, 200, 200])
      const api: number[] = []
      for (let i = 0; i < 3; i++) api.push((await limited.inject({ method: 'GET', url: '/api/nothing' })).statusCode)
      expect(api).toEqual([404, 404, 429])
    } finally {
      await limited.close()
    }
  })

  it('keeps JSON 404 for API paths and missing files', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/missing', headers: { accept: 'text/html' } })
    expect(api.json().code).toBe('ROUTE_NOT_FOUND')
    const file = await app.inject({ method: 'GET', url: '/assets/gone.js', headers: { accept: 'text/html' } })
    expect(file.statusCode).toBe(404)
  })
})
