import { createHash, randomBytes, randomInt } from 'node:crypto'

/** A bearer token: 256 random bits, URL-safe. Shown to its holder once; only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** SHA-256 of a token, hex. Tokens are random, so a fast hash is enough (no salt or stretching needed). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Letters and digits that cannot be confused when read from a projector or said aloud (no 0/O, 1/I/L). */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const JOIN_CODE_LENGTH = 6

/** A short join code for a session, e.g. `K7PM3X` (31^6 ≈ 887 million possibilities). */
export function newJoinCode(): string {
  let code = ''
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]
  return code
}
