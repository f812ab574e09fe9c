/** The main coalition list's local part: `announce@LIST_DOMAIN`. Reserved, so no group can take it. */
export const MAIN_LIST_SLUG = 'announce'

/**
 * Names no group may take as its slug: mail roles (RFC 2142) and the listener's own addresses, and the fixed
 * segments of the Groups area's URLs (`/groups/<slug>` sits beside them).
 */
const RESERVED = new Set([
  MAIN_LIST_SLUG,
  'postmaster',
  'abuse',
  'bounces',
  'mailer-daemon',
  'noreply',
  'lists',
  'confirm',
  'unsubscribe',
  'membership',
  'new',
  'help',
  'admin',
  'outcomes',
  'from-outcome',
  'review',
])

/** A list slug: lower-case letters, digits and single hyphens, 2–40 characters (it becomes an address). */
const SLUG = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,39}$/

/** Whether `slug` can name a working group's list. */
export function isValidGroupSlug(slug: string): boolean {
  return SLUG.test(slug) && !RESERVED.has(slug)
}

/** Turns a group name into a slug candidate ("Accessibility & Libraries" → "accessibility-libraries"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '')
  return slug.length >= 2 ? slug : `group-${slug}`.replace(/-+$/g, '')
}

/** The posting address of a list. */
export function listAddress(slug: string, domain: string): string {
  return `${slug}@${domain}`
}

/** The envelope sender of a list's deliveries; bounces come back here and name the subscriber (VERP). */
export function bounceAddress(slug: string, subscriberId: string, domain: string): string {
  return `${slug}+bounce-${subscriberId}@${domain}`
}

/** What an inbound recipient address is to us. */
export type Recipient =
  | { readonly kind: 'list'; readonly slug: string }
  | { readonly kind: 'bounce'; readonly slug: string; readonly subscriberId: string }
  | { readonly kind: 'unsubscribe'; readonly slug: string }
  | { readonly kind: 'foreign' }

const BOUNCE = /^([a-z0-9-]+)\+bounce-([0-9a-f-]{36})$/

/** Classifies an RCPT TO address against our list domain (case-insensitive, as mail domains are). */
export function parseRecipient(address: string, domain: string): Recipient {
  const at = address.lastIndexOf('@')
  if (at < 1) return { kind: 'foreign' }
  const local = address.slice(0, at).toLowerCase()
  if (address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) return { kind: 'foreign' }
  const bounce = BOUNCE.exec(local)
  if (bounce?.[1] !== undefined && bounce[2] !== undefined) {
    return { kind: 'bounce', slug: bounce[1], subscriberId: bounce[2] }
  }
  const unsubscribe = /^([a-z0-9-]+)\+unsubscribe$/.exec(local)
  if (unsubscribe?.[1] !== undefined) return { kind: 'unsubscribe', slug: unsubscribe[1] }
  if (local === MAIN_LIST_SLUG || SLUG.test(local)) return { kind: 'list', slug: local }
  return { kind: 'foreign' }
}

/**
 * A pragmatic address check for the subscribe form: one `@`, a dotted domain, no spaces or angle brackets.
 * Full RFC 5322 syntax (quoted local parts, comments) is deliberately refused: list software downstream
 * mishandles it, and nobody subscribes with it.
 */
export function normaliseEmail(input: string): string | null {
  const email = input.trim().toLowerCase()
  if (email.length > 254) return null
  return /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(
    email,
  )
    ? email
    : null
}
