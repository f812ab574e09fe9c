import type { Config } from '@blockgov/config'
import { type ChainGateway, type QueryHandler, startChainGateway } from '@blockgov/dns'
import type { FollowerLogger, FollowerStatus } from '@blockgov/names'
import type { NamesChain } from './names-chain.ts'

/** What the HTTP app uses of the DNS gateway: DNS over HTTPS, `/metrics` and the readiness check. */
export interface DnsGatewayView {
  readonly handler: QueryHandler
  metricsText(): string
  status(): FollowerStatus
}

/**
 * Starts the DNS gateway for the chain the server runs (UDP and TCP on DNS_HOST:DNS_PORT), answering for the
 * deployment's root name. The zone fills in the background: queries are answered from the first moment, names
 * not loaded yet are read from the chain on a miss.
 */
export function startDnsGateway(config: Config['dns'], chain: NamesChain, log: FollowerLogger): Promise<ChainGateway> {
  return startChainGateway({
    rpcUrl: chain.rpcUrl,
    deployment: chain.deployment,
    host: config.host,
    port: config.port,
    confirmations: config.confirmations,
    pollIntervalMs: config.pollIntervalMs,
    gateway: {
      rateLimit: config.rateLimitPerSecond === 0 ? false : { responsesPerSecond: config.rateLimitPerSecond },
      udpIo: config.udpIo,
    },
    log,
  })
}

/** `dns: blockgov.alt on udp+tcp 127.0.0.1:8053 (batched UDP), DoH at /dns-query`, for the start banner. */
export function describeDnsGateway(gateway: ChainGateway): string {
  const { host, port, udpIo } = gateway.gateway
  const bracketed = host.includes(':') ? `[${host}]` : host
  return `dns: ${gateway.zone.apex} on udp+tcp ${bracketed}:${port} (${udpIo} UDP), DNS over HTTPS at /dns-query`
}

/** The view of a running gateway the app needs. */
export function dnsGatewayView(gateway: ChainGateway): DnsGatewayView {
  return {
    handler: gateway.gateway.handler,
    metricsText: () => gateway.gateway.metricsText(),
    status: () => gateway.status(),
  }
}
