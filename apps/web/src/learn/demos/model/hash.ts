/** SHA-256 of UTF-8 text as 64 lowercase hex digits, via Web Crypto (browsers, workers and Node 20 alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return toHex(new Uint8Array(digest))
}

function toHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** How many of the hex digits differ, position by position (hashes of equal length). */
export function differingDigits(a: string, b: string): number {
  let count = 0
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) count++
  return count
}
