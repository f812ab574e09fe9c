import type { Zone } from './zone.ts'

/** Where a query arrived. */
export type Transport = 'udp' | 'tcp' | 'doh'

const TYPE_NAMES: Readonly<Record<number, string>> = {
  1: 'A',
  2: 'NS',
  5: 'CNAME',
  6: 'SOA',
  12: 'PTR',
  15: 'MX',
  16: 'TXT',
  28: 'AAAA',
  33: 'SRV',
  43: 'DS',
  48: 'DNSKEY',
  64: 'SVCB',
  65: 'HTTPS',
  255: 'ANY',
  257: 'CAA',
}
const RCODE_NAMES = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED']

/**
 * Counters for the Prometheus `/metrics` text. Plain typed arrays, because the hot path bumps them on every query.
 */
export class DnsMetrics {
  readonly #queriesByType = new Float64Array(65536)
  readonly #responsesByRcode = new Float64Array(4096)
  readonly #queriesByTransport: Record<Transport, number> = { udp: 0, tcp: 0, doh: 0 }
  cacheHits = 0
  cacheMisses = 0
  /** Messages not answered because they are not queries: responses sent to us, runts. */
  dropped = 0
  rateLimited = 0

  countQuery(qtype: number, transport: Transport): void {
    this.#queriesByType[qtype] = (this.#queriesByType[qtype] ?? 0) + 1
    this.#queriesByTransport[transport]++
  }

  countResponse(rcode: number): void {
    this.#responsesByRcode[rcode] = (this.#responsesByRcode[rcode] ?? 0) + 1
  }

  /**
   * The Prometheus text exposition (format 0.0.4). Mount it as `/metrics` with content type
   * `text/plain; version=0.0.4`.
   *
   * @example
   * app.get('/metrics', (_, reply) => reply.type('text/plain; version=0.0.4').send(gateway.metricsText()))
   */
  render(zone: Zone, cachedAnswers: number): string {
    const lines: string[] = []
    const family = (name: string, type: MetricType, help: string) => lines.push(...familyHeader(name, type, help))
    family('blockgov_dns_queries_total', 'counter', 'Queries answered or refused, by query type.')
    this.#queriesByType.forEach((count, qtype) => {
      if (count > 0) lines.push(`blockgov_dns_queries_total{qtype="${TYPE_NAMES[qtype] ?? `TYPE${qtype}`}"} ${count}`)
    })
    family('blockgov_dns_transport_queries_total', 'counter', 'Queries by transport.')
    for (const [transport, count] of Object.entries(this.#queriesByTransport)) {
      lines.push(`blockgov_dns_transport_queries_total{transport="${transport}"} ${count}`)
    }
    family('blockgov_dns_responses_total', 'counter', 'Responses sent, by response code.')
    this.#responsesByRcode.forEach((count, rcode) => {
      if (count > 0)
        lines.push(`blockgov_dns_responses_total{rcode="${RCODE_NAMES[rcode] ?? `RCODE${rcode}`}"} ${count}`)
    })
    family('blockgov_dns_cache_hits_total', 'counter', 'Queries answered from an encoded answer.')
    lines.push(`blockgov_dns_cache_hits_total ${this.cacheHits}`)
    family('blockgov_dns_cache_misses_total', 'counter', 'Queries that had to consult the zone.')
    lines.push(`blockgov_dns_cache_misses_total ${this.cacheMisses}`)
    family('blockgov_dns_rate_limited_total', 'counter', 'UDP responses dropped or slipped by rate limiting.')
    lines.push(`blockgov_dns_rate_limited_total ${this.rateLimited}`)
    family(
      'blockgov_dns_dropped_total',
      'counter',
      'Messages not answered because they are not queries (responses, runts, UDP datagrams over 4 KiB).',
    )
    lines.push(`blockgov_dns_dropped_total ${this.dropped}`)
    family('blockgov_dns_cached_answers', 'gauge', 'Encoded answers held.')
    lines.push(`blockgov_dns_cached_answers ${cachedAnswers}`)
    family('blockgov_dns_zone_names', 'gauge', 'Registered names held in the zone.')
    lines.push(`blockgov_dns_zone_names ${zone.size}`)
    family('blockgov_dns_zone_stale', 'gauge', '1 while answers are served stale because the chain is unreachable.')
    lines.push(`blockgov_dns_zone_stale ${zone.stale ? 1 : 0}`)
    family('blockgov_dns_zone_serial', 'gauge', 'The SOA serial.')
    lines.push(`blockgov_dns_zone_serial ${zone.soa.serial}`)
    if (zone.chainLagSeconds !== undefined) {
      family('blockgov_dns_chain_lag_seconds', 'gauge', 'How far the zone feeder is behind the chain head.')
      lines.push(`blockgov_dns_chain_lag_seconds ${zone.chainLagSeconds}`)
    }
    return `${lines.join('\n')}\n`
  }
}

type MetricType = 'counter' | 'gauge'

/** The `# HELP` and `# TYPE` lines that open a metric family. */
function familyHeader(name: string, type: MetricType, help: string): [string, string] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`]
}

/** The UDP reader's lines for `/metrics`: which reader runs, and (batched) the replies the kernel refused. */
export function udpMetricsText(io: 'batched' | 'dgram', sendFailed?: number): string {
  const lines = [
    ...familyHeader(
      'blockgov_dns_udp_io_info',
      'gauge',
      'The UDP reader in use: batched (recvmmsg/sendmmsg) or dgram (Node).',
    ),
    `blockgov_dns_udp_io_info{io="${io}"} 1`,
  ]
  if (sendFailed !== undefined) {
    lines.push(
      ...familyHeader(
        'blockgov_dns_udp_send_failed_total',
        'counter',
        'UDP replies the kernel refused (send buffer full, client unreachable).',
      ),
      `blockgov_dns_udp_send_failed_total ${sendFailed}`,
    )
  }
  return `${lines.join('\n')}\n`
}
