import { createServer, type Server, type Socket } from 'node:net'
import type { QueryHandler } from './query-handler.ts'

export interface TcpOptions {
  readonly host: string
  readonly port: number
  readonly handler: QueryHandler
  /** Idle connections are closed after this long (RFC 7766 §6.2.3 suggests seconds, not minutes). */
  readonly idleTimeoutMs?: number
  readonly maxConnections?: number
}

/** A bound TCP listener. */
export interface TcpListener {
  readonly server: Server
  /** Stops accepting and closes every open connection. */
  close(): Promise<void>
}

/**
 * DNS over TCP (RFC 7766): two-byte length framing, any number of queries per connection, answered as they
 * complete (pipelining; replies may come out of order, which §6.2.1.1 allows), and an idle timeout.
 */
export async function listenTcp(options: TcpOptions): Promise<TcpListener> {
  const connections = new Set<Socket>()
  const server = createServer((socket) => {
    connections.add(socket)
    socket.once('close', () => connections.delete(socket))
    serveConnection(socket, options.handler, options.idleTimeoutMs ?? 10_000)
  })
  server.maxConnections = options.maxConnections ?? 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return {
    server,
    close: () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const socket of connections) socket.destroy()
      return closed
    },
  }
}

function serveConnection(socket: Socket, handler: QueryHandler, idleTimeoutMs: number): void {
  socket.setNoDelay(true)
  socket.setTimeout(idleTimeoutMs, () => socket.destroy())
  socket.on('error', () => socket.destroy())
  let pending = Buffer.alloc(0)
  const send = (reply: Buffer | null) => {
    if (reply === null || socket.destroyed) return
    const length = Buffer.alloc(2)
    length.writeUInt16BE(reply.length)
    socket.write(Buffer.concat([length, reply]))
  }
  socket.on('data', (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
    while (pending.length >= 2) {
      const length = pending.readUInt16BE(0)
      if (pending.length < 2 + length) break
      // Copied: the handler may keep the message while the chain is read, and `pending` is reused.
      const message = Buffer.from(pending.subarray(2, 2 + length))
      pending = pending.subarray(2 + length)
      const reply = handler.handle(message, 'tcp')
      if (reply instanceof Promise) reply.then(send)
      else send(reply)
    }
  })
}
