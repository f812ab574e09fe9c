import { createHash, randomBytes } from 'node:crypto'

/** How long a subscription confirmation link stays valid. */
export const CONFIRM_TOKEN_TTL_MS = 48 * 60 * 60 * 1000

/** A fresh random token (256 bits, URL-safe); only its hash is stored, so a leaked table confirms nothing. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** The stored form of a token: SHA-256, hex. A fast hash is enough for 256 random bits. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Whether a token issued to expire at `expiresAt` is still usable at `now`. */
export function tokenValid(expiresAt: Date, now: Date): boolean {
  return now.getTime() < expiresAt.getTime()
}
