import { secp256k1 } from '@noble/curves/secp256k1.js'
import { bytesToHex, hexToBytes } from '@noble/curves/utils.js'

/** A secp256k1 key pair as hex: a 32-byte secret key and a 33-byte compressed public key. */
export interface KeyPair {
  readonly secretKey: string
  readonly publicKey: string
}

export function generateKeyPair(): KeyPair {
  const { secretKey, publicKey } = secp256k1.keygen()
  return { secretKey: bytesToHex(secretKey), publicKey: bytesToHex(publicKey) }
}

export type SignResult =
  | { readonly ok: true; readonly signature: string }
  | { readonly ok: false; readonly problem: 'bad-secret-key' }

/** Signs the UTF-8 message (SHA-256 prehash, deterministic ECDSA: the same message and key give the same signature). */
export function signMessage(message: string, secretKeyHex: string): SignResult {
  const secretKey = parseHex(secretKeyHex, 32)
  if (secretKey === undefined || !secp256k1.utils.isValidSecretKey(secretKey))
    return { ok: false, problem: 'bad-secret-key' }
  return { ok: true, signature: bytesToHex(secp256k1.sign(utf8(message), secretKey)) }
}

export type VerifyResult =
  | { readonly ok: true; readonly valid: boolean }
  | { readonly ok: false; readonly problem: 'bad-signature' | 'bad-public-key' }

/** Whether `signature` was made over exactly this message by the secret key behind `publicKeyHex`. */
export function verifyMessage(message: string, signatureHex: string, publicKeyHex: string): VerifyResult {
  const signature = parseHex(signatureHex, 64)
  if (signature === undefined) return { ok: false, problem: 'bad-signature' }
  const publicKey = parseHex(publicKeyHex, 33)
  if (publicKey === undefined || !secp256k1.utils.isValidPublicKey(publicKey, true)) {
    return { ok: false, problem: 'bad-public-key' }
  }
  return { ok: true, valid: secp256k1.verify(signature, utf8(message), publicKey) }
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** Hex of exactly `length` bytes, else undefined: visitors type into these fields, so bad input is expected. */
function parseHex(text: string, length: number): Uint8Array | undefined {
  const clean = text.trim().toLowerCase()
  if (clean.length !== length * 2 || !/^[0-9a-f]*$/.test(clean)) return undefined
  return hexToBytes(clean)
}
