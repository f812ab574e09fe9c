import { execFile } from 'node:child_process'
import { promises as dns } from 'node:dns'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CHAIN_RULES,
  type ChainBed,
  COUNCIL,
  DAY,
  type RpcProxy,
  startChainBed,
  startRpcProxy,
  until,
} from './chain-test-kit.ts'
import { type ChainGateway, startChainGateway } from './chain-zone.ts'
import { answerLines } from './test-kit.ts'

const CONFIRMATIONS = 2
const run = promisify(execFile)
let chain: ChainBed
let proxy: RpcProxy
let gateway: ChainGateway
const logged: string[] = []

beforeAll(async () => {
  chain = await startChainBed()
  proxy = await startRpcProxy(chain.anvil.port)
  const example = await chain.register('example')
  await chain.as(0).setDnsRecords(example, [
    { name: example, type: 'A', ttl: 300, data: '192.0.2.10' },
    { name: example, type: 'AAAA', ttl: 300, data: '2001:db8::10' },
    { name: example, type: 'TXT', ttl: 300, data: 'v=spf1 -all' },
  ])
  await chain.as(0).setSubnameOwner(example, 'www', chain.address(0))
  await chain
    .as(0)
    .setDnsRecords(`www.${example}`, [{ name: `www.${example}`, type: 'CNAME', ttl: 300, data: example }])
  await chain.mine(CONFIRMATIONS)
  gateway = await startChainGateway({
    rpcUrl: proxy.url,
    deployment: chain.deployment,
    port: 0,
    confirmations: CONFIRMATIONS,
    pollIntervalMs: 25,
    maxBackoffMs: 200,
    rpcTimeoutMs: 1_000,
    missingNameTimeoutMs: 1_000,
    log: { info: (_fields, message) => logged.push(message), warn: (_fields, message) => logged.push(message) },
  })
  await gateway.follower.ready
})
afterAll(async () => {
  await gateway?.stop()
  await proxy?.stop()
  await chain?.stop()
})

/** dig with one try and a 2 s timeout: a query that hangs fails the test. */
async function dig(...args: string[]): Promise<string> {
  const { stdout } = await run('dig', [
    `@127.0.0.1`,
    '-p',
    String(gateway.gateway.port),
    '+tries=1',
    '+time=2',
    ...args,
  ])
  return stdout
}

async function kdig(...args: string[]): Promise<string> {
  const port = String(gateway.gateway.port)
  const { stdout } = await run('kdig', ['@127.0.0.1', '-p', port, '+retry=0', '+timeout=2', '+edns', ...args])
  return stdout
}

const status = (output: string) => /status: ([A-Z]+)/.exec(output)?.[1]

function resolver(): dns.Resolver {
  const client = new dns.Resolver({ timeout: 2_000, tries: 1 })
  client.setServers([`127.0.0.1:${gateway.gateway.port}`])
  return client
}

/** Waits until the follower has applied `block` (or the block `confirmations` below the current head). */
async function applied(block?: number): Promise<void> {
  const target = block ?? (await chain.blockNumber()) - CONFIRMATIONS
  await until(() => (gateway.status().syncedBlock ?? 0) >= target, `the follower applied block ${target}`)
}

/** Buries everything so far under the confirmation depth and waits until the zone shows it. */
async function confirm(): Promise<void> {
  await chain.mine(CONFIRMATIONS)
  await applied()
}

describe('the gateway fed by the chain follower', () => {
  it("refuses an apex that is not the deployment's root name", async () => {
    const started = startChainGateway({ rpcUrl: proxy.url, deployment: chain.deployment, apex: 'other.alt', port: 0 })
    await expect(started).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' })
  })

  it('answers from the zone rebuilt from chain state at start, with the synced block as serial', async () => {
    expect(answerLines(await dig('example.blockgov.alt', 'A'))).toEqual(['example.blockgov.alt. 300 A 192.0.2.10'])
    expect(await resolver().resolve6('example.blockgov.alt')).toEqual(['2001:db8::10'])
    expect(await resolver().resolveTxt('example.blockgov.alt')).toEqual([['v=spf1 -all']])
    expect(await resolver().resolveCname('www.example.blockgov.alt')).toEqual(['example.blockgov.alt'])
    const soa = await resolver().resolveSoa('blockgov.alt')
    expect(soa.serial).toBe(gateway.status().syncedBlock)
    expect(gateway.status()).toMatchObject({ ready: true, stale: false, lastError: null, names: 2 })
    expect(logged).toContain('zone rebuilt from chain state')
  })

  it('serves a registration once it is confirmations deep, and not before', async () => {
    const fresh = await chain.register('fresh')
    await chain.as(0).setDnsRecords(fresh, [{ name: fresh, type: 'A', ttl: 300, data: '192.0.2.20' }])
    // A miss may read the chain, but only at the confirmed block, where the name does not exist yet.
    expect(status(await dig(fresh, 'A'))).toBe('NXDOMAIN')
    await confirm()
    expect(answerLines(await dig(fresh, 'A'))).toEqual(['fresh.blockgov.alt. 300 A 192.0.2.20'])
  })

  it('answers a record change within one block after its confirmation depth', async () => {
    const change = await chain
      .as(0)
      .setDnsRecords('example.blockgov.alt', [
        { name: 'example.blockgov.alt', type: 'A', ttl: 300, data: '192.0.2.11' },
      ])
    const changedIn = Number(change.blockNumber)
    await chain.mine(CONFIRMATIONS - 1)
    await until(() => gateway.status().headBlock === changedIn + CONFIRMATIONS - 1, 'the follower saw the head')
    await applied(changedIn - 1)
    expect(answerLines(await dig('example.blockgov.alt', 'A'))).toEqual(['example.blockgov.alt. 300 A 192.0.2.10'])
    await chain.mine(1)
    await applied(changedIn)
    expect(answerLines(await dig('example.blockgov.alt', 'A'))).toEqual(['example.blockgov.alt. 300 A 192.0.2.11'])
    expect(answerLines(await dig('example.blockgov.alt', 'AAAA'))).toEqual([
      'example.blockgov.alt. 300 AAAA 2001:db8::10',
    ])
  })

  it('clears the old records and subnames when a name changes hands', async () => {
    const sold = await chain.register('sold')
    await chain.as(0).setDnsRecords(sold, [{ name: sold, type: 'A', ttl: 300, data: '192.0.2.30' }])
    await chain.as(0).setSubnameOwner(sold, 'shop', chain.address(0))
    await chain.as(0).setDnsRecords(`shop.${sold}`, [{ name: `shop.${sold}`, type: 'A', ttl: 300, data: '192.0.2.31' }])
    await confirm()
    expect(answerLines(await dig(`shop.${sold}`, 'A'))).toEqual(['shop.sold.blockgov.alt. 300 A 192.0.2.31'])
    await chain.as(0).transfer(sold, chain.address(6))
    await confirm()
    const after = await dig(sold, 'A')
    expect(status(after)).toBe('NOERROR')
    expect(answerLines(after)).toEqual([])
    expect(status(await dig(`shop.${sold}`, 'A'))).toBe('NXDOMAIN')
    await chain.as(6).setDnsRecords(sold, [{ name: sold, type: 'A', ttl: 300, data: '192.0.2.32' }])
    await confirm()
    expect(answerLines(await dig(sold, 'A'))).toEqual(['sold.blockgov.alt. 300 A 192.0.2.32'])
  })

  it('keeps answering through the grace period and answers NXDOMAIN once it is over', async () => {
    const brief = await chain.register('brief', { duration: DAY })
    await chain.as(0).setDnsRecords(brief, [{ name: brief, type: 'A', ttl: 300, data: '192.0.2.40' }])
    await confirm()
    await chain.advance(DAY + 60)
    await confirm()
    expect((await chain.as(0).nameInfo(brief)).status).toBe('grace')
    expect(answerLines(await dig(brief, 'A'))).toEqual(['brief.blockgov.alt. 300 A 192.0.2.40'])
    await chain.advance(CHAIN_RULES.gracePeriod)
    await confirm()
    const head = await chain.blockNumber()
    await until(() => (gateway.status().headBlock ?? 0) >= head, 'the follower saw the new clock')
    expect(status(await dig(brief, 'A'))).toBe('NXDOMAIN')
    expect(answerLines(await dig('example.blockgov.alt', 'A'))).toHaveLength(1)
  })

  it('answers NXDOMAIN with EDE 16 once a dispute decision suspends a name', async () => {
    const contested = await chain.register('contested')
    await chain.as(0).setDnsRecords(contested, [{ name: contested, type: 'A', ttl: 300, data: '192.0.2.50' }])
    const filed = await chain.as(9).disputes.file(contested, { reason: 'phishing', evidenceUri: 'ipfs://evidence' })
    const council = chain.as(COUNCIL[0]).council
    const { id } = await council.propose([council.actions.decideDispute(filed.id, 'suspend')], 'Suspend contested')
    for (const member of COUNCIL) await chain.as(member).council.vote(id, 'for')
    await chain.advance(CHAIN_RULES.votingPeriod + 1)
    await council.queue(id)
    await chain.advance(CHAIN_RULES.timelockDelay)
    await council.execute(id)
    await confirm()
    // Frozen while the appeal window runs, but still resolving.
    expect(answerLines(await dig(contested, 'A'))).toEqual(['contested.blockgov.alt. 300 A 192.0.2.50'])
    await chain.advance(CHAIN_RULES.disputes.appealWindow + 1)
    await chain.as(9).disputes.finalise(filed.id)
    await confirm()
    const output = await kdig(contested, 'A')
    expect(output).toContain('status: NXDOMAIN')
    expect(output).toContain("EDE: 16 (Censored): 'name suspended by dispute resolution'")
  })

  it('rewinds a reorg: answers follow the chain that won', async () => {
    const snapshot = await chain.snapshot()
    const lost = await chain.register('lost')
    await chain
      .as(0)
      .setDnsRecords('example.blockgov.alt', [
        { name: 'example.blockgov.alt', type: 'TXT', ttl: 300, data: 'old fork' },
      ])
    await confirm()
    expect(answerLines(await dig(lost, 'A'))).toEqual([])
    expect(status(await dig(lost, 'A'))).toBe('NOERROR')
    expect(await resolver().resolveTxt('example.blockgov.alt')).toEqual([['old fork']])
    const reorgs = gateway.status().reorgs
    await chain.revert(snapshot)
    await chain
      .as(0)
      .setDnsRecords('example.blockgov.alt', [
        { name: 'example.blockgov.alt', type: 'TXT', ttl: 300, data: 'new fork' },
      ])
    await chain.mine(6)
    await until(() => gateway.status().reorgs > reorgs, 'the follower noticed the reorg')
    await applied()
    expect(await resolver().resolveTxt('example.blockgov.alt')).toEqual([['new fork']])
    expect(status(await dig(lost, 'A'))).toBe('NXDOMAIN')
    expect(logged).toContain('chain reorganised: rewinding')
  })

  it('answers stale (EDE 3) while the RPC is down, never hangs, reports it, and recovers', async () => {
    await proxy.cut()
    await until(() => gateway.status().stale, 'the follower noticed the outage')
    const down = gateway.status()
    expect(down.lastError).toEqual(expect.any(String))
    expect(down.lagSeconds).toEqual(expect.any(Number))
    const stale = await kdig('example.blockgov.alt', 'A')
    expect(stale).toContain('status: NOERROR')
    expect(stale).toContain("EDE: 3 (Stale Answer): 'chain unreachable'")
    expect(answerLines(await dig('example.blockgov.alt', 'A'))).toEqual(['example.blockgov.alt. 30 A 192.0.2.11'])
    expect(await resolver().resolve6('example.blockgov.alt')).toEqual(['2001:db8::10'])
    // A name the zone does not hold gets its answer at once: no chain read is tried while the chain is down.
    expect(await kdig('never-registered.blockgov.alt', 'A')).toContain('status: NXDOMAIN')
    expect(logged).toContain('chain unreachable: answering from the last known zone (stale)')

    await proxy.restore()
    await until(() => !gateway.status().stale, 'the follower is back')
    expect(gateway.status()).toMatchObject({ stale: false, lastError: null })
    expect(await kdig('example.blockgov.alt', 'A')).not.toContain('EDE')
    expect(answerLines(await dig('example.blockgov.alt', 'A'))).toEqual(['example.blockgov.alt. 300 A 192.0.2.11'])
  })

  it('never lets a query wait on a hung RPC: held names answer at once, others within the miss timeout', async () => {
    proxy.stall()
    expect(await resolver().resolve4('example.blockgov.alt')).toEqual(['192.0.2.11'])
    // Sent before or after the follower notices: SERVFAIL with EDE 23 once the chain read times out, or NXDOMAIN
    // with EDE 3 once the zone is stale. Either way dig gets its answer inside its 2 s.
    const unknown = await kdig('hung-unknown.blockgov.alt', 'A')
    expect(unknown).toMatch(
      /status: SERVFAIL[\s\S]*EDE: 23 \(Network Error\)|status: NXDOMAIN[\s\S]*EDE: 3 \(Stale Answer\)/,
    )
    await until(() => gateway.status().stale, 'the follower gave up on the hung endpoint')
    expect(gateway.status().lastError).toMatch(/took too long|timed out/i)
    expect(await kdig('example.blockgov.alt', 'A')).toContain("EDE: 3 (Stale Answer): 'chain unreachable'")
    await proxy.restore()
    await until(() => !gateway.status().stale, 'the follower is back')
  })
})
