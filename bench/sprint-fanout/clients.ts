/**
 * Child process: the simulated participants. Opens one WebSocket per participant to /api/ws (hello, subscribe),
 * then sends `card.add` commands at a steady total rate from the participants in turn, while the organiser
 * extends the phase over HTTP every few seconds (session-wide events). Every card text carries its send time, so
 * latency is send → receive per delivery, on one clock (this process).
 *
 * To keep this process from being the bottleneck, only "probe" clients (the first `probesPerGroup` members of each
 * group) parse the messages they receive and record latencies; the others only classify each frame by its first
 * bytes (events / ack / rejected) and count it. Each `events` frame of these runs carries one event.
 *
 * IPC: ← {type:'start', …}  → {type:'connected', …}  ← {type:'go'}  → {type:'progress', …}  → {type:'done', …}
 */
import { randomUUID } from 'node:crypto'
import { PROTOCOL_VERSION } from '@blockgov/protocol'
import WebSocket from 'ws'
import { type Summary, summarise } from './stats.ts'

export interface ClientSpec {
  readonly token: string
  readonly group: number
}
export interface StartMessage {
  readonly type: 'start'
  readonly url: string
  readonly sessionId: string
  readonly sinceSeq: number
  readonly clients: readonly ClientSpec[]
  readonly rate: number
  readonly seconds: number
  readonly organiserCookie: string
  readonly extendEveryMs: number
  readonly probesPerGroup: number
  readonly stopAtP99Ms: number
}
export interface DoneMessage {
  readonly type: 'done'
  readonly connected: number
  readonly connectMs: number
  readonly loadMs: number
  readonly sent: number
  readonly acked: number
  /** Acks and deliveries counted by the end of the load window (rates use these; latencies include the drain). */
  readonly ackedInLoad: number
  readonly deliveriesInLoad: number
  readonly rejected: number
  readonly rejectCodes: Record<string, number>
  readonly deliveries: number
  readonly cards: Summary
  readonly extends: Summary
  readonly probes: number
  readonly probeCardDeliveries: number
  readonly stoppedEarly: string | null
  readonly clientCpuMs: number
}

const now = () => performance.timeOrigin + performance.now()
const EVENTS = Buffer.from('{"type":"events"')
const ACK = Buffer.from('{"type":"ack"')

async function run(start: StartMessage): Promise<void> {
  const wsUrl = `${start.url.replace(/^http/, 'ws')}/api/ws`
  const sockets: WebSocket[] = []
  const probeSeen = new Map<number, number>()
  const cardLatency: number[] = []
  const extendLatency: number[] = []
  const extendSent = new Map<string, number>()
  const recent: number[] = [] // latencies of the last second, for the early stop
  let deliveries = 0
  let acked = 0
  let rejected = 0
  let probeCardDeliveries = 0
  const rejectCodes: Record<string, number> = {}
  let measuring = false

  const onProbe = (data: Buffer) => {
    const message = JSON.parse(data.toString('utf8')) as {
      type: string
      events?: { commandId: string | null; event: { type: string; text?: string } }[]
      error?: { code: string }
    }
    if (message.type === 'events') {
      const t = now()
      for (const e of message.events ?? []) {
        deliveries++
        if (e.event.type === 'cardAdded' && e.event.text?.startsWith('bench t=')) {
          probeCardDeliveries++
          const latency = t - Number(e.event.text.slice(8))
          cardLatency.push(latency)
          recent.push(latency)
        } else if (e.event.type === 'phaseExtended' && e.commandId !== null) {
          const sentAt = extendSent.get(e.commandId)
          if (sentAt !== undefined) extendLatency.push(t - sentAt)
        }
      }
    } else if (message.type === 'ack') acked++
    else if (message.type === 'rejected') {
      rejected++
      const code = message.error?.code ?? '?'
      rejectCodes[code] = (rejectCodes[code] ?? 0) + 1
    }
  }
  const onOther = (data: Buffer) => {
    if (data.subarray(0, EVENTS.length).equals(EVENTS)) deliveries++
    else if (data.subarray(0, ACK.length).equals(ACK)) acked++
    else if (data.includes('"rejected"')) {
      rejected++
      const code = /"code":"([A-Z_]+)"/.exec(data.toString('utf8'))?.[1] ?? '?'
      rejectCodes[code] = (rejectCodes[code] ?? 0) + 1
    }
  }

  // Connect: hello → welcome → subscribe → subscribed, at most 64 handshakes in flight.
  const t0 = now()
  const perGroup = new Map<number, number>()
  let next = 0
  let connected = 0
  const connectOne = (spec: ClientSpec) =>
    new Promise<void>((resolve) => {
      const seen = perGroup.get(spec.group) ?? 0
      perGroup.set(spec.group, seen + 1)
      const probe = seen < start.probesPerGroup
      const socket = new WebSocket(wsUrl, { perMessageDeflate: false })
      let ready = false
      const timer = setTimeout(() => {
        if (!ready) resolve()
      }, 60_000)
      socket.on('open', () => socket.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION })))
      socket.on('error', () => resolve())
      socket.on('message', (data: Buffer) => {
        if (ready) {
          if (!measuring) return
          return probe ? onProbe(data) : onOther(data)
        }
        const text = data.toString('utf8')
        if (text.startsWith('{"type":"welcome"')) {
          socket.send(
            JSON.stringify({
              type: 'subscribe',
              sessionId: start.sessionId,
              sinceSeq: start.sinceSeq,
              token: spec.token,
            }),
          )
        } else if (text.startsWith('{"type":"subscribed"')) {
          ready = true
          connected++
          if (probe) probeSeen.set(sockets.length, 0)
          sockets.push(socket)
          clearTimeout(timer)
          resolve()
        } else if (text.startsWith('{"type":"error"')) {
          console.error(`subscribe failed: ${text}`)
          clearTimeout(timer)
          resolve()
        }
      })
    })
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      while (next < start.clients.length) {
        const spec = start.clients[next++]
        if (spec) await connectOne(spec)
      }
    }),
  )
  const connectMs = now() - t0
  process.send?.({ type: 'connected', connected, connectMs })
  await new Promise<void>((resolve) => process.once('message', () => resolve()))

  // Load.
  measuring = true
  const cpu0 = process.cpuUsage()
  const loadStart = now()
  let sent = 0
  let turn = 0
  let stoppedEarly: string | null = null
  const sendCard = () => {
    const socket = sockets[turn++ % sockets.length]
    if (!socket || socket.readyState !== WebSocket.OPEN) return
    const cardId = randomUUID()
    socket.send(
      JSON.stringify({
        type: 'command',
        sessionId: start.sessionId,
        commandId: randomUUID(),
        command: { type: 'card.add', cardId, kind: 'topic', text: `bench t=${now().toFixed(3)}` },
      }),
    )
    sent++
  }
  const extend = async () => {
    const commandId = randomUUID()
    extendSent.set(commandId, now())
    await fetch(`${start.url}/api/sessions/${start.sessionId}/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: start.organiserCookie },
      body: JSON.stringify({ commandId, command: { type: 'phase.extend', minutes: 1 } }),
    }).catch(() => {})
  }
  await new Promise<void>((resolve) => {
    const ticker = setInterval(() => {
      const elapsed = (now() - loadStart) / 1000
      if (elapsed >= start.seconds) {
        clearInterval(ticker)
        clearInterval(extender)
        clearInterval(watchdog)
        return resolve()
      }
      const due = Math.floor(elapsed * start.rate) - sent
      for (let i = 0; i < Math.min(due, start.rate); i++) sendCard()
    }, 10)
    const extender = setInterval(() => void extend(), start.extendEveryMs)
    const watchdog = setInterval(() => {
      const window = summarise(recent.splice(0))
      const outstanding = sent - acked - rejected
      process.send?.({
        type: 'progress',
        elapsed: (now() - loadStart) / 1000,
        sent,
        acked,
        deliveries,
        p99: window.p99,
      })
      if (window.p99 > start.stopAtP99Ms) stoppedEarly = `p99 over the last second was ${Math.round(window.p99)} ms`
      else if (outstanding > start.rate * 10) stoppedEarly = `${outstanding} commands unanswered`
      if (stoppedEarly !== null) {
        clearInterval(ticker)
        clearInterval(extender)
        clearInterval(watchdog)
        resolve()
      }
    }, 1000)
  })
  const loadMs = now() - loadStart
  const [ackedInLoad, deliveriesInLoad] = [acked, deliveries]
  // Drain: up to 3 s for in-flight deliveries; whatever arrives later is not counted.
  await new Promise((resolve) => setTimeout(resolve, 3000))
  measuring = false
  const cpu = process.cpuUsage(cpu0)
  for (const socket of sockets) socket.terminate()
  const done: DoneMessage = {
    type: 'done',
    connected,
    connectMs,
    loadMs,
    sent,
    acked,
    ackedInLoad,
    deliveriesInLoad,
    rejected,
    rejectCodes,
    deliveries,
    cards: summarise(cardLatency),
    extends: summarise(extendLatency),
    probes: probeSeen.size,
    probeCardDeliveries,
    stoppedEarly,
    clientCpuMs: (cpu.user + cpu.system) / 1000,
  }
  process.send?.(done)
}

process.once('message', (message: StartMessage) => {
  run(message).then(
    () => process.disconnect(),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    },
  )
})
