import { randomUUID } from 'node:crypto'
import MailComposer from 'nodemailer/lib/mail-composer/index.js'

/** One message to build: addresses, content, and extra headers (the list headers). */
export interface MessageSpec {
  readonly messageId: string
  readonly from: { readonly name: string; readonly address: string }
  readonly to: string
  readonly replyTo?: string
  readonly subject: string
  readonly text: string
  readonly html?: string
  readonly inReplyTo?: string
  readonly references?: readonly string[]
  readonly headers?: Readonly<Record<string, string>>
  readonly date: Date
}

/** A fresh Message-ID under our list domain (RFC 5322 §3.6.4). */
export function newMessageId(domain: string): string {
  return `<${randomUUID()}@${domain}>`
}

/**
 * Builds the RFC 5322 bytes of a message once, with nodemailer's composer. The queue stores these bytes, so
 * every retry sends exactly the same message (same Message-ID, same Date), which receivers can deduplicate.
 */
export async function composeMessage(spec: MessageSpec): Promise<string> {
  const composer = new MailComposer({
    messageId: spec.messageId,
    from: { name: spec.from.name, address: spec.from.address },
    to: spec.to,
    ...(spec.replyTo === undefined ? {} : { replyTo: spec.replyTo }),
    subject: spec.subject,
    text: spec.text,
    ...(spec.html === undefined ? {} : { html: spec.html }),
    ...(spec.inReplyTo === undefined ? {} : { inReplyTo: spec.inReplyTo }),
    ...(spec.references === undefined || spec.references.length === 0 ? {} : { references: [...spec.references] }),
    // Already-formatted ASCII values (listHeaders): nodemailer would otherwise encode their quotes as MIME words.
    headers: Object.fromEntries(
      Object.entries(spec.headers ?? {}).map(([name, value]) => [name, { prepared: true, value }]),
    ),
    date: spec.date,
  })
  const raw = await composer.compile().build()
  return raw.toString('utf8')
}
