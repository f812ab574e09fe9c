import { hashToken, newToken } from '@blockgov/auth'
import { describe, expect, it } from 'vitest'
import { bounceAddress, isValidGroupSlug, listAddress, normaliseEmail, parseRecipient, slugify } from './addresses.ts'
import { countBounce, isHardBounce } from './bounces.ts'
import { isOwnLoop, listHeaders, listId } from './headers.ts'
import { isPermanentSmtpFailure, MAX_SEND_ATTEMPTS, nextAttemptAt } from './retry.ts'
import { buildThreads } from './threads.ts'
import { tokenValid } from './tokens.ts'

const domain = 'lists.example.org'

describe('addresses', () => {
  it('names lists and classifies recipients', () => {
    expect(listAddress('privacy-tools', domain)).toBe('privacy-tools@lists.example.org')
    expect(parseRecipient('Privacy-Tools@LISTS.example.org', domain)).toEqual({ kind: 'list', slug: 'privacy-tools' })
    expect(parseRecipient('announce@lists.example.org', domain)).toEqual({ kind: 'list', slug: 'announce' })
    expect(parseRecipient('someone@elsewhere.org', domain)).toEqual({ kind: 'foreign' })
    expect(parseRecipient('no-at-sign', domain)).toEqual({ kind: 'foreign' })
    expect(parseRecipient('privacy-tools+unsubscribe@lists.example.org', domain)).toEqual({
      kind: 'unsubscribe',
      slug: 'privacy-tools',
    })
    const id = '0b6f7a4e-2c1d-4e8f-9a0b-1c2d3e4f5a6b'
    expect(parseRecipient(bounceAddress('privacy-tools', id, domain), domain)).toEqual({
      kind: 'bounce',
      slug: 'privacy-tools',
      subscriberId: id,
    })
  })

  it('reserves the main list and system names, and slugifies names', () => {
    expect(isValidGroupSlug('announce')).toBe(false)
    expect(isValidGroupSlug('postmaster')).toBe(false)
    expect(isValidGroupSlug('a')).toBe(false)
    expect(isValidGroupSlug('bad--slug')).toBe(false)
    expect(isValidGroupSlug('privacy-tools')).toBe(true)
    expect(slugify('Accessibility & Libraries — Café')).toBe('accessibility-libraries-cafe')
    expect(slugify('!')).toBe('group')
  })

  it('accepts ordinary addresses and refuses malformed ones', () => {
    expect(normaliseEmail('  Ada@Example.ORG ')).toBe('ada@example.org')
    for (const bad of ['ada', 'ada@', '@example.org', 'ada@example', 'a b@example.org', '<ada@example.org>']) {
      expect(normaliseEmail(bad)).toBeNull()
    }
  })
})

describe('list headers', () => {
  const headers = listHeaders({
    slug: 'privacy-tools',
    name: 'Privacy "tools"',
    domain,
    publicUrl: 'https://blockgov.example.org/',
    unsubscribeToken: 'tok_en',
    postable: true,
  })

  it('carries RFC 2369 and RFC 8058 one-click headers', () => {
    expect(headers['List-Id']).toBe('"Privacy tools" <privacy-tools.lists.example.org>')
    expect(headers['List-Unsubscribe']).toBe(
      '<https://blockgov.example.org/api/groups/unsubscribe/tok_en>, <mailto:privacy-tools+unsubscribe@lists.example.org?subject=unsubscribe>',
    )
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
    expect(headers['List-Post']).toBe('<mailto:privacy-tools@lists.example.org>')
    expect(headers['List-Archive']).toBe('<https://blockgov.example.org/groups/lists/privacy-tools>')
    expect(headers['List-Help']).toBe('<https://blockgov.example.org/groups/help>')
    expect(listId('privacy-tools', domain)).toBe('privacy-tools.lists.example.org')
  })

  it('says NO to posting on an announce-only list', () => {
    expect(
      listHeaders({
        slug: 'announce',
        name: 'A',
        domain,
        publicUrl: 'https://x',
        unsubscribeToken: 't',
        postable: false,
      })['List-Post'],
    ).toBe('NO')
  })

  it('recognises our own traffic coming back', () => {
    expect(isOwnLoop([{ key: 'x-loop', line: 'X-Loop: privacy-tools@lists.example.org' }], domain)).toBe(true)
    expect(isOwnLoop([{ key: 'list-id', line: `List-Id: ${headers['List-Id']}` }], domain)).toBe(true)
    expect(isOwnLoop([{ key: 'list-id', line: 'List-Id: <other.lists.elsewhere.org>' }], domain)).toBe(false)
    expect(isOwnLoop([{ key: 'subject', line: 'Subject: x-loop@lists.example.org' }], domain)).toBe(false)
  })
})

describe('tokens', () => {
  it('are random, hashed and expire', () => {
    const a = newToken()
    expect(a).not.toBe(newToken())
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashToken(a)).not.toContain(a)
    const expires = new Date('2026-01-02T00:00:00Z')
    expect(tokenValid(expires, new Date('2026-01-01T23:59:59Z'))).toBe(true)
    expect(tokenValid(expires, expires)).toBe(false)
  })
})

describe('retry back-off', () => {
  it('doubles from a minute, caps at six hours and gives up', () => {
    const t = new Date('2026-01-01T00:00:00Z')
    const delay = (n: number) => (nextAttemptAt(n, t)?.getTime() ?? Number.NaN) - t.getTime()
    expect(delay(1)).toBe(60_000)
    expect(delay(2)).toBe(120_000)
    expect(delay(3)).toBe(240_000)
    expect(delay(MAX_SEND_ATTEMPTS - 1)).toBeLessThanOrEqual(6 * 3_600_000)
    expect(nextAttemptAt(MAX_SEND_ATTEMPTS, t)).toBeNull()
    expect(isPermanentSmtpFailure(550)).toBe(true)
    expect(isPermanentSmtpFailure(451)).toBe(false)
    expect(isPermanentSmtpFailure(undefined)).toBe(false)
  })
})

describe('bounces', () => {
  it('counts permanent failures only and disables at the limit', () => {
    expect(isHardBounce('Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 unknown')).toBe(true)
    expect(isHardBounce('Action: delayed\nStatus: 4.4.1')).toBe(false)
    expect(isHardBounce('I am on holiday until Monday.')).toBe(false)
    expect(countBounce(0, 3)).toEqual({ count: 1, disabled: false })
    expect(countBounce(2, 3)).toEqual({ count: 3, disabled: true })
  })
})

describe('threads', () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute))
  const msg = (id: string, minute: number, inReplyTo: string | null = null, references: string[] = []) => ({
    id,
    messageId: `<${id}@x>`,
    inReplyTo,
    references,
    receivedAt: at(minute),
  })

  it('joins replies by In-Reply-To or References and orders by latest activity', () => {
    const threads = buildThreads([
      msg('c', 3, '<a@x>', ['<a@x>']),
      msg('a', 1),
      msg('b', 2),
      msg('d', 4, null, ['<a@x>', '<c@x>']),
      msg('e', 5, '<unknown@x>'),
    ])
    expect(threads.map((t) => t.messages.map((m) => m.id))).toEqual([['e'], ['a', 'c', 'd'], ['b']])
    expect(threads[1]?.root.id).toBe('a')
  })
})
