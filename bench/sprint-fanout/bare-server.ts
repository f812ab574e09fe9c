/**
 * Child process: the ceiling. A bare `ws` server speaking just enough of the blockgov protocol: hello → welcome,
 * subscribe with a token `g<group>:<participantId>` joins that group's room, `card.add` gets a seq, is serialised
 * ONCE and sent to its room (per-group delivery) plus an ack to the sender; the organiser's `phase.extend` (HTTP
 * POST, like the real server) is serialised once and sent to every socket of the session. No storage, no
 * validation, no authorisation, no redaction. Same IPC protocol as server.ts.
 */
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import { PROTOCOL_VERSION } from '@blockgov/protocol'
import { type WebSocket, WebSocketServer } from 'ws'

const rooms = new Map<number, Set<WebSocket>>()
const everyone = new Set<WebSocket>()
let seq = 0

function broadcast(targets: Iterable<WebSocket>, events: unknown[]): void {
  const frame = JSON.stringify({ type: 'events', sessionId: 'bare', events })
  for (const socket of targets) if (socket.readyState === socket.OPEN) socket.send(frame)
}

const http = createServer((request, response) => {
  let body = ''
  request.on('data', (chunk) => {
    body += chunk
  })
  request.on('end', () => {
    const { commandId, command } = JSON.parse(body || '{}') as { commandId: string; command: { minutes?: number } }
    const at = Date.now()
    seq++
    broadcast(everyone, [
      {
        seq,
        at,
        actor: null,
        commandId,
        event: { type: 'phaseExtended', byMs: (command.minutes ?? 1) * 60_000, groupId: null },
      },
    ])
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ commandId, seq }))
  })
})
const wss = new WebSocketServer({ server: http, path: '/api/ws' })
wss.on('connection', (socket) => {
  let room: Set<WebSocket> | undefined
  let author = ''
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      type: string
      token?: string
      commandId?: string
      command?: { cardId: string; kind: string; text: string }
    }
    if (message.type === 'hello') {
      socket.send(
        JSON.stringify({
          type: 'welcome',
          protocolVersion: PROTOCOL_VERSION,
          serverTime: Date.now(),
          heartbeatMs: 30_000,
        }),
      )
    } else if (message.type === 'subscribe') {
      const [group, participantId] = (message.token ?? '').split(':')
      const g = Number((group ?? 'g0').slice(1))
      author = participantId ?? ''
      room = rooms.get(g) ?? new Set()
      rooms.set(g, room)
      room.add(socket)
      everyone.add(socket)
      socket.send(
        JSON.stringify({
          type: 'subscribed',
          sessionId: 'bare',
          viewer: { kind: 'participant', participantId: author },
        }),
      )
    } else if (message.type === 'command' && room && message.command) {
      seq++
      const { cardId, kind, text } = message.command
      const event = {
        type: 'cardAdded',
        cardId,
        designId: 'd',
        kind,
        parentId: null,
        text,
        authorId: author,
        anonymous: false,
      }
      broadcast(room, [
        {
          seq,
          at: Date.now(),
          actor: { kind: 'participant', participantId: author },
          commandId: message.commandId,
          event,
        },
      ])
      socket.send(JSON.stringify({ type: 'ack', commandId: message.commandId, seq }))
    }
  })
  socket.on('close', () => {
    room?.delete(socket)
    everyone.delete(socket)
  })
})
http.listen(0, '127.0.0.1', () => {
  const address = http.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  process.send?.({
    type: 'ready',
    url: `http://127.0.0.1:${port}`,
    email: '',
    password: randomUUID(),
    startMs: 0,
    database: 'none',
  })
})
process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    process.send?.({
      type: 'stats',
      cpu: process.cpuUsage(),
      rss: process.memoryUsage().rss,
      wallMs: performance.now(),
    })
  } else if (message.type === 'stop') {
    for (const socket of everyone) socket.terminate()
    wss.close()
    http.close()
    process.exit(0)
  }
})
process.on('disconnect', () => process.exit(0))
