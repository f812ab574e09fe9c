/**
 * Seeded randomness for the pure solvers. `Math.random` cannot be seeded, and a facilitator who reruns the
 * group formation with the same seed must get the same groups on every machine.
 */

/**
 * mulberry32: a tiny 32-bit generator, plenty for shuffling people; never use it for anything secret.
 * The seed is reduced to an unsigned 32-bit integer (`NaN` and fractions included), so any number is accepted.
 *
 * @example
 * const random = mulberry32(42)
 * random() // a number in [0, 1), the same one for seed 42 on every run
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Fisher–Yates shuffle driven by `random`; returns a new array and leaves `items` untouched.
 *
 * @example
 * shuffle(['a', 'b', 'c'], mulberry32(7)) // a permutation of a, b, c, the same one for seed 7 on every run
 */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice()
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const held = out[i] as T
    out[i] = out[j] as T
    out[j] = held
  }
  return out
}
