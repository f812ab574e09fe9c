import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { QueryHandler } from './query-handler.ts'
import { decodeReply, exampleZone, query } from './test-kit.ts'

const label = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/)
const name = fc.oneof(
  fc.constantFrom('example.blockgov.alt', 'www.example.blockgov.alt', 'blockgov.alt'),
  fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => `${labels.join('.')}.blockgov.alt`),
)
const mixedCase = (value: string, flips: readonly boolean[]) =>
  [...value].map((char, i) => (flips[i % flips.length] === true ? char.toUpperCase() : char)).join('')

describe('replies echo the query', () => {
  it('keep the ID and the exact question bytes for any name, case and type, cached or not', async () => {
    const handler = new QueryHandler({ zone: exampleZone() })
    await fc.assert(
      fc.asyncProperty(
        name,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('A', 'AAAA', 'TXT', 'MX', 'SRV', 'CAA', 'NS', 'SOA', 'CNAME'),
        fc.integer({ min: 0, max: 0xffff }),
        fc.option(fc.integer({ min: 0, max: 0xffff }), { nil: undefined }),
        async (qname, flips, type, id, udpSize) => {
          const message = query(mixedCase(qname, flips), type, { id, udpSize })
          const reply = await handler.handle(message, 'udp')
          if (reply === null) throw new Error('a valid query was dropped')
          const decoded = decodeReply(reply)
          expect(decoded.id).toBe(id)
          expect(['NOERROR', 'NXDOMAIN']).toContain(decoded.rcode)
          const questionEnd = 12 + Buffer.byteLength(qname) + 2 + 4
          expect(reply.subarray(12, questionEnd)).toEqual(message.subarray(12, questionEnd))
        },
      ),
      { numRuns: 500, seed: 1127 },
    )
  })
})
