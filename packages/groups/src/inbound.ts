import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'
import { parseRecipient } from './addresses.ts'
import { toInboundPost } from './inbound-message.ts'
import type { GroupsService, InboundOutcome } from './service.ts'

export interface InboundOptions {
  readonly host: string
  /** 0 picks a free port (tests). */
  readonly port: number
  /** Largest message accepted, in bytes: announced with SIZE (RFC 1870) and enforced on DATA. */
  readonly maxMessageBytes: number
  readonly service: GroupsService
  readonly onError: (error: unknown) => void
}

export interface InboundListener {
  readonly port: number
  stop(): Promise<void>
}

/** An SMTP reply: the code the client sees and a one-line text with an RFC 3463 enhanced status code. */
interface Reply {
  readonly code: number
  readonly text: string
}

class SmtpReplyError extends Error {
  readonly responseCode: number
  constructor(reply: Reply) {
    super(reply.text)
    this.responseCode = reply.code
  }
}

/** The SMTP reply for each outcome: accepted ones say what happened, refused ones why. */
export function replyFor(outcome: InboundOutcome): Reply {
  switch (outcome.kind) {
    case 'archived':
      return { code: 250, text: '2.0.0 Posted to the list' }
    case 'held':
      return outcome.reason === 'non-member'
        ? { code: 250, text: '2.0.0 Held for moderation: the sender is not a member of this list' }
        : { code: 250, text: '2.0.0 Held for moderation: first posts are checked by a moderator' }
    case 'duplicate':
      return { code: 250, text: '2.0.0 Already received (same Message-ID)' }
    case 'bounce':
      return { code: 250, text: '2.0.0 Bounce recorded' }
    case 'unsubscribed':
      return { code: 250, text: '2.0.0 Unsubscribe request processed' }
    case 'loop':
      return { code: 554, text: '5.4.6 Mail loop detected: this message already went through our lists' }
    case 'no-such-list':
      return { code: 550, text: '5.1.1 No such list here' }
    case 'announce-only':
      return { code: 550, text: '5.7.1 The main list is announce-only; write to a working group list instead' }
    case 'no-sender':
      return { code: 550, text: '5.1.7 The message has no readable From address' }
    default:
      return outcome satisfies never
  }
}

/**
 * Starts the inbound SMTP listener for the lists: it accepts RCPT only for our list, bounce and unsubscribe
 * addresses (others get 550 5.1.1 at RCPT, so a relay never queues mail we would drop), enforces the size limit,
 * parses each message with mailparser and hands it to the service. No AUTH and no STARTTLS: it is meant to sit
 * behind the domain's MX relay (Postfix) on a private interface, see docs/groups.md.
 */
export async function startInboundListener(options: InboundOptions): Promise<InboundListener> {
  const { service } = options
  const domain = service.listDomain

  async function checkRecipient(address: SMTPServerAddress): Promise<Reply | null> {
    const recipient = parseRecipient(address.address, domain)
    if (recipient.kind === 'foreign') return { code: 550, text: `5.1.1 <${address.address}>: not a list address here` }
    if (!(await service.listExists(recipient.slug)))
      return { code: 550, text: `5.1.1 <${address.address}>: no such list` }
    return null
  }

  const server = new SMTPServer({
    banner: 'blockgov lists',
    size: options.maxMessageBytes,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      checkRecipient(address).then(
        (reply) => callback(reply === null ? null : new SmtpReplyError(reply)),
        (error: unknown) => {
          options.onError(error)
          callback(new SmtpReplyError({ code: 451, text: '4.3.0 Temporary failure; try again later' }))
        },
      )
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          if (stream.sizeExceeded) {
            throw new SmtpReplyError({
              code: 552,
              text: `5.3.4 Message too big for this list (limit ${options.maxMessageBytes} bytes)`,
            })
          }
          const post = toInboundPost(mail, `<${randomUUID()}@${domain}>`)
          let reply: Reply = { code: 250, text: '2.0.0 OK' }
          for (const rcpt of session.envelope.rcptTo) {
            const recipient = parseRecipient(rcpt.address, domain)
            const outcome: InboundOutcome =
              recipient.kind === 'list'
                ? await service.receivePost(recipient.slug, post)
                : recipient.kind === 'bounce'
                  ? await service.receiveBounce(recipient.subscriberId, mail.text ?? '')
                  : recipient.kind === 'unsubscribe'
                    ? await service.receiveUnsubscribe(recipient.slug, post)
                    : { kind: 'no-such-list' }
            const next = replyFor(outcome)
            // A refusal for any recipient is what the sender must hear about.
            if (reply.code < 400) reply = next
          }
          if (reply.code >= 400) throw new SmtpReplyError(reply)
          callback(null, reply.text)
        })
        .catch((error: unknown) => {
          if (error instanceof SmtpReplyError) return callback(error)
          options.onError(error)
          callback(new SmtpReplyError({ code: 451, text: '4.3.0 Temporary failure; try again later' }))
        })
    },
  })
  server.on('error', options.onError)
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.server.address() as AddressInfo
  let stopped: Promise<void> | undefined
  return {
    port,
    stop() {
      stopped ??= new Promise<void>((resolve) => server.close(() => resolve()))
      return stopped
    },
  }
}
