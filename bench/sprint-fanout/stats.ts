/** Latency summary by rank (no interpolation); NaN fields when there are no samples. */
export interface Summary {
  readonly p50: number
  readonly p99: number
  readonly max: number
  readonly count: number
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) return { p50: Number.NaN, p99: Number.NaN, max: Number.NaN, count: 0 }
  const s = Float64Array.from(samples).sort()
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] as number
  return { p50: at(0.5), p99: at(0.99), max: s[s.length - 1] as number, count: s.length }
}
