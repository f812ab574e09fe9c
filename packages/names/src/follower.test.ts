import { namesResolverArtifact } from '@blockgov/names-contracts'
import { type Address, bytesToHex, getAddress } from 'viem'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { anvilTestClient } from './chain.ts'
import type { ZoneEntry } from './chain-reader.ts'
import { type Fixture, startFixture, TEST_RULES } from './contracts/fixture.ts'
import { type DnsRecord, decodeDnsRecords, encodeDnsRecords } from './dns-records.ts'
import { type Follower, type FollowerOptions, startFollower } from './follower.ts'
import type { ZoneSink } from './follower-sync.ts'
import { transact } from './transact.ts'

/** A sink that keeps what the follower wrote, as the gateway's zone would. */
class RecordingSink implements ZoneSink {
  readonly names = new Map<string, ZoneEntry>()
  /** Every write, in order, as `upsert name` or `remove name`. */
  readonly writes: string[] = []
  serial = 0
  stale = false

  upsertName(name: string, entry: ZoneEntry) {
    this.names.set(name, entry)
    this.writes.push(`upsert ${name}`)
    return { ok: true }
  }
  removeName(name: string) {
    this.writes.push(`remove ${name}`)
    return this.names.delete(name)
  }
  markStale(stale: boolean) {
    this.stale = stale
  }
  setChainLag() {}
  setSerial(serial: number) {
    this.serial = serial
  }

  records(name: string): Pick<DnsRecord, 'name' | 'type' | 'data'>[] {
    const entry = this.names.get(name)
    if (entry === undefined) throw new Error(`${name} is not in the zone`)
    return decodeDnsRecords(bytesToHex(entry.records)).map(({ name, type, data }) => ({ name, type, data }))
  }
}

let f: Fixture
let follower: Follower | undefined
const warnings: string[] = []

beforeAll(async () => {
  f = await startFixture()
})
afterAll(async () => {
  await f?.stop()
})
afterEach(async () => {
  await follower?.stop()
  follower = undefined
})

function follow(sink: ZoneSink, options: Partial<FollowerOptions> = {}): Follower {
  follower = startFollower({
    publicClient: f.clients.publicClient,
    deployment: f.deployment,
    sink,
    pollIntervalMs: 25,
    log: { info: () => {}, warn: (_fields, message) => warnings.push(message) },
    ...options,
  })
  return follower
}

async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Waits until the follower has applied the chain head. */
async function synced(running: Follower): Promise<void> {
  const block = await head()
  await until(() => (running.status().syncedBlock ?? 0) >= block, `the follower applied block ${block}`)
}

async function head(): Promise<number> {
  return Number(await f.clients.publicClient.getBlockNumber({ cacheTime: 0 }))
}

describe('startFollower', () => {
  it('rebuilds the zone from the events and chain state since the deployment block', async () => {
    const alpha = await f.register('alpha')
    await f.as(0).setDnsRecords(alpha, [
      { name: alpha, type: 'A', ttl: 300, data: '192.0.2.1' },
      { name: `_x.${alpha}`, type: 'TXT', ttl: 300, data: 'below' },
    ])
    await f.as(0).setSubnameOwner(alpha, 'www', f.address(0))
    await f.as(0).setDnsRecords(`www.${alpha}`, [{ name: `www.${alpha}`, type: 'CNAME', ttl: 60, data: alpha }])
    const beta = await f.register('beta')
    await f.as(0).setDnsRecords(beta, [{ name: beta, type: 'A', ttl: 300, data: '192.0.2.2' }])
    await f.as(0).transfer(beta, f.address(1))

    const sink = new RecordingSink()
    const running = follow(sink)
    await running.ready
    expect(running.status()).toMatchObject({ ready: true, syncedBlock: await head(), stale: false, names: 3 })
    expect(sink.records(alpha)).toEqual([
      { name: alpha, type: 'A', data: '192.0.2.1' },
      { name: `_x.${alpha}`, type: 'TXT', data: [Buffer.from('below')] },
    ])
    expect(sink.records(`www.${alpha}`)).toEqual([{ name: `www.${alpha}`, type: 'CNAME', data: alpha }])
    expect(sink.records(beta)).toEqual([])
    const { expiry } = await f.as(0).nameInfo(alpha)
    expect(sink.names.get(alpha)).toMatchObject({ expiresAt: expiry + TEST_RULES.gracePeriod, suspended: false })
    expect(sink.serial).toBe(await head())
  })

  it('writes exactly the names new blocks touch, and drops subnames when their parent changes hands', async () => {
    const sink = new RecordingSink()
    const running = follow(sink)
    await running.ready
    const gamma = await f.register('gamma')
    await f.as(0).setDnsRecords(gamma, [{ name: gamma, type: 'A', ttl: 300, data: '192.0.2.3' }])
    await f.as(0).setSubnameOwner(gamma, 'mail', f.address(0))
    await until(() => sink.names.has(`mail.${gamma}`), 'the subname is in the zone')
    await synced(running)
    const serial = sink.serial
    const writesBefore = sink.writes.length
    await f.as(0).transfer(gamma, f.address(2))
    await until(() => !sink.names.has(`mail.${gamma}`), 'the subname is gone')
    await synced(running)
    expect(sink.writes.slice(writesBefore).sort()).toEqual([`remove mail.${gamma}`, `upsert ${gamma}`])
    expect(sink.records(gamma)).toEqual([])
    expect(sink.serial).toBeGreaterThan(serial)
  })

  it("catches up on a holder's own resolver from its first event", async () => {
    const delta = await f.register('delta')
    const receipt = await transact(f.clients, (w) =>
      w.deployContract({
        abi: namesResolverArtifact.abi,
        bytecode: namesResolverArtifact.bytecode,
        args: [f.deployment.registry],
      }),
    )
    const own: Address = getAddress(receipt.contractAddress ?? '0x')
    const sink = new RecordingSink()
    const running = follow(sink)
    await running.ready
    // Records written to the own resolver before the name points at it: the follower has not seen them yet.
    await f.send(0, {
      address: own,
      abi: namesResolverArtifact.abi,
      functionName: 'setDNSRecords',
      args: [
        (await f.as(0).nameInfo(delta)).node,
        encodeDnsRecords([{ name: delta, type: 'A', ttl: 300, data: '192.0.2.44' }]),
      ],
    })
    await f.as(0).setResolver(delta, own)
    await until(() => sink.names.get(delta)?.records.length !== 0, 'the own resolver is read')
    expect(sink.records(delta)).toEqual([{ name: delta, type: 'A', data: '192.0.2.44' }])
  })

  it('loads a name the zone does not hold yet at the newest block, and nothing for unknown or invalid names', async () => {
    const sink = new RecordingSink()
    const running = follow(sink, { pollIntervalMs: 600_000 })
    await running.ready
    const late = await f.register('late')
    await f.as(0).setDnsRecords(late, [{ name: late, type: 'AAAA', ttl: 300, data: '2001:db8::7' }])
    const signal = new AbortController().signal
    const entry = await running.loadMissing(late, signal)
    expect(entry && decodeDnsRecords(bytesToHex(entry.records)).map((r) => r.data)).toEqual(['2001:db8::7'])
    expect(await running.loadMissing('nobody.blockgov.alt', signal)).toBeNull()
    expect(await running.loadMissing('not_a_label.blockgov.alt', signal)).toBeNull()
    expect(sink.names.has(late)).toBe(false)
  })

  it('rebuilds the zone when a reorg goes deeper than the steps it remembers', async () => {
    const sink = new RecordingSink()
    const running = follow(sink, { reorgWindow: 2 })
    await running.ready
    const snapshot = await f.snapshot()
    const doomed = await f.register('doomed')
    // Three steps on the old fork, more than the two the follower remembers.
    for (const last of [66, 67, 68]) {
      await f.as(0).setDnsRecords(doomed, [{ name: doomed, type: 'A', ttl: 300, data: `192.0.2.${last}` }])
      await synced(running)
    }
    const syncedOnOldFork = running.status().syncedBlock ?? 0
    await f.revert(snapshot)
    const survivor = await f.register('survivor')
    // The new fork outgrows the old one, as the winning fork of a reorg does.
    await anvilTestClient(f.clients).mine({ blocks: 8 })
    await until(() => sink.names.has(survivor) && !sink.names.has(doomed), 'the zone follows the new fork')
    expect(running.status().reorgs).toBe(1)
    expect(warnings).toContain('chain reorganised deeper than the reorg window: rebuilding')
    expect(sink.serial).toBeGreaterThan(syncedOnOldFork)
  })
})
