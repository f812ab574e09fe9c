import {
  ChainClock,
  type Follower,
  type FollowerLogger,
  type FollowerStatus,
  type NamesDeployment,
  NamesError,
  startFollower,
} from '@blockgov/names'
import { type Gateway, type GatewayOptions, startGateway } from './gateway.ts'
import { normaliseName } from './names.ts'
import { Zone, type ZoneOptions } from './zone.ts'

/** Options for {@link startChainGateway}: where the chain is, and how the gateway listens. */
export interface ChainGatewayOptions {
  /** JSON-RPC endpoint of the chain the names live on. */
  readonly rpcUrl: string
  readonly deployment: NamesDeployment
  /** The namespace; must be the deployment's root name (the default). */
  readonly apex?: string
  /** Listen address (default 127.0.0.1) and UDP/TCP port (default 8053; 0 picks a free one). */
  readonly host?: string
  readonly port?: number
  /** Blocks a change must be buried under before it is served; 0 suits a dev chain that mines on demand. */
  readonly confirmations?: number
  /** How often the follower looks for new blocks (default 1000 ms). */
  readonly pollIntervalMs?: number
  /** Longest retry interval while the chain is unreachable (default 30 000 ms). */
  readonly maxBackoffMs?: number
  /** Timeout of one RPC request (default 5000 ms). */
  readonly rpcTimeoutMs?: number
  /** How long a query for a name the zone does not hold may wait for the chain (default 1500 ms). */
  readonly missingNameTimeoutMs?: number
  /** SOA and NS settings of the apex. */
  readonly zone?: Omit<ZoneOptions, 'apex' | 'now' | 'serial'>
  /** Everything else the gateway takes (rate limiting, buffers, cache size). */
  readonly gateway?: Omit<GatewayOptions, 'zone' | 'host' | 'port' | 'missingNames'>
  readonly log?: FollowerLogger
}

/** A gateway answering from the chain. */
export interface ChainGateway {
  readonly gateway: Gateway
  readonly zone: Zone
  readonly follower: Follower
  /** The follower's status, for `/api/ready`: `stale` and `lastError` say whether the chain is reachable. */
  status(): FollowerStatus
  /** Stops the follower and both listeners. */
  stop(): Promise<void>
}

/**
 * Starts the DNS gateway for a deployment of the name contracts: a zone on the chain's clock, the event follower
 * that fills it, and UDP + TCP listeners. Queries are answered at once (names not loaded yet are read from the
 * chain on a miss, bounded by `missingNameTimeoutMs`); `follower.ready` resolves when the zone is fully built.
 *
 * @example
 * const dns = await startChainGateway({ rpcUrl, deployment, port: 8053, confirmations: 0 })
 * app.register(dohRoutes, { handler: dns.gateway.handler })
 * app.get('/api/ready', () => dns.status())
 */
export async function startChainGateway(options: ChainGatewayOptions): Promise<ChainGateway> {
  const apex = normaliseName(options.apex ?? options.deployment.rootName)
  if (apex !== normaliseName(options.deployment.rootName)) {
    throw new NamesError(
      'INVALID_ARGUMENT',
      `The DNS apex ${apex} is not the deployment's root name ${options.deployment.rootName}.`,
      { apex, rootName: options.deployment.rootName },
    )
  }
  const clock = new ChainClock()
  const zone = new Zone({ ...options.zone, apex, now: clock.now })
  const follower = startFollower({
    rpcUrl: options.rpcUrl,
    deployment: options.deployment,
    sink: zone,
    confirmations: options.confirmations,
    pollIntervalMs: options.pollIntervalMs,
    maxBackoffMs: options.maxBackoffMs,
    rpcTimeoutMs: options.rpcTimeoutMs,
    clock,
    log: options.log,
  })
  let gateway: Gateway
  try {
    gateway = await startGateway({
      ...options.gateway,
      zone,
      host: options.host,
      port: options.port,
      missingNames: { load: follower.loadMissing, timeoutMs: options.missingNameTimeoutMs },
    })
  } catch (error) {
    await follower.stop()
    throw error
  }
  return {
    gateway,
    zone,
    follower,
    status: () => follower.status(),
    stop: async () => {
      await Promise.all([follower.stop(), gateway.stop()])
    },
  }
}
