import dnsPacket from 'dns-packet'
import { describe, expect, it } from 'vitest'
import { query } from './test-kit.ts'
import { bareReply, minimumTtl, parseQuery, personalise, questionHash, Rcode } from './wire.ts'

const scratch = Buffer.alloc(512)

describe('parseQuery', () => {
  it('reads the question, lower-cases it into the scratch buffer and hashes it', () => {
    const parsed = parseQuery(query('ExAmple.BlockGov.alt', 'AAAA'), scratch)
    if (parsed.kind !== 'query') throw new Error(`expected a query, got ${parsed.kind}`)
    const lower = dnsPacket.encode({
      type: 'query',
      id: 0,
      questions: [{ type: 'AAAA', name: 'example.blockgov.alt' }],
    })
    const question = lower.subarray(12)
    expect(scratch.subarray(0, parsed.query.questionLength)).toEqual(question)
    expect(parsed.query).toMatchObject({
      qtype: 28,
      qclass: 1,
      qnameEnd: 12 + 22,
      questionEnd: 12 + 26,
      edns: undefined,
    })
    expect(parsed.query.hash).toBe(questionHash(question, question.length))
  })

  it('reads the EDNS buffer size and version', () => {
    const parsed = parseQuery(query('a.blockgov.alt', 'A', { udpSize: 4096 }), scratch)
    expect(parsed).toMatchObject({ kind: 'query', query: { edns: { udpSize: 4096, version: 0 } } })
  })

  it('drops responses and runts', () => {
    const response = query('a.blockgov.alt', 'A')
    response[2] = (response[2] as number) | 0x80
    expect(parseQuery(response, scratch)).toEqual({ kind: 'drop' })
    expect(parseQuery(Buffer.alloc(11), scratch)).toEqual({ kind: 'drop' })
  })

  it('answers other opcodes NOTIMP, keeping the EDNS the client sent', () => {
    const notify = query('a.blockgov.alt', 'SOA', { udpSize: 1232 })
    notify[2] = ((notify[2] as number) & 0x87) | (4 << 3)
    expect(parseQuery(notify, scratch)).toMatchObject({
      kind: 'error',
      rcode: Rcode.NOTIMP,
      opcode: 4,
      edns: { udpSize: 1232, version: 0 },
    })
  })

  it.each([
    ['no question', Buffer.from('00010100000000000000000000', 'hex').subarray(0, 12)],
    ['two questions', withCount(query('a.blockgov.alt', 'A'), 4, 2)],
    ['an answer in a query', withCount(query('a.blockgov.alt', 'A'), 6, 1)],
    ['trailing bytes', Buffer.concat([query('a.blockgov.alt', 'A'), Buffer.from([0])])],
    ['a cut-off question', query('a.blockgov.alt', 'A').subarray(0, 20)],
    ['a label longer than 63', Buffer.concat([query('a', 'A').subarray(0, 12), Buffer.from([64])])],
    ['a missing OPT', withCount(query('a.blockgov.alt', 'A'), 10, 1)],
    ['two OPTs', twoOpts()],
  ])('answers a query with %s FORMERR', (_, message) => {
    expect(parseQuery(message, scratch)).toMatchObject({ kind: 'error', rcode: Rcode.FORMERR })
  })

  it('answers EDNS versions above 0 BADVERS', () => {
    const message = query('a.blockgov.alt', 'A', { udpSize: 1232 })
    message[message.length - 5] = 1 // the OPT TTL is extended rcode, version, flags; RDLENGTH follows
    expect(parseQuery(message, scratch)).toMatchObject({ kind: 'error', rcode: Rcode.BADVERS, edns: { version: 1 } })
  })
})

describe('bareReply', () => {
  it('echoes the ID, opcode, RD and question, and carries extended rcodes in an OPT', () => {
    const message = query('A.blockgov.alt', 'A', { id: 777, udpSize: 1232 })
    const parsed = parseQuery(message, scratch)
    if (parsed.kind !== 'query') throw new Error('expected a query')
    const reply = bareReply(
      message,
      { rcode: Rcode.BADVERS, opcode: 0, questionEnd: parsed.query.questionEnd, edns: true },
      1232,
    )
    const decoded = dnsPacket.decode(reply)
    expect(decoded).toMatchObject({ id: 777, type: 'response', flag_rd: true, questions: [{ name: 'A.blockgov.alt' }] })
    expect(decoded.additionals).toMatchObject([{ type: 'OPT', udpPayloadSize: 1232, extendedRcode: 1 }])
  })
})

describe('personalise', () => {
  it('patches ID, RD, CD and the question case into a cached reply', () => {
    const cached = dnsPacket.encode({
      type: 'response',
      id: 0,
      flags: dnsPacket.AUTHORITATIVE_ANSWER,
      questions: [{ type: 'A', name: 'example.blockgov.alt' }],
    })
    const message = query('EXAMPLE.blockgov.alt', 'A', {
      id: 9,
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.CHECKING_DISABLED,
    })
    const decoded = dnsPacket.decode(personalise(cached, message, 12 + 22))
    expect(decoded).toMatchObject({
      id: 9,
      flag_aa: true,
      flag_rd: true,
      flag_cd: true,
      questions: [{ name: 'EXAMPLE.blockgov.alt' }],
    })
  })
})

describe('minimumTtl', () => {
  it('is the smallest TTL of the answer and authority records', () => {
    const response = dnsPacket.encode({
      type: 'response',
      questions: [{ type: 'A', name: 'a.alt' }],
      answers: [
        { type: 'A', name: 'a.alt', ttl: 300, data: '192.0.2.1' },
        { type: 'A', name: 'a.alt', ttl: 60, data: '192.0.2.2' },
      ],
      authorities: [{ type: 'NS', name: 'alt', ttl: 120, data: 'ns.alt' }],
    })
    expect(minimumTtl(response)).toBe(60)
    expect(
      minimumTtl(dnsPacket.encode({ type: 'response', questions: [{ type: 'A', name: 'a.alt' }] })),
    ).toBeUndefined()
  })
})

function withCount(message: Buffer, offset: number, count: number): Buffer {
  const copy = Buffer.from(message)
  copy.writeUInt16BE(count, offset)
  return copy
}

function twoOpts(): Buffer {
  const message = query('a.blockgov.alt', 'A', { udpSize: 1232 })
  const opt = message.subarray(message.length - 11)
  return withCount(Buffer.concat([message, opt]), 10, 2)
}
