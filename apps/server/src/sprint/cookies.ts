/** Name of the organiser sign-in cookie. */
export const SESSION_COOKIE = 'blockgov_session'

/** Value of one cookie from a `Cookie` header, or undefined. Cookie values here are base64url, never quoted. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

/**
 * `Set-Cookie` value for the sign-in cookie: HttpOnly (no script can read it), SameSite=Strict (no
 * cross-site request carries it), Secure when served over HTTPS.
 */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  const attributes = [`${SESSION_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`]
  if (secure) attributes.push('Secure')
  return attributes.join('; ')
}
