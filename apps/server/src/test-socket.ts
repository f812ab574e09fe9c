// Test-only: a real WebSocket client for the live channel, and small helpers shared by the socket tests.

import { PROTOCOL_VERSION, ServerMessage } from '@blockgov/protocol'
import type { FastifyInstance } from 'fastify'
import WebSocket from 'ws'

export type Message = ServerMessage

/** A WebSocket client that records messages and can wait for one matching a predicate. */
export async function connect(baseUrl: string, headers: Record<string, string> = {}) {
  const socket = new WebSocket(`${baseUrl.replace('http', 'ws')}/api/ws`, { headers })
  const received: Message[] = []
  const waiters: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = []
  socket.on('message', (data) => {
    const message = ServerMessage.parse(JSON.parse(String(data)))
    received.push(message)
    for (const w of [...waiters]) {
      if (w.match(message)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(message)
      }
    }
  })
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)))
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  const waitFor = (match: (m: Message) => boolean) =>
    new Promise<Message>((resolve) => {
      const found = received.find(match)
      if (found) resolve(found)
      else waiters.push({ match, resolve })
    })
  const send = (m: unknown) => socket.send(JSON.stringify(m))
  send({ type: 'hello', protocolVersion: PROTOCOL_VERSION })
  await waitFor((m) => m.type === 'welcome')
  return { socket, received, waitFor, send, closed }
}

export const seqsOf = (messages: Message[]) =>
  messages.flatMap((m) => (m.type === 'events' ? m.events.map((e) => e.seq) : []))
export const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 })
  const address = app.server.address()
  if (typeof address !== 'object' || address === null) throw new Error('no address')
  return `http://127.0.0.1:${address.port}`
}
