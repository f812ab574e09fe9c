import { createSocket, type RemoteInfo, type SocketOptions } from 'node:dgram'
import { lookup } from 'node:dns'
import { lookup as lookupAsync } from 'node:dns/promises'
import { isIP, isIPv6 } from 'node:net'
import { type Batch, BatchSocket, udpBatchUnavailable } from '@blockgov/udp-batch'
import { udpMetricsText } from './metrics.ts'
import type { QueryHandler } from './query-handler.ts'
import type { ResponseRateLimiter } from './rate-limit.ts'
import { bareReply, parseQuery } from './wire.ts'

/**
 * How the UDP listener reads and writes datagrams. `batched`: up to 64 per `recvmmsg`/`sendmmsg` through
 * `@blockgov/udp-batch` (Linux, built on install). `dgram`: Node's own, one system call and one callback per
 * datagram. `auto`: batched when it is available, else dgram.
 */
export type UdpIo = 'auto' | 'batched' | 'dgram'

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
  readonly io?: UdpIo
}

/** A bound UDP listener. */
export interface UdpListener {
  readonly port: number
  /** The I/O in use (`auto` resolved). */
  readonly io: Exclude<UdpIo, 'auto'>
  /** SO_RCVBUF as the kernel reports it. */
  receiveBufferBytes(): number
  /** The reader's own lines for `/metrics`. */
  metricsText(): string
  close(): Promise<void>
}

/** Binds the UDP listener; resolves once it is bound. Throws when `io: 'batched'` is asked for and unavailable. */
export async function listenUdp(options: UdpOptions): Promise<UdpListener> {
  const io = options.io ?? 'auto'
  if (io === 'batched' && udpBatchUnavailable !== undefined) {
    throw new Error(`batched UDP I/O is unavailable: ${udpBatchUnavailable}`)
  }
  return io === 'dgram' || udpBatchUnavailable !== undefined ? listenDgram(options) : listenBatched(options)
}

/** The reply as the rate limiter allows it: unchanged, an empty TC=1 slip, or nothing. */
function admit(options: UdpOptions, reply: Buffer | null, address: string, query: Buffer): Buffer | null {
  const { rateLimiter, handler } = options
  if (reply === null || rateLimiter === undefined) return reply
  const decision = rateLimiter.check(address)
  if (decision === 'send') return reply
  handler.metrics.rateLimited++
  return decision === 'drop' ? null : slipReply(query, handler.maxUdpPayload)
}

async function listenBatched(options: UdpOptions): Promise<UdpListener> {
  const { handler } = options
  const onBatch = (batch: Batch) => {
    for (let i = 0; i < batch.count; i++) {
      const message = batch.datagram(i)
      if (message === undefined) {
        // Longer than 4 KiB: no DNS query is; dgram would read it only to answer FORMERR.
        handler.metrics.dropped++
        continue
      }
      const reply = handler.handle(message, 'udp')
      if (reply instanceof Promise) {
        // Waits on the chain; the batch memory will be reused by then, so keep the sender and the query.
        const sender = batch.sender(i)
        const query = Buffer.from(message)
        reply.then((late) => {
          const admitted = admit(options, late, sender.address, query)
          if (admitted !== null) socket.sendTo(admitted, sender)
        })
      } else {
        const admitted = options.rateLimiter === undefined ? reply : admit(options, reply, batch.address(i), message)
        if (admitted !== null) batch.reply(i, admitted)
      }
    }
  }
  // The addon binds IP literals only; a host name is resolved as dgram would resolve it.
  const host = isIP(options.host) === 0 ? (await lookupAsync(options.host)).address : options.host
  const socket = BatchSocket.open({
    host,
    port: options.port,
    receiveBufferBytes: options.receiveBufferBytes,
    onBatch,
  })
  return {
    port: socket.port,
    io: 'batched',
    receiveBufferBytes: () => socket.receiveBufferBytes(),
    metricsText: () => udpMetricsText('batched', socket.stats().sendFailed),
    close: () => socket.close(),
  }
}

async function listenDgram(options: UdpOptions): Promise<UdpListener> {
  const socket = createSocket({ type: isIPv6(options.host) ? 'udp6' : 'udp4', lookup: literalLookup })
  const { handler } = options
  const send = (reply: Buffer | null, remote: RemoteInfo, query: Buffer) => {
    const admitted = admit(options, reply, remote.address, query)
    if (admitted !== null) socket.send(admitted, remote.port, remote.address)
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
  return {
    port: socket.address().port,
    io: 'dgram',
    receiveBufferBytes: () => socket.getRecvBufferSize(),
    metricsText: () => udpMetricsText('dgram'),
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  }
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
