/**
 * The chain's idea of now, for the DNS zone: a name stops resolving when the chain's clock passes its expiry, not
 * the gateway host's. It runs on the wall clock, pushed forward whenever a block carries a later timestamp (a dev
 * chain whose clock was advanced, or a host clock that is behind). Block timestamps are only lower bounds of
 * chain time (an idle chain mines nothing), so an older block never pulls it back.
 *
 * @example
 * const clock = new ChainClock()
 * const zone = new Zone({ now: clock.now })
 * startFollower({ ..., clock })
 */
export class ChainClock {
  readonly #wallNow: () => number
  #offset = 0

  /** `wallNow` is Unix seconds; tests pass their own. */
  constructor(wallNow: () => number = () => Date.now() / 1000) {
    this.#wallNow = wallNow
  }

  /** Unix seconds on the chain's clock. A bound function, so it can be handed over as `now`. */
  readonly now = (): number => this.#wallNow() + this.#offset

  /** Takes in the timestamp of a block just seen. */
  observe(blockTimestamp: number): void {
    this.#offset = Math.max(this.#offset, blockTimestamp - this.#wallNow())
  }
}
