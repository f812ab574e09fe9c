/** Attempts after which a delivery is given up and marked failed (about a day of back-off in total). */
export const MAX_SEND_ATTEMPTS = 8

/** First retry delay; each next one doubles, capped at {@link MAX_RETRY_DELAY_MS}. */
const FIRST_RETRY_DELAY_MS = 60_000
const MAX_RETRY_DELAY_MS = 6 * 60 * 60 * 1000

/**
 * When to try a delivery again after its `attempts`-th failure: exponential back-off (1 min, 2, 4 … capped at 6 h),
 * or `null` when it should be given up. Relays answer temporary failures (4xx) for minutes to hours, so the
 * schedule spreads attempts over about a day, like an MTA's queue.
 */
export function nextAttemptAt(attempts: number, failedAt: Date): Date | null {
  if (attempts >= MAX_SEND_ATTEMPTS) return null
  const delay = Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_DELAY_MS)
  return new Date(failedAt.getTime() + delay)
}

/** Whether a relay's reply code is permanent (5xx): retrying cannot help. */
export function isPermanentSmtpFailure(responseCode: number | undefined): boolean {
  return responseCode !== undefined && responseCode >= 500 && responseCode < 600
}
