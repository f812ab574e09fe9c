import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from './password.ts'
import { hashToken, JOIN_CODE_ALPHABET, newJoinCode, newToken } from './tokens.ts'

describe('passwords', () => {
  it('hashes with argon2id and a random salt, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse battery staple')
    const second = await hashPassword('correct horse battery staple')
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(first).not.toBe(second)
    expect(await verifyPassword(first, 'correct horse battery staple')).toBe(true)
    expect(await verifyPassword(first, 'correct horse battery stapler')).toBe(false)
  })

  it('treats a malformed stored hash as a failed check, not a crash', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false)
  })
})

describe('tokens and codes', () => {
  it('makes distinct URL-safe tokens and stable hashes', () => {
    const token = newToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(newToken()).not.toBe(token)
    expect(hashToken(token)).toBe(hashToken(token))
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('makes six-character join codes from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode()
      expect(code).toHaveLength(6)
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch)
    }
  })
})
