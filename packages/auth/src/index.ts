/**
 * @packageDocumentation
 * Secrets: password hashing (argon2id), bearer tokens (stored only as hashes) and join codes.
 */
export { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.ts'
export { hashToken, JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode, newToken } from './tokens.ts'
