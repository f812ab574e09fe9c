/**
 * Domain names as the zone keys them: lower-case, dot-separated, no trailing dot ('' is the root).
 * DNS compares names case-insensitively for ASCII letters only (RFC 4343), so `toLowerCase()` alone would be
 * wrong for bytes above 0x7f.
 */

/**
 * Lower-cases the ASCII letters A–Z and nothing else.
 *
 * @example
 * asciiLower('ExAmple.ALT') // 'example.alt'
 */
export function asciiLower(name: string): string {
  return /[A-Z]/.test(name) ? name.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : name
}

/**
 * The zone's key for `name`: ASCII lower-case, without leading or trailing dots.
 *
 * @example
 * normaliseName('Example.Blockgov.Alt.') // 'example.blockgov.alt'
 */
export function normaliseName(name: string): string {
  return asciiLower(name.replace(/^\.+|\.+$/g, ''))
}

/**
 * Whether `name` is `ancestor` or lies below it. Both must be normalised.
 *
 * @example
 * isAtOrBelow('www.example.alt', 'example.alt') // true
 */
export function isAtOrBelow(name: string, ancestor: string): boolean {
  if (ancestor === '') return true
  return name === ancestor || name.endsWith(`.${ancestor}`)
}

/**
 * The names strictly between `name` and `top`, nearest first, excluding both.
 *
 * @example
 * namesBetween('a.b.example.alt', 'alt') // ['b.example.alt', 'example.alt']
 */
export function namesBetween(name: string, top: string): string[] {
  const out: string[] = []
  let current = name
  for (;;) {
    const dot = current.indexOf('.')
    if (dot < 0) return out
    current = current.slice(dot + 1)
    if (current === top || current.length <= top.length) return out
    out.push(current)
  }
}
