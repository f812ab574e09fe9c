/** Reading dnsperf's summary (dnsperf 2.x "Statistics:" block). */

export interface DnsperfResult {
  readonly sent: number
  readonly completed: number
  readonly lost: number
  readonly qps: number
  readonly latencyAverageMs: number
  readonly latencyMinMs: number
  readonly latencyMaxMs: number
  readonly latencyStdDevMs: number
  /** Response codes and their counts, e.g. { NOERROR: 1000 }. */
  readonly rcodes: Readonly<Record<string, number>>
}

/**
 * Parses the statistics dnsperf prints; undefined when the output has none (dnsperf failed).
 *
 * @example
 * parseDnsperf(stdout)?.qps // 78123.4
 */
export function parseDnsperf(output: string): DnsperfResult | undefined {
  const number = (pattern: RegExp) => {
    const match = pattern.exec(output)
    return match?.[1] === undefined ? undefined : Number(match[1])
  }
  const sent = number(/Queries sent:\s+(\d+)/)
  const completed = number(/Queries completed:\s+(\d+)/)
  const lost = number(/Queries lost:\s+(\d+)/)
  const qps = number(/Queries per second:\s+([\d.]+)/)
  const latency = /Average Latency \(s\):\s+([\d.]+) \(min ([\d.]+), max ([\d.]+)\)/.exec(output)
  const stdDev = number(/Latency StdDev \(s\):\s+([\d.]+)/)
  if (sent === undefined || completed === undefined || lost === undefined || qps === undefined || latency === null) {
    return undefined
  }
  const rcodes: Record<string, number> = {}
  const codes = /Response codes:\s+(.+)/.exec(output)?.[1] ?? ''
  for (const [, code, count] of codes.matchAll(/([A-Z]+) (\d+)/g)) if (code !== undefined) rcodes[code] = Number(count)
  const ms = (seconds: string | undefined) => Number(seconds) * 1000
  return {
    sent,
    completed,
    lost,
    qps,
    latencyAverageMs: ms(latency[1]),
    latencyMinMs: ms(latency[2]),
    latencyMaxMs: ms(latency[3]),
    latencyStdDevMs: (stdDev ?? 0) * 1000,
    rcodes,
  }
}
