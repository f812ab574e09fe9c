import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { anvilAccount, NamesErrorCode } from '@blockgov/names'
import { errorCatalog } from '@blockgov/protocol'
import { serializerCompiler, validatorCompiler } from '@fastify/type-provider-zod'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chainFiles, readRunningChain } from '../names/chain-files.ts'
import { type NamesBackend, type NamesChain, openNamesChain } from '../names/names-chain.ts'
import { installErrorHandling } from '../plugins/errors.ts'
import { openApiRoute, registerOpenApi } from '../plugins/openapi.ts'
import { namesRoutes } from './names.ts'

/** The Names routes alone, with the server's validation and error handling (no database needed). */
async function namesApp(backend?: NamesBackend): Promise<FastifyInstance> {
  const app = Fastify()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  installErrorHandling(app)
  await registerOpenApi(app, '0.0.0-test')
  await app.register(
    async (api) => {
      await api.register(namesRoutes, backend === undefined ? {} : { backend })
      await api.register(openApiRoute)
    },
    { prefix: '/api' },
  )
  return app
}

describe('the error catalog', () => {
  it('has every name system code, so the API passes chain errors through unchanged', () => {
    const missing = Object.values(NamesErrorCode).filter((code) => !Object.hasOwn(errorCatalog, code))
    expect(missing).toEqual([])
  })
})

describe('names routes without a chain', () => {
  it('answer NAMES_OFF, and a reason the server gave', async () => {
    const off = await namesApp()
    const response = await off.inject({ method: 'GET', url: '/api/names/lookup/example' })
    expect(response.statusCode).toBe(503)
    expect(response.json().code).toBe('NAMES_OFF')
    await off.close()
    const undeployed = await namesApp({ code: 'NOT_DEPLOYED', message: 'run `blockgov names deploy`' })
    expect((await undeployed.inject({ method: 'GET', url: '/api/names/council' })).json()).toEqual({
      code: 'NOT_DEPLOYED',
      message: 'run `blockgov names deploy`',
    })
    await undeployed.close()
  })

  it('are described in the OpenAPI document', async () => {
    const app = await namesApp()
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/names/lookup/{name}', '/api/names/dev/register', '/api/names/tx/dns']),
    )
    await app.close()
  })
})

describe('names routes on the embedded dev chain', () => {
  let dataDir = ''
  let chain: NamesChain
  let app: FastifyInstance

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'blockgov-names-routes-'))
    const opened = await openNamesChain({ kind: 'embedded', dataDir }, 'blockgov.alt')
    if (!('reader' in opened)) throw new Error(opened.message)
    chain = opened
    app = await namesApp(chain)
  }, 120_000)
  afterAll(async () => {
    await app?.close()
    await chain?.stop()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('deploys once, seeds the demo names and records where the chain listens for the CLI', async () => {
    const deployment = JSON.parse(await readFile(chainFiles(dataDir).embeddedDeployment, 'utf8'))
    expect(deployment.rootName).toBe('blockgov.alt')
    expect(await readRunningChain(dataDir)).toEqual({ rpcUrl: chain.rpcUrl, pid: process.pid })
    const overview = (await app.inject({ method: 'GET', url: '/api/names' })).json()
    expect(overview).toMatchObject({ kind: 'embedded', rootName: 'blockgov.alt', commitmentAge: { min: 60 } })
    expect(overview.devAccounts[0].address).toBe(anvilAccount(0).address)
  })

  it('looks up a seeded name and decodes its records', async () => {
    const example = (await app.inject({ method: 'GET', url: '/api/names/lookup/example' })).json()
    expect(example).toMatchObject({
      name: 'example.blockgov.alt',
      available: false,
      status: 'active',
      owner: anvilAccount(0).address,
      frozen: false,
    })
    expect(example.graceEndsAt - example.expiry).toBe(90 * 86_400)
    const records = (await app.inject({ method: 'GET', url: '/api/names/records/example.blockgov.alt' })).json()
    expect(records.address).toBe(anvilAccount(0).address)
    expect(records.texts).toEqual([{ key: 'url', value: 'https://example.blockgov.alt/' }])
    expect(records.dns).toEqual(
      expect.arrayContaining([
        { name: 'example.blockgov.alt', type: 'A', ttl: 300, data: '192.0.2.10' },
        { name: 'example.blockgov.alt', type: 'AAAA', ttl: 300, data: '2001:db8::10' },
        { name: 'example.blockgov.alt', type: 'TXT', ttl: 300, data: '"v=spf1 -all"' },
        { name: 'example.blockgov.alt', type: 'MX', ttl: 300, data: '10 mail.example.blockgov.alt' },
      ]),
    )
  })

  it('says an unregistered name is available and refuses an invalid one', async () => {
    const free = (await app.inject({ method: 'GET', url: '/api/names/lookup/free-name' })).json()
    expect(free).toMatchObject({ available: true, status: 'unregistered', owner: null, expiry: null })
    const bad = await app.inject({ method: 'GET', url: '/api/names/lookup/Bad_Name' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().code).toBe('NAME_INVALID')
  })

  it('registers with a dev account, sets and removes an A record, and refuses a taken name', async () => {
    const registered = await app.inject({
      method: 'POST',
      url: '/api/names/dev/register',
      payload: { name: 'routes-test', account: 2, years: 1 },
    })
    expect(registered.json()).toMatchObject({ name: 'routes-test.blockgov.alt', owner: anvilAccount(2).address })
    const set = await app.inject({
      method: 'PUT',
      url: '/api/names/dev/dns',
      payload: { name: 'routes-test', account: 2, rrset: { type: 'A', values: ['192.0.2.7', '192.0.2.8'] } },
    })
    expect(set.statusCode).toBe(200)
    const records = (await app.inject({ method: 'GET', url: '/api/names/records/routes-test' })).json()
    expect(records.dns.map((r: { data: string }) => r.data)).toEqual(['192.0.2.7', '192.0.2.8'])
    await app.inject({
      method: 'PUT',
      url: '/api/names/dev/dns',
      payload: { name: 'routes-test', account: 2, rrset: { type: 'A', values: [] } },
    })
    expect((await app.inject({ method: 'GET', url: '/api/names/records/routes-test' })).json().dns).toEqual([])

    const again = await app.inject({
      method: 'POST',
      url: '/api/names/dev/register',
      payload: { name: 'routes-test', account: 3, years: 1 },
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().code).toBe('NAME_TAKEN')
  })

  it('answers COMMITMENT_TOO_NEW with the seconds to wait, NOT_OWNER and RECORD_INVALID', async () => {
    const commit = await app.inject({
      method: 'POST',
      url: '/api/names/dev/commit',
      payload: { name: 'patience', account: 4 },
    })
    const { secret } = commit.json()
    const early = await app.inject({
      method: 'POST',
      url: '/api/names/dev/register',
      payload: { name: 'patience', account: 4, years: 1, secret },
    })
    expect(early.json()).toMatchObject({ code: 'COMMITMENT_TOO_NEW', details: { secondsToWait: expect.any(Number) } })
    expect(early.json().details.secondsToWait).toBeGreaterThan(0)

    const notMine = await app.inject({
      method: 'PUT',
      url: '/api/names/dev/address',
      payload: { name: 'example', account: 5, address: anvilAccount(5).address },
    })
    expect(notMine.json().code).toBe('NOT_OWNER')
    const typo = await app.inject({
      method: 'PUT',
      url: '/api/names/dev/dns',
      payload: { name: 'example', account: 0, rrset: { type: 'A', values: ['192.0.2.300'] } },
    })
    expect(typo.json().code).toBe('RECORD_INVALID')
  })

  it('prepares unsigned wallet transactions for the registrar and resolver', async () => {
    const owner = anvilAccount(6).address
    const secret = `0x${'11'.repeat(32)}`
    const commit = (
      await app.inject({ method: 'POST', url: '/api/names/tx/commit', payload: { name: 'wallet', owner, secret } })
    ).json()
    expect(commit).toMatchObject({ to: chain.deployment.registrar, value: '0' })
    expect(commit.data).toMatch(/^0x[0-9a-f]{8}/)
    const dns = (
      await app.inject({
        method: 'POST',
        url: '/api/names/tx/dns',
        payload: { name: 'example', rrset: { type: 'TXT', values: ['hello'] } },
      })
    ).json()
    expect(dns.to).toBe(chain.deployment.resolver)
  })

  it('shows the demo proposal with per-group tallies, and the demo dispute freezing its name', async () => {
    const council = (await app.inject({ method: 'GET', url: '/api/names/council' })).json()
    expect(council.groups.map((g: { name: string }) => g.name)).toContain('civil society')
    expect(council.proposals).toHaveLength(1)
    const [proposal] = council.proposals
    expect(proposal).toMatchObject({
      id: '1',
      state: 'active',
      votes: 3,
      description: expect.stringContaining('registry'),
    })
    expect(proposal.tallies.slice(0, 3)).toEqual([
      { group: 0, name: 'government', voting: true, for: 1, against: 0, abstain: 0 },
      { group: 1, name: 'private sector', voting: true, for: 1, against: 0, abstain: 0 },
      { group: 2, name: 'civil society', voting: true, for: 0, against: 1, abstain: 0 },
    ])
    const { disputes } = (await app.inject({ method: 'GET', url: '/api/names/disputes' })).json()
    expect(disputes).toEqual([
      expect.objectContaining({ id: '1', name: 'sprint.blockgov.alt', stage: 'filed', filer: anvilAccount(6).address }),
    ])
    expect(disputes[0].history.map((h: { event: string }) => h.event)).toEqual(['DisputeFiled'])
    const sprint = (await app.inject({ method: 'GET', url: '/api/names/lookup/sprint' })).json()
    expect(sprint).toMatchObject({ frozen: true, openDispute: '1' })
  })
})

describe('names routes on a chain that is not the dev chain', () => {
  it('refuse dev-account writes and point to the browser wallet', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'blockgov-names-rpc-'))
    const embedded = await openNamesChain({ kind: 'embedded', dataDir }, 'blockgov.alt')
    if (!('reader' in embedded)) throw new Error(embedded.message)
    const app = await namesApp({ ...embedded, kind: 'rpc' })
    try {
      const refused = await app.inject({
        method: 'POST',
        url: '/api/names/dev/register',
        payload: { name: 'nope', account: 0, years: 1 },
      })
      expect(refused.statusCode).toBe(409)
      expect(refused.json().code).toBe('NAMES_WALLET_REQUIRED')
      expect((await app.inject({ method: 'GET', url: '/api/names' })).json()).toMatchObject({
        kind: 'rpc',
        rpcUrl: null,
        devAccounts: [],
      })
    } finally {
      await app.close()
      await embedded.stop()
      await rm(dataDir, { recursive: true, force: true })
    }
  }, 120_000)
})
