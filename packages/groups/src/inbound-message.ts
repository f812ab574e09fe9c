import type { ParsedMail } from 'mailparser'

/** What the lists need from a parsed post, independent of mailparser's shapes. */
export interface InboundPost {
  readonly messageId: string
  readonly inReplyTo: string | null
  readonly references: readonly string[]
  readonly subject: string
  /** The From address, lower-cased; null when the message has none we can read. */
  readonly fromAddress: string | null
  /** The From display name (or the address's local part): all that the archive ever shows of the sender. */
  readonly fromName: string
  readonly text: string
  readonly html: string | null
  readonly headerLines: readonly { readonly key: string; readonly line: string }[]
}

/** Maps mailparser's result to an {@link InboundPost}; a missing Message-ID gets one so threading still works. */
export function toInboundPost(mail: ParsedMail, fallbackMessageId: string): InboundPost {
  const from = mail.from?.value[0]
  const address = from?.address?.toLowerCase() ?? null
  const references =
    mail.references === undefined ? [] : Array.isArray(mail.references) ? mail.references : [mail.references]
  return {
    messageId: mail.messageId ?? fallbackMessageId,
    inReplyTo: mail.inReplyTo ?? null,
    references,
    subject: mail.subject ?? '(no subject)',
    fromAddress: address,
    fromName: displayName(from?.name, address),
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : null,
    headerLines: mail.headerLines,
  }
}

/**
 * The sender as the archive and other members see them: the display name with any address in it cut to its local
 * part, or the address's local part alone. Members' addresses are never shown to other members.
 */
export function displayName(name: string | undefined, address: string | null): string {
  const cleaned = (name ?? '')
    .replace(/([^\s<>"@]+)@[^\s<>"]+/g, '$1')
    .replace(/[<>"]/g, '')
    .trim()
  if (cleaned !== '') return cleaned.slice(0, 100)
  return address?.split('@')[0]?.slice(0, 100) || 'unknown'
}
