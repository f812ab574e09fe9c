import { describe, expect, it } from 'vitest'
import { decodeRecords, encodeRecords } from './records.ts'
import { exampleRecords } from './test-kit.ts'

describe('encodeRecords / decodeRecords', () => {
  it('round-trips every served type through the contract storage format', () => {
    const decoded = decodeRecords(encodeRecords(exampleRecords))
    expect(decoded.malformed).toBe(false)
    expect(decoded.ignored).toBe(0)
    expect(decoded.records.map((record) => [record.type, record.name, record.ttl])).toEqual(
      exampleRecords.map((record) => [record.type, record.name, record.ttl]),
    )
    expect(decoded.records[0]?.data).toBe('192.0.2.1')
  })

  it('gives records without a TTL 300 s', () => {
    const [record] = decodeRecords(encodeRecords([{ type: 'A', name: 'a.blockgov.alt', data: '192.0.2.9' }])).records
    expect(record?.ttl).toBe(300)
  })

  it('normalises owner names to lower case', () => {
    const [record] = decodeRecords(encodeRecords([{ type: 'A', name: 'A.BlockGov.alt', data: '192.0.2.9' }])).records
    expect(record?.name).toBe('a.blockgov.alt')
  })

  it('ignores types the gateway does not serve and keeps the rest', () => {
    const ptr = { type: 'PTR', name: 'a.blockgov.alt', data: 'b.blockgov.alt' } as const
    const bytes = encodeRecords([ptr, ...exampleRecords.slice(0, 1)])
    const decoded = decodeRecords(bytes)
    expect(decoded.ignored).toBe(1)
    expect(decoded.records).toHaveLength(1)
  })

  it('stops at bytes that are cut short and reports them as malformed', () => {
    const bytes = encodeRecords(exampleRecords.slice(0, 2))
    const decoded = decodeRecords(bytes.subarray(0, bytes.length - 3))
    expect(decoded.malformed).toBe(true)
    expect(decoded.records).toHaveLength(1)
  })

  it('refuses compression pointers, which stored records cannot use', () => {
    const bytes = Uint8Array.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 1])
    expect(decodeRecords(bytes)).toEqual({ records: [], ignored: 0, malformed: true })
  })

  it('treats an A record with the wrong RDATA length as malformed rather than reading past it', () => {
    const bytes = Uint8Array.from([1, 0x61, 0, 0, 1, 0, 1, 0, 0, 0, 60, 0, 3, 192, 0, 2])
    const decoded = decodeRecords(bytes)
    expect(decoded.records).toHaveLength(0)
    expect(decoded.ignored).toBe(1)
  })
})
