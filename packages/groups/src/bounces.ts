/** Hard bounces after which a subscriber's delivery is disabled (they stay subscribed, and can re-confirm). */
export const HARD_BOUNCE_LIMIT = 3

/**
 * Whether a delivery status notification reports a permanent failure: an RFC 3464 `Status: 5.x.x` field, or
 * failing that a 5xx SMTP reply quoted in the body. Temporary (4.x.x) failures and auto-replies do not count.
 */
export function isHardBounce(text: string): boolean {
  if (/^\s*Status:\s*5\.\d{1,3}\.\d{1,3}/im.test(text)) return true
  if (/^\s*Status:\s*[24]\.\d{1,3}\.\d{1,3}/im.test(text)) return false
  return /\b5[0-5]\d[ -]5\.\d{1,3}\.\d{1,3}\b/.test(text)
}

/** The bounce count after one more hard bounce, and whether delivery is now disabled. */
export function countBounce(previous: number, limit: number = HARD_BOUNCE_LIMIT): { count: number; disabled: boolean } {
  const count = previous + 1
  return { count, disabled: count >= limit }
}
