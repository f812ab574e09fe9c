import type { Database } from '@blockgov/db'
import { openTestDatabase } from '@blockgov/db/testing'
import { CloseCode, PROTOCOL_VERSION, ServerMessage } from '@blockgov/protocol'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { testApp } from '../test-support.ts'

/** A real client over loopback that records what the server sends and how it closes. */
function connect(url: string, options: WebSocket.ClientOptions = {}) {
  const socket = new WebSocket(url, options)
  const messages: ServerMessage[] = []
  const waiters: (() => void)[] = []
  socket.on('message', (data) => {
    messages.push(ServerMessage.parse(JSON.parse(String(data))))
    for (const wake of waiters.splice(0)) wake()
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
  })
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  const nextMessage = async (): Promise<ServerMessage> => {
    while (messages.length === 0) await new Promise<void>((wake) => waiters.push(wake))
    const message = messages.shift()
    if (message === undefined) throw new Error('unreachable')
    return message
  }
  return { socket, opened, closed, nextMessage, send: (m: unknown) => socket.send(JSON.stringify(m)) }
}

describe('GET /api/ws', () => {
  let database: Database
  let app: FastifyInstance
  let url: string

  beforeAll(async () => {
    database = await openTestDatabase('pglite')
    app = await testApp(database, { WS_HEARTBEAT_MS: '1000' })
    await app.listen({ host: '127.0.0.1', port: 0 })
    const address = app.server.address()
    if (typeof address !== 'object' || address === null) throw new Error('no address')
    url = `ws://127.0.0.1:${address.port}/api/ws`
  })
  afterAll(async () => {
    await app.close()
    await database.close()
  })

  it('performs the hello/welcome handshake and answers pings with the server time', async () => {
    const client = connect(url)
    await client.opened
    client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION })
    const welcome = await client.nextMessage()
    expect(welcome).toMatchObject({ type: 'welcome', protocolVersion: PROTOCOL_VERSION, heartbeatMs: 1000 })
    client.send({ type: 'ping', id: 'p1' })
    const pong = await client.nextMessage()
    expect(pong.type === 'pong' && pong.id).toBe('p1')
    expect(pong.type === 'pong' && Math.abs(pong.serverTime - Date.now())).toBeLessThan(60_000)
    client.socket.close(CloseCode.NORMAL)
    expect((await client.closed).code).toBe(CloseCode.NORMAL)
  })

  it('refuses a client speaking another protocol version', async () => {
    const client = connect(url)
    await client.opened
    client.send({ type: 'hello', protocolVersion: 999 })
    expect(await client.nextMessage()).toMatchObject({ type: 'error', error: { code: 'PROTOCOL_VERSION_MISMATCH' } })
    expect(await client.closed).toEqual({ code: CloseCode.PROTOCOL_MISMATCH, reason: 'PROTOCOL_VERSION_MISMATCH' })
  })

  it('closes a connection that never says hello', async () => {
    const client = connect(url)
    await client.opened
    expect(await client.nextMessage()).toMatchObject({ type: 'error', error: { code: 'HANDSHAKE_TIMEOUT' } })
    expect((await client.closed).code).toBe(CloseCode.HANDSHAKE_TIMEOUT)
  })

  it('drops a client that stops answering heartbeats', async () => {
    const client = connect(url, { autoPong: false })
    await client.opened
    client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION })
    await client.nextMessage()
    const { code } = await client.closed
    // Either our close frame arrives (4003) or the socket is terminated first (1006: no close frame).
    expect([CloseCode.HEARTBEAT_TIMEOUT, 1006]).toContain(code)
  })

  it('keeps a responsive client connected across several heartbeats', async () => {
    const client = connect(url)
    await client.opened
    client.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION })
    await client.nextMessage()
    await new Promise((resolve) => setTimeout(resolve, 3_500))
    expect(client.socket.readyState).toBe(WebSocket.OPEN)
    client.socket.close(CloseCode.NORMAL)
    await client.closed
  })

  it('closes on an oversize frame', async () => {
    const client = connect(url)
    await client.opened
    client.send({ type: 'ping', id: 'x'.repeat(70 * 1024) })
    expect((await client.closed).code).toBe(1009) // RFC 6455 "message too big"
  })
})
