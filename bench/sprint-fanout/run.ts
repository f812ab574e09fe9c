/**
 * Live fan-out measurement (not a test): real blockgov server vs a bare `ws` ceiling, each in its own child
 * process, clients in a third. Loopback only, bounded in clients and time, stops by itself.
 *
 *   npx tsx bench/sprint-fanout/run.ts [--participants 1000[,5000]] [--rate 500] [--seconds 20]
 *                                      [--servers product,bare] [--probes 2] [--profile DIR]
 */
import { type ChildProcess, fork } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { request } from 'node:http'
import { fileURLToPath } from 'node:url'
import type { ClientSpec, DoneMessage, StartMessage } from './clients.ts'

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))
function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name)
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const sizes = arg('--participants', '1000').split(',').map(Number)
const rate = Number(arg('--rate', '500'))
const seconds = Number(arg('--seconds', '20'))
const servers = arg('--servers', 'product,bare').split(',') as ('product' | 'bare')[]
const probesPerGroup = Number(arg('--probes', '2'))
const GROUP_SIZE = 50

interface Ready {
  type: 'ready'
  url: string
  email: string
  password: string
  startMs: number
  database: string
}
interface Stats {
  type: 'stats'
  cpu: NodeJS.CpuUsage
  rss: number
  wallMs: number
}

function waitFor<T>(child: ChildProcess, type: string, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', on)
      reject(new Error(`no ${type} within ${timeoutMs} ms`))
    }, timeoutMs)
    const on = (m: { type: string }) => {
      if (m.type !== type) return
      clearTimeout(timer)
      child.off('message', on)
      resolve(m as T)
    }
    child.on('message', on)
  })
}

interface HttpResult {
  status: number
  json: unknown
  setCookie: string[]
}
/** One HTTP call; `localAddress` spreads joins over loopback addresses (127.1.x.y), each under the route limit. */
function http(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  options: { cookie?: string; localAddress?: string } = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body)
    const req = request(
      `${base}${path}`,
      {
        method,
        localAddress: options.localAddress,
        headers: {
          ...(data === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
      (res) => {
        let text = ''
        res.on('data', (c) => {
          text += c
        })
        res.on('end', () => {
          const raw = res.headers['set-cookie']
          resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : null, setCookie: raw ?? [] })
        })
      },
    )
    req.on('error', reject)
    req.end(data)
  })
}

function must(result: HttpResult, expected: number, what: string): Record<string, unknown> {
  if (result.status !== expected) throw new Error(`${what}: HTTP ${result.status} ${JSON.stringify(result.json)}`)
  return result.json as Record<string, unknown>
}

/** Organiser signs in, creates a session, N participants join over HTTP, groups are formed, brainstorm starts. */
async function setupProduct(url: string, ready: Ready, n: number) {
  const login = await http(url, 'POST', '/api/auth/login', { email: ready.email, password: ready.password })
  must(login, 200, 'login')
  const cookie = login.setCookie.map((c) => c.split(';')[0]).join('; ')
  const session = must(await http(url, 'POST', '/api/sessions', { title: `Bench ${n}` }, { cookie }), 201, 'session')
  const sessionId = String(session.id)
  const t0 = performance.now()
  const tokens = new Map<string, string>()
  let next = 0
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < n) {
        const i = next++
        const k = Math.floor(i / 15) + 1 // 15 joins per source address, under the 20/min route limit
        const localAddress = `127.1.${k >> 8}.${k & 255}`
        const r = Math.random()
        const profile = {
          ...(r < 0.38
            ? { gender: { value: 'woman', consent: true } }
            : r < 0.85
              ? { gender: { value: 'man', consent: true } }
              : {}),
          stakeholder: {
            value: ['government', 'private-sector', 'civil-society', 'technical-community', 'academia'][i % 5],
            consent: true,
          },
        }
        const body = { code: session.code, displayName: `P${i}`, presence: i % 12 === 0 ? 'online' : 'room', profile }
        const joined = must(await http(url, 'POST', '/api/join', body, { localAddress }), 201, `join ${i}`)
        tokens.set(String(joined.participantId), String(joined.token))
      }
    }),
  )
  const joinMs = performance.now() - t0
  const command = async (c: unknown) =>
    must(
      await http(
        url,
        'POST',
        `/api/sessions/${sessionId}/commands`,
        { commandId: randomUUID(), command: c },
        { cookie },
      ),
      200,
      JSON.stringify(c),
    )
  const t1 = performance.now()
  await command({ type: 'groups.form', size: { targetSize: GROUP_SIZE }, online: 'spread' })
  const formMs = performance.now() - t1
  const started = await command({ type: 'phase.start', index: 2 })
  const log = must(
    await http(url, 'GET', `/api/sessions/${sessionId}/events?since=0`, undefined, { cookie }),
    200,
    'events',
  )
  const events = log.events as { seq: number; event: { type: string; groups?: { members: string[] }[] } }[]
  const formed = events.find((e) => e.event.type === 'groupsFormed')?.event.groups ?? []
  const clients: ClientSpec[] = []
  formed.forEach((g, group) => {
    for (const id of g.members) {
      const token = tokens.get(id)
      if (token) clients.push({ token, group })
    }
  })
  return { sessionId, cookie, clients, sinceSeq: Number(started.seq), joinMs, formMs, groups: formed.length }
}

function setupBare(n: number) {
  const groups = Math.max(1, Math.round(n / GROUP_SIZE))
  const clients = Array.from({ length: n }, (_, i) => ({ token: `g${i % groups}:p${i}`, group: i % groups }))
  return { sessionId: randomUUID(), cookie: '', clients, sinceSeq: 0, joinMs: 0, formMs: 0, groups }
}

interface Row {
  kind: string
  n: number
  groups: number
  done: DoneMessage
  serverCpuPct: number
  serverRssMb: number
  serverPeakRssMb: number
  clientCpuPct: number
  setup: string
}

async function scenario(kind: 'product' | 'bare', n: number): Promise<Row> {
  // --profile DIR: V8 CPU profile of the server process, written when it exits.
  const profile = process.argv.includes('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${arg('--profile', '.')}`] : []
  const server = fork(here(kind === 'product' ? './server.ts' : './bare-server.ts'), [], {
    stdio: 'inherit',
    execArgv: [...process.execArgv, ...profile],
  })
  let clients: ChildProcess | undefined
  try {
    const ready = await waitFor<Ready>(server, 'ready', 180_000)
    const ts = performance.now()
    const setup = kind === 'product' ? await setupProduct(ready.url, ready, n) : setupBare(n)
    const setupNote =
      kind === 'product'
        ? `${ready.database} start ${(ready.startMs / 1000).toFixed(1)} s, ${n} joins ${(setup.joinMs / 1000).toFixed(1)} s (${Math.round((n * 1000) / setup.joinMs)}/s), groups.form ${Math.round(setup.formMs)} ms`
        : 'no storage'
    console.log(
      `[${kind} ${n}] ready: ${setupNote}, ${setup.groups} groups, setup ${((performance.now() - ts) / 1000).toFixed(1)} s`,
    )
    clients = fork(here('./clients.ts'), [], { stdio: 'inherit' })
    const start: StartMessage = {
      type: 'start',
      url: ready.url,
      sessionId: setup.sessionId,
      sinceSeq: setup.sinceSeq,
      clients: setup.clients,
      rate,
      seconds,
      organiserCookie: setup.cookie,
      extendEveryMs: 3000,
      probesPerGroup,
      stopAtP99Ms: 5000,
    }
    clients.send(start)
    const connected = await waitFor<{ connected: number; connectMs: number }>(clients, 'connected', 300_000)
    console.log(
      `[${kind} ${n}] ${connected.connected} clients subscribed in ${(connected.connectMs / 1000).toFixed(1)} s`,
    )
    const stats = async () => {
      const reply = waitFor<Stats>(server, 'stats', 10_000)
      server.send({ type: 'stats' })
      return reply
    }
    const before = await stats()
    let peakRss = before.rss
    const sampler = setInterval(() => {
      stats().then(
        (s) => {
          peakRss = Math.max(peakRss, s.rss)
        },
        () => {},
      )
    }, 1000)
    clients.on(
      'message',
      (m: { type: string; elapsed?: number; sent?: number; acked?: number; deliveries?: number; p99?: number }) => {
        if (m.type === 'progress') {
          console.log(
            `  t=${m.elapsed?.toFixed(0)}s sent=${m.sent} acked=${m.acked} deliveries=${m.deliveries} p99(last s)=${Number.isNaN(m.p99) ? '-' : Math.round(m.p99 ?? 0)} ms`,
          )
        }
      },
    )
    const donePromise = waitFor<DoneMessage>(clients, 'done', (seconds + 120) * 1000)
    clients.send({ type: 'go' })
    const done = await donePromise
    clearInterval(sampler)
    const after = await stats()
    const wall = after.wallMs - before.wallMs
    const cpuMs = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000
    return {
      kind,
      n,
      groups: setup.groups,
      done,
      serverCpuPct: (100 * cpuMs) / wall,
      serverRssMb: after.rss / 2 ** 20,
      serverPeakRssMb: Math.max(peakRss, after.rss) / 2 ** 20,
      clientCpuPct: (100 * done.clientCpuMs) / (done.loadMs + 3000),
      setup: setupNote,
    }
  } finally {
    if (clients?.connected) clients.disconnect()
    if (server.connected) {
      const exited = new Promise((resolve) => server.once('exit', resolve))
      server.send({ type: 'stop' })
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))])
    }
    if (server.exitCode === null) server.kill('SIGKILL')
    if (clients && clients.exitCode === null) clients.kill('SIGKILL')
  }
}

const ms = (x: number | null) =>
  x === null || Number.isNaN(x) ? '-' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`
console.log(
  `sprint fan-out — node ${process.version}, ${new Date().toISOString()}, rate ${rate} card.add/s, ${seconds} s per scenario`,
)
const rows: Row[] = []
for (const n of sizes) {
  for (const kind of servers) {
    try {
      rows.push(await scenario(kind, n))
    } catch (error) {
      console.error(`[${kind} ${n}] failed: ${(error as Error).message}`)
    }
  }
}
const table = [
  [
    'server',
    'clients',
    'groups',
    'load s',
    'sent/s',
    'accepted/s',
    'rejected',
    'deliveries/s',
    'deliv./expected',
    'card p50',
    'card p99',
    'card max',
    'extend p99',
    'srv CPU',
    'srv RSS',
    'cli CPU',
    'stopped early',
  ],
]
for (const r of rows) {
  const d = r.done
  const s = d.loadMs / 1000
  // Both servers deliver a card to the people of its group only (the product since protocol 2).
  const perClient = d.connected / r.groups
  const expected = d.acked * perClient // deliveries (incl. drain) ÷ accepted cards × recipients; extends add a little
  table.push([
    r.kind,
    String(d.connected),
    String(r.groups),
    s.toFixed(1),
    (d.sent / s).toFixed(0),
    (d.ackedInLoad / s).toFixed(0),
    d.rejected === 0 ? '0' : `${d.rejected} ${Object.keys(d.rejectCodes).join(',')}`,
    (d.deliveriesInLoad / s).toFixed(0),
    expected === 0 ? '-' : `${Math.min(999, (100 * d.deliveries) / expected).toFixed(0)}%`,
    ms(d.cards.p50),
    ms(d.cards.p99),
    ms(d.cards.max),
    ms(d.extends.p99),
    `${r.serverCpuPct.toFixed(0)}%`,
    `${r.serverRssMb.toFixed(0)} MB (peak ${r.serverPeakRssMb.toFixed(0)})`,
    `${r.clientCpuPct.toFixed(0)}%`,
    d.stoppedEarly ?? 'no',
  ])
}
const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length))) ?? []
console.log('')
for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '))
for (const n of sizes) {
  const p = rows.find((r) => r.kind === 'product' && r.n === n)
  const b = rows.find((r) => r.kind === 'bare' && r.n === n)
  if (p && b) {
    const ratio = (x: number, y: number) => (y > 0 ? `${(x / y).toFixed(2)}×` : '-')
    console.log(
      `${n} clients, product ÷ bare: accepted/s ${ratio(p.done.ackedInLoad / p.done.loadMs, b.done.ackedInLoad / b.done.loadMs)}, deliveries/s ${ratio(p.done.deliveriesInLoad / p.done.loadMs, b.done.deliveriesInLoad / b.done.loadMs)}, card p99 ${ratio(p.done.cards.p99, b.done.cards.p99)}`,
    )
  }
}
console.log(
  `latency = send → receive of each card.add on probe clients (${probesPerGroup} per group, same clock); extend = organiser HTTP send → receive`,
)
process.exit(0)
