import { createSocket, type RemoteInfo, type Socket, type SocketOptions } from 'node:dgram'
import { lookup } from 'node:dns'
import { isIP, isIPv6 } from 'node:net'
import type { QueryHandler } from './query-handler.ts'
import type { ResponseRateLimiter } from './rate-limit.ts'
import { bareReply, parseQuery } from './wire.ts'

export interface UdpOptions {
  readonly host: string
  readonly port: number
  readonly handler: QueryHandler
  readonly rateLimiter?: ResponseRateLimiter
  /**
   * SO_RCVBUF in bytes. The kernel default (about 208 KiB) overflows under load while the event loop is busy;
   * the kernel caps it at net.core.rmem_max.
   */
  readonly receiveBufferBytes?: number
}

/** Binds the UDP listener; resolves once it is bound (read the port from `socket.address()`). */
export async function listenUdp(options: UdpOptions): Promise<Socket> {
  const socket = createSocket({ type: isIPv6(options.host) ? 'udp6' : 'udp4', lookup: literalLookup })
  const { handler, rateLimiter } = options
  const send = (reply: Buffer | null, remote: RemoteInfo, query: Buffer) => {
    if (reply === null) return
    if (rateLimiter !== undefined) {
      const decision = rateLimiter.check(remote.address)
      if (decision !== 'send') {
        handler.metrics.rateLimited++
        if (decision === 'drop') return
        reply = slipReply(query, handler.maxUdpPayload)
        if (reply === null) return
      }
    }
    socket.send(reply, remote.port, remote.address)
  }
  socket.on('message', (message, remote) => {
    const reply = handler.handle(message, 'udp')
    if (reply instanceof Promise) reply.then((late) => send(late, remote, message))
    else send(reply, remote, message)
  })
  // A send to a vanished client can fail (ICMP unreachable); that is the client's problem, not the listener's.
  socket.on('error', () => {})
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.bind(options.port, options.host, () => {
      socket.off('error', reject)
      resolve()
    })
  })
  if (options.receiveBufferBytes !== undefined) socket.setRecvBufferSize(options.receiveBufferBytes)
  return socket
}

/**
 * Replies go to the IP literal the query came from, but dgram still passes every destination through `dns.lookup`,
 * which answers a literal only on the next tick: a deferred callback per packet. This answers literals at once.
 */
const literalLookup: SocketOptions['lookup'] = (hostname, options, callback) => {
  const family = isIP(hostname)
  if (family === 0) lookup(hostname, options, callback)
  else callback(null, hostname, family)
}

/** An empty TC=1 reply: tells a real client to retry over TCP without amplifying anything. */
function slipReply(query: Buffer, udpPayload: number): Buffer | null {
  const parsed = parseQuery(query, Buffer.alloc(512))
  if (parsed.kind !== 'query') return null
  const { opcode, questionEnd, edns } = parsed.query
  return bareReply(query, { rcode: 0, opcode, questionEnd, edns: edns !== undefined, truncated: true }, udpPayload)
}
