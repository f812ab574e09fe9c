/**
 * DNS benchmark, loopback only and bounded: dnsperf replays one query file against the blockgov gateway (cached
 * answers; batched UDP as deployed, and again on Node's dgram), Knot DNS, bns's authoritative server and a bare
 * Node dgram server, one after the other, in rounds.
 * dnsperf runs on one core and each server on the other; every server gets the same UDP receive buffer.
 * See bench/dns/README.md for the settings and results.
 *
 * Usage: tsx bench/dns/run.ts [--names 1000] [--seconds 8] [--rounds 2] [--outstanding 100]
 *          [--servers gateway,gateway-dgram,knot,bns,bare] [--rcvbuf BYTES]
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createSocket } from 'node:dgram'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import dnsPacket from 'dns-packet'
import { type DnsperfResult, parseDnsperf } from './dnsperf.ts'
import { APEX, benchNames, masterFile, queryFile } from './zone-data.ts'

const LOAD_CPU = '0'
const SERVER_CPU = '1'
const RMEM_DEFAULT = '/proc/sys/net/core/rmem_default'
const root = fileURLToPath(new URL('../..', import.meta.url))
const here = fileURLToPath(new URL('.', import.meta.url))

const { values } = parseArgs({
  options: {
    names: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '2' },
    outstanding: { type: 'string', default: '100' },
    servers: { type: 'string', default: 'gateway,gateway-dgram,knot,bns,bare' },
    rcvbuf: { type: 'string' },
  },
})
const seconds = Number(values.seconds)
const rounds = Number(values.rounds)
const servers = values.servers.split(',')
const originalRmemDefault = Number(readFileSync(RMEM_DEFAULT, 'utf8'))
/** The effective SO_RCVBUF every server gets (what `ss` shows as rb). */
const receiveBuffer = Number(values.rcvbuf ?? originalRmemDefault)

const dir = mkdtempSync(join(tmpdir(), 'blockgov-dns-bench-'))
const names = benchNames(Number(values.names))
const zoneFile = join(dir, `${APEX}.zone`)
const queries = join(dir, 'queries.txt')
writeFileSync(zoneFile, masterFile(names))
writeFileSync(queries, queryFile(names))

interface Running {
  readonly child: ChildProcess
  readonly port: number
}

/** Each server is started pinned to SERVER_CPU and resolves once it answers on its port. */
const starters: Record<string, () => Promise<Running>> = {
  // Linux doubles SO_RCVBUF, so Node is asked for half the effective size.
  gateway: () => gatewayServer('batched'),
  'gateway-dgram': () => gatewayServer('dgram'),
  bns: () => nodeServer([join(here, 'bns-server.mjs'), zoneFile, String(receiveBuffer / 2)], { NODE_BACKEND: 'js' }),
  bare: () => nodeServer([join(here, 'bare-server.mjs'), zoneFile, String(receiveBuffer / 2)]),
  knot: startKnot,
}

/** The gateway with the given UDP I/O ('batched' fails to start when the addon is not built: no silent fallback). */
function gatewayServer(udpIo: 'batched' | 'dgram'): Promise<Running> {
  const args = [join(here, 'gateway-server.ts'), String(names.length), String(receiveBuffer / 2), udpIo]
  return nodeServer(['--import', 'tsx', ...args])
}

async function nodeServer(args: string[], env: Record<string, string> = {}): Promise<Running> {
  const child = spawn('taskset', ['-c', SERVER_CPU, process.execPath, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())))
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
  await waitForAnswer(port)
  return { child, port }
}

/** Knot with one UDP worker, its zone in a temp dir; its threads are re-pinned because Knot sets its own affinity. */
async function startKnot(): Promise<Running> {
  const port = await freePort()
  const config = join(dir, 'knot.conf')
  writeFileSync(
    config,
    [
      'server:',
      `    rundir: ${dir}`,
      `    listen: 127.0.0.1@${port}`,
      '    udp-workers: 1',
      '    tcp-workers: 1',
      '    background-workers: 1',
      'database:',
      `    storage: ${dir}`,
      'log:',
      '  - target: stderr',
      '    any: error',
      'zone:',
      `  - domain: ${APEX}`,
      `    file: ${zoneFile}`,
      '    journal-content: none',
      '    zonefile-sync: -1',
      '',
    ].join('\n'),
  )
  const child = spawn('taskset', ['-c', SERVER_CPU, 'knotd', '-c', config], { stdio: ['ignore', 'ignore', 'inherit'] })
  await waitForAnswer(port)
  if (child.pid !== undefined)
    execFileSync('taskset', ['-a', '-p', '-c', SERVER_CPU, String(child.pid)], { stdio: 'ignore' })
  return { child, port }
}

function freePort(): Promise<number> {
  const socket = createSocket('udp4')
  return new Promise((resolve) =>
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address()
      socket.close(() => resolve(port))
    }),
  )
}

/** Sends an SOA query every 200 ms until one is answered (10 s at most). */
async function waitForAnswer(port: number): Promise<void> {
  const socket = createSocket('udp4')
  const query = dnsPacket.encode({ type: 'query', id: 7, questions: [{ type: 'SOA', name: APEX }] })
  try {
    await new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`no answer on port ${port}`)), 10_000)
      const poll = setInterval(() => socket.send(query, port, '127.0.0.1'), 200)
      socket.once('message', () => {
        clearTimeout(deadline)
        clearInterval(poll)
        resolve()
      })
      socket.send(query, port, '127.0.0.1')
    })
  } finally {
    socket.close()
  }
}

async function stop(running: Running): Promise<void> {
  const exited = new Promise<void>((resolve) => running.child.once('exit', () => resolve()))
  running.child.kill('SIGTERM')
  const timer = setTimeout(() => running.child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/** The receive buffer the kernel actually gave the server's UDP socket. */
function effectiveReceiveBuffer(port: number): number | undefined {
  const out = execFileSync('ss', ['-ulmn', `sport = :${port}`], { encoding: 'utf8' })
  const match = /rb(\d+)/.exec(out)
  return match?.[1] === undefined ? undefined : Number(match[1])
}

function dnsperf(port: number): DnsperfResult {
  const args = ['-c', LOAD_CPU, 'dnsperf', '-s', '127.0.0.1', '-p', String(port), '-d', queries]
  args.push('-l', String(seconds), '-q', values.outstanding, '-t', '2')
  const output = execFileSync('taskset', args, { encoding: 'utf8' })
  const result = parseDnsperf(output)
  if (result === undefined) throw new Error(`dnsperf printed no statistics:\n${output}`)
  return result
}

interface Sample {
  readonly server: string
  readonly round: number
  readonly result: DnsperfResult
  readonly receiveBuffer: number | undefined
  /** Server CPU (user + system, all threads) per answered query, in microseconds. */
  readonly cpuMicrosPerQuery: number
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))

/**
 * CPU seconds a process has used. On this shared 2-core machine throughput swings with other people's load on the
 * load generator's core; CPU per query is the figure that load does not move.
 */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function setRmemDefault(bytes: number): void {
  writeFileSync(RMEM_DEFAULT, String(bytes))
}

async function main(): Promise<void> {
  // Knot has no receive-buffer setting and keeps the kernel default, so for another size the default is raised
  // for the run (root only) and put back afterwards, even on Ctrl-C.
  const changeDefault = receiveBuffer !== originalRmemDefault
  const restore = () => {
    if (changeDefault) setRmemDefault(originalRmemDefault)
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('SIGINT', () => {
    restore()
    process.exit(130)
  })
  if (changeDefault) setRmemDefault(receiveBuffer)
  const samples: Sample[] = []
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const server of servers) {
        const start = starters[server]
        if (start === undefined) throw new Error(`unknown server ${server}`)
        const running = await start()
        try {
          const buffer = effectiveReceiveBuffer(running.port)
          const pid = running.child.pid ?? 0
          const cpuBefore = cpuSeconds(pid)
          const result = dnsperf(running.port)
          const cpuMicrosPerQuery = ((cpuSeconds(pid) - cpuBefore) * 1e6) / Math.max(1, result.completed)
          samples.push({ server, round, result, receiveBuffer: buffer, cpuMicrosPerQuery })
          console.log(
            `round ${round} ${server}: ${result.qps.toFixed(0)} qps, avg ${result.latencyAverageMs.toFixed(3)} ms, ` +
              `lost ${result.lost}, rcodes ${JSON.stringify(result.rcodes)}, rb ${buffer}, ` +
              `server CPU ${cpuMicrosPerQuery.toFixed(1)} µs/query`,
          )
        } finally {
          await stop(running)
        }
      }
    }
  } finally {
    restore()
  }
  report(samples)
}

function report(samples: readonly Sample[]): void {
  const qpsOf = (server: string) => median(samples.filter((s) => s.server === server).map((s) => s.result.qps))
  const cpuOf = (server: string) => median(samples.filter((s) => s.server === server).map((s) => s.cpuMicrosPerQuery))
  console.log(
    `\n${names.length} names, ${names.length * 3} queries in the file, ${seconds} s per run, ${rounds} round(s), ` +
      `${values.outstanding} outstanding, dnsperf on CPU ${LOAD_CPU}, servers on CPU ${SERVER_CPU}, rb ${receiveBuffer}`,
  )
  console.log(
    '| server | median qps | avg latency ms (median) | max latency ms (worst) | lost (total) | server CPU µs/query (median) | qps per CPU core | rb |',
  )
  console.log('|---|---|---|---|---|---|---|---|')
  for (const server of servers) {
    const runs = samples.filter((s) => s.server === server)
    const latency = median(runs.map((s) => s.result.latencyAverageMs))
    const worst = Math.max(...runs.map((s) => s.result.latencyMaxMs))
    const lost = runs.reduce((sum, s) => sum + s.result.lost, 0)
    const rb = runs.map((s) => s.receiveBuffer).join('/')
    const cpu = cpuOf(server)
    console.log(
      `| ${server} | ${qpsOf(server).toFixed(0)} | ${latency.toFixed(3)} | ${worst.toFixed(1)} | ${lost} | ` +
        `${cpu.toFixed(1)} | ${(1e6 / cpu).toFixed(0)} | ${rb} |`,
    )
  }
  if (!servers.includes('gateway')) return
  const gateway = qpsOf('gateway')
  const targets: Record<string, number> = { knot: 0.6, bns: 1.5 }
  for (const baseline of servers.filter((server) => server !== 'gateway')) {
    const target = targets[baseline] ?? 0
    const ratio = gateway / qpsOf(baseline)
    const verdict = target > 0 ? ` (target ≥ ${target}: ${ratio >= target ? 'met' : 'MISSED'})` : ''
    const cpu = cpuOf('gateway') / cpuOf(baseline)
    console.log(
      `gateway / ${baseline}: ${ratio.toFixed(2)}× qps${verdict}; gateway CPU per query ${cpu.toFixed(2)}× ${baseline}'s`,
    )
  }
}

await main()
