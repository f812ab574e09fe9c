/** How long a subscription confirmation link stays valid. Tokens themselves come from `@blockgov/auth`. */
export const CONFIRM_TOKEN_TTL_MS = 48 * 60 * 60 * 1000

/** Whether a token issued to expire at `expiresAt` is still usable at `now`. */
export function tokenValid(expiresAt: Date, now: Date): boolean {
  return now.getTime() < expiresAt.getTime()
}
