// Test-only helpers: a real SMTP server that plays the relay and keeps what it receives.
import { writeFileSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { type ParsedMail, simpleParser } from 'mailparser'
import { createTransport } from 'nodemailer'
import type Mail from 'nodemailer/lib/mailer/index.js'
import { SMTPServer } from 'smtp-server'

/** One message the capture relay accepted: its envelope, raw bytes and parsed form. */
export interface CapturedMail {
  readonly from: string
  readonly to: readonly string[]
  readonly raw: string
  readonly parsed: ParsedMail
}

export interface CaptureRelay {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  readonly url: string
  readonly port: number
  readonly messages: readonly CapturedMail[]
  /** Resolves with the first captured message (already received or still to come) that `match` accepts. */
  waitFor(match: (mail: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>
  /** Makes the relay answer the next `n` messages with this SMTP error (e.g. 451 to test retries). */
  failNext(n: number, code: number): void
  stop(): Promise<void>
}

/**
 * Starts a local SMTP server (smtp-server, no auth, no TLS) on a free loopback port that accepts everything,
 * unless told to fail, and keeps it in memory. `onMessage` lets a caller persist messages elsewhere.
 */
export async function startCaptureRelay(onMessage?: (mail: CapturedMail) => void): Promise<CaptureRelay> {
  const messages: CapturedMail[] = []
  const waiters: { match: (mail: CapturedMail) => boolean; resolve: (mail: CapturedMail) => void }[] = []
  let failures = 0
  let failureCode = 451
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (failures > 0) {
          failures -= 1
          const error = Object.assign(new Error('relay told to fail'), { responseCode: failureCode })
          return callback(error)
        }
        const raw = Buffer.concat(chunks).toString('utf8')
        simpleParser(raw).then(
          (parsed) => {
            const from = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address
            const mail = { from, to: session.envelope.rcptTo.map((r) => r.address), raw, parsed }
            messages.push(mail)
            onMessage?.(mail)
            for (const waiter of [...waiters]) {
              if (waiter.match(mail)) {
                waiters.splice(waiters.indexOf(waiter), 1)
                waiter.resolve(mail)
              }
            }
            callback()
          },
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        )
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitFor(match, timeoutMs = 10_000) {
      const found = messages.find(match)
      if (found !== undefined) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching mail reached the relay in time')), timeoutMs)
        waiters.push({
          match,
          resolve: (mail) => {
            clearTimeout(timer)
            resolve(mail)
          },
        })
      })
    },
    failNext(n, code) {
      failures = n
      failureCode = code
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A message as saved to a folder by {@link saveToDir}, for a test in another process to read. */
export interface SavedMail {
  readonly from: string
  readonly to: readonly string[]
  readonly subject: string
  readonly text: string
  readonly raw: string
}

/** An `onMessage` for {@link startCaptureRelay} that saves each message as JSON in `dir` (browser tests' workers read it). */
export function saveToDir(dir: string): (mail: CapturedMail) => void {
  let n = 0
  return (mail) => {
    n += 1
    const saved: SavedMail = {
      from: mail.from,
      to: mail.to,
      subject: mail.parsed.subject ?? '',
      text: mail.parsed.text ?? '',
      raw: mail.raw,
    }
    writeFileSync(join(dir, `${String(n).padStart(6, '0')}.json`), JSON.stringify(saved))
  }
}

/** Every message saved in `dir` so far, oldest first. */
export async function readMailDir(dir: string): Promise<SavedMail[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as SavedMail))
}

/** Sends one message by SMTP to a listener on this machine, as any mail server would deliver it. */
export async function sendByTestSmtp(port: number, message: Mail.Options): Promise<string> {
  const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true })
  try {
    const info = await transport.sendMail(message)
    return info.response
  } finally {
    transport.close()
  }
}
