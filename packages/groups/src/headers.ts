/** What the RFC 2369 / RFC 8058 headers of one delivery need to know. */
export interface ListHeaderInput {
  /** The list's slug, e.g. `privacy-tools`. */
  readonly slug: string
  /** Human name of the list, shown by mail clients beside the List-Id. */
  readonly name: string
  readonly domain: string
  /** Public base URL of the web app, e.g. `https://blockgov.example.org`, without trailing slash. */
  readonly publicUrl: string
  /** The recipient's unsubscribe token, so the one-click URL needs no sign-in. */
  readonly unsubscribeToken: string
  /** Whether members may post (the main list is announce-only: `List-Post: NO`). */
  readonly postable: boolean
}

/** The identifier of a list (RFC 2919): `<slug.domain>`. Also what loop detection recognises as ours. */
export function listId(slug: string, domain: string): string {
  return `${slug}.${domain}`
}

/**
 * The list headers every delivery carries: RFC 2919 List-Id, RFC 2369 List-Unsubscribe/Post/Archive/Help, and
 * RFC 8058 one-click unsubscription (an https URL in List-Unsubscribe plus `List-Unsubscribe-Post`, which makes
 * mail providers POST `List-Unsubscribe=One-Click` to that URL). `X-Loop` marks our own traffic so it is never
 * accepted back in.
 */
export function listHeaders(input: ListHeaderInput): Record<string, string> {
  const base = input.publicUrl.replace(/\/+$/, '')
  const id = listId(input.slug, input.domain)
  const unsubscribe = `${base}/api/groups/unsubscribe/${encodeURIComponent(input.unsubscribeToken)}`
  return {
    'List-Id': `${phrase(input.name)} <${id}>`,
    'List-Unsubscribe': `<${unsubscribe}>, <mailto:${input.slug}+unsubscribe@${input.domain}?subject=unsubscribe>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Post': input.postable ? `<mailto:${input.slug}@${input.domain}>` : 'NO',
    'List-Archive': `<${base}/groups/lists/${input.slug}>`,
    'List-Help': `<${base}/groups/help>`,
    'X-Loop': `${input.slug}@${input.domain}`,
  }
}

/**
 * A display name for a structured header: quoted when ASCII, an RFC 2047 encoded word otherwise (List-Id allows
 * either, RFC 2919 §3). Control characters and quotes are dropped first: the name is user input.
 */
function phrase(name: string): string {
  const clean = name.replace(/["\\\p{Cc}]/gu, '').trim()
  if (/^[\x20-\x7e]*$/.test(clean)) return `"${clean}"`
  return `=?UTF-8?B?${Buffer.from(clean, 'utf8').toString('base64')}?=`
}

/**
 * Whether an inbound message already went through one of our lists: it carries our `X-Loop`, or a `List-Id`
 * under our list domain. Either means a member's auto-responder or a misconfigured forward is sending our
 * own delivery back; accepting it would fan out forever.
 */
export function isOwnLoop(
  headerLines: readonly { readonly key: string; readonly line: string }[],
  domain: string,
): boolean {
  const ownAddress = `@${domain.toLowerCase()}`
  const ownListId = `.${domain.toLowerCase()}>`
  return headerLines.some(({ key, line }) => {
    const value = line
      .slice(line.indexOf(':') + 1)
      .trim()
      .toLowerCase()
    if (key.toLowerCase() === 'x-loop') return value.endsWith(ownAddress)
    if (key.toLowerCase() === 'list-id') return value.endsWith(ownListId)
    return false
  })
}
