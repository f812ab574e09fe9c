import { randomUUID } from 'node:crypto'
import { createInterface } from 'node:readline/promises'
import { Writable } from 'node:stream'
import { hashPassword, MIN_PASSWORD_LENGTH } from '@blockgov/auth'
import { loadConfigOrExit } from '@blockgov/config'
import { insertOrganiser, openDatabase } from '@blockgov/db'
import { z } from 'zod'

export interface AdminCreateOptions {
  readonly email: string
  readonly name: string
}

/** Reads the password: hidden prompt (twice) on a terminal, or the first line of standard input in scripts. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin })
    for await (const line of lines) return line
    return ''
  }
  let muted = false
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk)
      done()
    },
  })
  const rl = createInterface({ input: process.stdin, output, terminal: true })
  const ask = async (question: string) => {
    process.stdout.write(question)
    muted = true
    const answer = await rl.question('')
    muted = false
    process.stdout.write('\n')
    return answer
  }
  try {
    const first = await ask('Password: ')
    const again = await ask('Repeat password: ')
    if (first !== again) throw new Error('the two passwords differ')
    return first
  } finally {
    rl.close()
  }
}

/** `blockgov admin create --email … --name …`: creates an organiser account (the first one, or another). */
export async function adminCreate(options: AdminCreateOptions): Promise<void> {
  const email = z.email().safeParse(options.email)
  if (!email.success) throw new Error(`"${options.email}" is not an email address`)
  const config = loadConfigOrExit(process.env)
  const password = await readPassword()
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`)
  }
  const database = await openDatabase(config.database)
  try {
    const created = await insertOrganiser(database.db, {
      id: randomUUID(),
      email: email.data,
      displayName: options.name,
      passwordHash: await hashPassword(password),
    })
    if (!created) throw new Error(`an organiser with the email ${email.data} already exists`)
  } finally {
    await database.close()
  }
  process.stdout.write(`blockgov: organiser ${email.data.toLowerCase()} created; sign in at /sprint\n`)
}
