import type { MissingNameOptions } from './missing-names.ts'
import { QueryHandler } from './query-handler.ts'
import { type RateLimitOptions, ResponseRateLimiter } from './rate-limit.ts'
import { listenTcp, type TcpListener } from './tcp.ts'
import { listenUdp, type UdpIo } from './udp.ts'
import type { Zone } from './zone.ts'

export interface GatewayOptions {
  /** The zone to answer from; the chain follower writes it. */
  readonly zone: Zone
  /** Listen address; `::` for both families. Default 127.0.0.1. */
  readonly host?: string
  /** UDP and TCP port (the same one, as clients retry truncated answers over TCP on it). 0 picks a free one. */
  readonly port?: number
  readonly maxUdpPayload?: number
  /** UDP response-rate limiting; `false` turns it off. */
  readonly rateLimit?: RateLimitOptions | false
  readonly tcpIdleTimeoutMs?: number
  readonly tcpMaxConnections?: number
  /** SO_RCVBUF for the UDP socket. */
  readonly udpReceiveBufferBytes?: number
  /** Batched (`recvmmsg`/`sendmmsg`) or Node's dgram; default `auto`: batched where it is built. */
  readonly udpIo?: UdpIo
  readonly missingNames?: MissingNameOptions
  readonly cacheEntries?: number
}

/** A running gateway. */
export interface Gateway {
  /** Answers DNS messages; pass it to `dohRoutes`. */
  readonly handler: QueryHandler
  readonly zone: Zone
  readonly host: string
  /** The bound port, for both UDP and TCP. */
  readonly port: number
  /** The UDP I/O in use. */
  readonly udpIo: Exclude<UdpIo, 'auto'>
  /** The Prometheus text for `/metrics`. */
  metricsText(): string
  /** Closes both listeners; queries already being answered are dropped. */
  stop(): Promise<void>
}

export const DEFAULT_DNS_PORT = 8053
/** How often to try another port when port 0 gave a UDP port whose TCP twin is taken. */
const PORT_ATTEMPTS = 10

/**
 * Starts UDP and TCP listeners on one port.
 *
 * @example
 * const gateway = await startGateway({ zone: new Zone(), port: 0 })
 * // dig @127.0.0.1 -p ${gateway.port} example.blockgov.alt
 * await gateway.stop()
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const host = options.host ?? '127.0.0.1'
  const handler = new QueryHandler({
    zone: options.zone,
    maxUdpPayload: options.maxUdpPayload,
    missingNames: options.missingNames,
    cacheEntries: options.cacheEntries,
  })
  const rateLimiter = options.rateLimit === false ? undefined : new ResponseRateLimiter(options.rateLimit)
  const requested = options.port ?? DEFAULT_DNS_PORT
  for (let attempt = 1; ; attempt++) {
    const udp = await listenUdp({
      host,
      port: requested,
      handler,
      rateLimiter,
      receiveBufferBytes: options.udpReceiveBufferBytes,
      io: options.udpIo,
    })
    const port = udp.port
    let tcp: TcpListener
    try {
      tcp = await listenTcp({
        host,
        port,
        handler,
        idleTimeoutMs: options.tcpIdleTimeoutMs,
        maxConnections: options.tcpMaxConnections,
      })
    } catch (error) {
      await udp.close()
      if (requested === 0 && attempt < PORT_ATTEMPTS && isAddressInUse(error)) continue
      throw error
    }
    return {
      handler,
      zone: options.zone,
      host,
      port,
      udpIo: udp.io,
      metricsText: () => handler.metricsText() + udp.metricsText(),
      stop: async () => {
        await Promise.all([udp.close(), tcp.close()])
      },
    }
  }
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
}
