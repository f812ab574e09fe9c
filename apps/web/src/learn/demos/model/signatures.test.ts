import { describe, expect, it } from 'vitest'
import { generateKeyPair, signMessage, verifyMessage } from './signatures.ts'

function sign(message: string, secretKey: string): string {
  const result = signMessage(message, secretKey)
  if (!result.ok) throw new Error(result.problem)
  return result.signature
}

describe('secp256k1 signatures', () => {
  it('verifies a signature made with the matching secret key', () => {
    const keys = generateKeyPair()
    expect(keys.secretKey).toMatch(/^[0-9a-f]{64}$/)
    expect(keys.publicKey).toMatch(/^0[23][0-9a-f]{64}$/)
    const signature = sign('Pay Ben 10', keys.secretKey)
    expect(verifyMessage('Pay Ben 10', signature, keys.publicKey)).toEqual({ ok: true, valid: true })
  })

  it('rejects the signature when one letter of the message changes', () => {
    const keys = generateKeyPair()
    const signature = sign('Pay Ben 10', keys.secretKey)
    expect(verifyMessage('Pay Ben 90', signature, keys.publicKey)).toEqual({ ok: true, valid: false })
  })

  it('rejects the signature under somebody else’s public key', () => {
    const signature = sign('Pay Ben 10', generateKeyPair().secretKey)
    expect(verifyMessage('Pay Ben 10', signature, generateKeyPair().publicKey)).toEqual({ ok: true, valid: false })
  })

  it('rejects a signature with one digit changed', () => {
    const keys = generateKeyPair()
    const signature = sign('Pay Ben 10', keys.secretKey)
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'a' ? 'b' : 'a'}${signature.slice(11)}`
    expect(verifyMessage('Pay Ben 10', flipped, keys.publicKey)).toEqual({ ok: true, valid: false })
  })

  it('is deterministic: the same key and message give the same signature', () => {
    const keys = generateKeyPair()
    expect(sign('hello', keys.secretKey)).toBe(sign('hello', keys.secretKey))
  })

  it('reports malformed keys and signatures instead of throwing', () => {
    const keys = generateKeyPair()
    expect(signMessage('x', 'not hex')).toEqual({ ok: false, problem: 'bad-secret-key' })
    expect(signMessage('x', '00'.repeat(32))).toEqual({ ok: false, problem: 'bad-secret-key' })
    expect(verifyMessage('x', 'abcd', keys.publicKey)).toEqual({ ok: false, problem: 'bad-signature' })
    expect(verifyMessage('x', sign('x', keys.secretKey), `04${keys.publicKey.slice(2)}`)).toEqual({
      ok: false,
      problem: 'bad-public-key',
    })
  })
})
