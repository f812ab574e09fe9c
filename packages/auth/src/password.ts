import { type Algorithm, hash, verify } from '@node-rs/argon2'

/**
 * argon2id with the OWASP Password Storage Cheat Sheet's baseline (19 MiB memory, 2 iterations, 1 lane):
 * slow enough to make offline guessing costly, fast enough (tens of ms) for a login form.
 */
// `Algorithm` is a const enum, which isolated modules cannot read; 2 is its Argon2id member.
const ARGON2ID = 2 as Algorithm
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

/** Shortest accepted password; length matters more than character classes (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 12

/** Returns a self-describing PHC string (`$argon2id$v=19$m=…`) with a random salt. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options)
}

/** Constant-time check of a password against a stored PHC string; false for malformed hashes. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password)
  } catch {
    return false
  }
}
