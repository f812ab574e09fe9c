/**
 * The gateway's chain paths against anvil, loopback only and bounded: how long a query waits when it misses the
 * zone and the gateway reads the name from the chain (cold miss), and how long an on-chain record change takes to
 * show in answers (follower poll + re-read). Warm answers from the same gateway are the baseline.
 * See bench/dns/README.md for the results.
 *
 * Usage: npx tsx bench/dns/chain-latency.ts [--names 200] [--changes 20] [--polls 100,1000] [--confirmed-changes 5]
 */
import { createSocket } from 'node:dgram'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
// apps/dns/src/index.ts does not export startChainGateway yet; import it from '@blockgov/dns' once it does.
import { startChainGateway, startGateway, Zone } from '@blockgov/dns'
import {
  type Anvil,
  anvilAccount,
  anvilTestClient,
  ChainClock,
  connectChain,
  createNamesClient,
  demoDeployOptions,
  deployNames,
  type NamesClient,
  type NamesDeployment,
  startAnvil,
  startFollower,
} from '@blockgov/names'
import dnsPacket from 'dns-packet'
import { type Summary, summarise } from '../sprint-fanout/stats.ts'

const { values } = parseArgs({
  options: {
    names: { type: 'string', default: '200' },
    changes: { type: 'string', default: '20' },
    polls: { type: 'string', default: '100,1000' },
    'confirmed-changes': { type: 'string', default: '5' },
  },
})
const nameCount = Number(values.names)
const changes = Number(values.changes)
const polls = values.polls.split(',').map(Number)
const confirmedChanges = Number(values['confirmed-changes'])
/** One query's wait is bounded: a lost UDP answer must not stall the run. */
const QUERY_TIMEOUT_MS = 3_000
/** How often the change probe asks the gateway while it waits for the new answer. */
const PROBE_INTERVAL_MS = 2

interface Chain {
  readonly anvil: Anvil
  readonly deployment: NamesDeployment
  readonly names: NamesClient
}

async function startChain(blockTime?: number): Promise<Chain> {
  const anvil = await startAnvil({ blockTime })
  const clients = await connectChain({ rpcUrl: anvil.rpcUrl, account: anvilAccount(0), pollingIntervalMs: 20 })
  const deployment = await deployNames(clients, demoDeployOptions())
  return { anvil, deployment, names: createNamesClient(clients, deployment) }
}

/** Registers `count` names with one A record each: all commitments, one clock jump, then the registrations. */
async function registerNames(chain: Chain, count: number): Promise<string[]> {
  const { names } = chain
  const labels = Array.from({ length: count }, (_, i) => `bench-${i}`)
  const commitments = []
  for (const label of labels) commitments.push(await names.commit(names.nameFor(label)))
  const test = anvilTestClient(await connectChain({ rpcUrl: chain.anvil.rpcUrl }))
  await test.increaseTime({ seconds: 120 })
  await test.mine({ blocks: 1 })
  for (const [i, commitment] of commitments.entries()) {
    await names.register(commitment, { duration: 365 * 86_400 })
    const name = commitment.name
    await names.setDnsRecords(name, [{ name, type: 'A', ttl: 300, data: `192.0.2.${i % 250}` }])
  }
  return commitments.map((c) => c.name)
}

/** One UDP client socket; `ask` sends a query and resolves with the decoded reply and its round trip in ms. */
async function udpClient(port: number) {
  const socket = createSocket('udp4')
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()))
  const waiting = new Map<number, (reply: dnsPacket.DecodedPacket) => void>()
  socket.on('message', (message) => {
    const reply = dnsPacket.decode(message)
    waiting.get(reply.id ?? -1)?.(reply)
  })
  let nextId = 1
  return {
    ask(name: string): Promise<{ reply: dnsPacket.DecodedPacket; ms: number }> {
      const id = nextId++ & 0xffff
      const started = performance.now()
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(id)
          reject(new Error(`no answer for ${name} within ${QUERY_TIMEOUT_MS} ms`))
        }, QUERY_TIMEOUT_MS)
        waiting.set(id, (reply) => {
          clearTimeout(timer)
          waiting.delete(id)
          resolve({ reply, ms: performance.now() - started })
        })
        socket.send(dnsPacket.encode({ type: 'query', id, questions: [{ type: 'A', name }] }), port, '127.0.0.1')
      })
    },
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  }
}

function firstA(reply: dnsPacket.DecodedPacket): string | undefined {
  const answer = reply.answers?.find((a) => a.type === 'A')
  return answer?.type === 'A' ? answer.data : undefined
}

/** Cold misses: a gateway with an empty zone whose misses go to the follower's chain read. */
async function coldMisses(chain: Chain, names: readonly string[]) {
  const follower = startFollower({
    rpcUrl: chain.anvil.rpcUrl,
    deployment: chain.deployment,
    sink: new Zone({ apex: chain.deployment.rootName }),
    pollIntervalMs: 3_600_000,
  })
  await follower.ready
  const clock = new ChainClock()
  const zone = new Zone({ apex: chain.deployment.rootName, now: clock.now })
  const gateway = await startGateway({
    zone,
    port: 0,
    rateLimit: false,
    missingNames: { load: follower.loadMissing, timeoutMs: 2_000 },
  })
  const client = await udpClient(gateway.port)
  const cold: number[] = []
  const absent: number[] = []
  const warm: number[] = []
  let wrong = 0
  for (const [i, name] of names.entries()) {
    const { reply, ms } = await client.ask(name)
    if (firstA(reply) !== `192.0.2.${i % 250}`) wrong++
    cold.push(ms)
    absent.push((await client.ask(`missing-${i}.${chain.deployment.rootName}`)).ms)
  }
  for (const name of names) warm.push((await client.ask(name)).ms)
  await client.close()
  await gateway.stop()
  await follower.stop()
  return { cold: summarise(cold), absent: summarise(absent), warm: summarise(warm), wrong }
}

/** Record change → new answer, measured from the mined transaction's receipt, `count` times. */
async function changeToAnswer(
  chain: Chain,
  name: string,
  options: { pollIntervalMs: number; confirmations: number; count: number },
) {
  const gateway = await startChainGateway({
    rpcUrl: chain.anvil.rpcUrl,
    deployment: chain.deployment,
    port: 0,
    confirmations: options.confirmations,
    pollIntervalMs: options.pollIntervalMs,
    gateway: { rateLimit: false },
  })
  await gateway.follower.ready
  const client = await udpClient(gateway.gateway.port)
  const samples: number[] = []
  for (let i = 1; i <= options.count; i++) {
    // A random pause, so changes land at random points of the poll cycle.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * options.pollIntervalMs))
    const value = `198.51.100.${i}`
    await chain.names.setDnsRecords(name, [{ name, type: 'A', ttl: 300, data: value }])
    const mined = performance.now()
    while (firstA((await client.ask(name)).reply) !== value) {
      await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS))
    }
    samples.push(performance.now() - mined)
  }
  await client.close()
  await gateway.stop()
  return summarise(samples)
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0))
const row = (label: string, s: Summary) => `| ${label} | ${s.count} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.max)} |`

const automine = await startChain()
const lines: string[] = []
try {
  const names = await registerNames(automine, nameCount)
  const misses = await coldMisses(automine, names)
  if (misses.wrong > 0) throw new Error(`${misses.wrong} cold answers were wrong`)
  lines.push(
    `Cold misses (${nameCount} registered names, anvil on loopback, one query at a time):`,
    '',
    '| query | count | p50 ms | p99 ms | max ms |',
    '|---|---:|---:|---:|---:|',
    row('cold miss, registered name (chain read, then answer)', misses.cold),
    row('cold miss, unregistered name (chain read, NXDOMAIN)', misses.absent),
    row('warm (cached answer), baseline', misses.warm),
    '',
    'Record change → new answer (from the receipt of the mined change):',
    '',
    '| chain, follower | count | p50 ms | p99 ms | max ms |',
    '|---|---:|---:|---:|---:|',
  )
  for (const pollIntervalMs of polls) {
    const changed = await changeToAnswer(automine, names[0] ?? '', { pollIntervalMs, confirmations: 0, count: changes })
    lines.push(row(`automine, 0 confirmations, poll ${pollIntervalMs} ms`, changed))
  }
} finally {
  await automine.anvil.stop()
}
if (confirmedChanges > 0) {
  const timed = await startChain(1)
  try {
    const [name] = await registerNames(timed, 1)
    const changed = await changeToAnswer(timed, name ?? '', {
      pollIntervalMs: 250,
      confirmations: 2,
      count: confirmedChanges,
    })
    lines.push(row('1 s blocks, 2 confirmations, poll 250 ms', changed))
  } finally {
    await timed.anvil.stop()
  }
}
process.stdout.write(`${lines.join('\n')}\n`)
