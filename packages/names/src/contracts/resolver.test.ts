import { type Hex, toHex } from 'viem'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { dnsNameHash, encodeDnsRecords } from '../dns-records.ts'
import { namehash } from '../namehash.ts'
import { contracts, expectRevert, type Fixture, startFixture, TEST_RULES } from './fixture.ts'

let f: Fixture
let snapshot: Hex
let name: string

beforeAll(async () => {
  f = await startFixture()
  name = await f.register('example')
})
afterAll(async () => {
  await f?.stop()
})
beforeEach(async () => {
  snapshot = await f.snapshot()
})
afterEach(async () => {
  await f.revert(snapshot)
})

const resolver = () => ({ address: f.deployment.resolver, abi: contracts.resolver })
const a = (owner: string, ip: string) => ({ name: owner, type: 'A' as const, ttl: 300, data: ip })

describe('NamesResolver address and text records', () => {
  it('sets and reads the Ethereum address, with an event carrying the version', async () => {
    const result = await f.as(0).setAddress(name, f.address(4))
    expect(await f.as(0).getAddress(name)).toBe(f.address(4))
    const [event] = await f.events(result.hash, 'AddressChanged')
    expect(event).toMatchObject({ node: namehash(name), version: 1, coinType: 60n })
  })

  it('stores other chains’ addresses as bytes and refuses a malformed Ethereum one', async () => {
    const node = namehash(name)
    await f.send(0, { ...resolver(), functionName: 'setAddr', args: [node, 0n, '0x00142a'] })
    const read = await f.clients.publicClient.readContract({ ...resolver(), functionName: 'addr', args: [node, 0n] })
    expect(read).toBe('0x00142a')
    await expectRevert(
      f.send(0, { ...resolver(), functionName: 'setAddr', args: [node, 60n, '0x1234'] }),
      'NamesResolverInvalidAddress',
    )
  })

  it('sets, overwrites and removes text records', async () => {
    const result = await f.as(0).setText(name, 'url', 'https://example.org/')
    expect(await f.as(0).getText(name, 'url')).toBe('https://example.org/')
    expect(await f.events(result.hash, 'TextChanged')).toHaveLength(1)
    await f.as(0).setText(name, 'url', '')
    expect(await f.as(0).getText(name, 'url')).toBeNull()
  })

  it('lets only the holder write', async () => {
    await expectRevert(f.as(1).setAddress(name, f.address(1)), 'NamesRegistryNotOwner')
    await expectRevert(f.as(1).setText(name, 'url', 'x'), 'NamesRegistryNotOwner')
    await expectRevert(f.as(1).setDnsRecords(name, [a(name, '192.0.2.1')]), 'NamesRegistryNotOwner')
  })

  it('batches writes with multicall and answers ERC-165 for its profiles', async () => {
    const { encodeFunctionData } = await import('viem')
    const node = namehash(name)
    const calls = [
      encodeFunctionData({ abi: contracts.resolver, functionName: 'setText', args: [node, 'email', 'a@example.org'] }),
      encodeFunctionData({ abi: contracts.resolver, functionName: 'setAddr', args: [node, f.address(2)] }),
    ]
    await f.send(0, { ...resolver(), functionName: 'multicall', args: [calls] })
    expect(await f.as(0).getText(name, 'email')).toBe('a@example.org')
    expect(await f.as(0).getAddress(name)).toBe(f.address(2))
    for (const id of ['0x01ffc9a7', '0x3b3b57de', '0xf1cb7e06', '0x59d1d43c', '0xa8fa5682'] as const) {
      expect(
        await f.clients.publicClient.readContract({ ...resolver(), functionName: 'supportsInterface', args: [id] }),
      ).toBe(true)
    }
    expect(
      await f.clients.publicClient.readContract({
        ...resolver(),
        functionName: 'supportsInterface',
        args: ['0xffffffff'],
      }),
    ).toBe(false)
  })
})

describe('NamesResolver DNS records', () => {
  it('stores each name/type group as one RRset and returns wire-format records', async () => {
    const result = await f
      .as(0)
      .setDnsRecords(name, [
        a(name, '192.0.2.1'),
        { name, type: 'AAAA', ttl: 60, data: '2001:db8::1' },
        a(name, '192.0.2.2'),
        { name, type: 'TXT', ttl: 60, data: 'hello' },
        { name: `www.${name}`, type: 'CNAME', ttl: 60, data: name },
        { name, type: 'MX', ttl: 60, data: { preference: 10, exchange: `mx.${name}` } },
        { name: `_sip._tcp.${name}`, type: 'SRV', ttl: 60, data: { priority: 1, weight: 1, port: 5060, target: name } },
        { name, type: 'NS', ttl: 60, data: `ns1.${name}` },
        { name, type: 'CAA', ttl: 60, data: { flags: 0, tag: 'issue', value: 'letsencrypt.org' } },
      ])
    const aSet = await f.as(0).getDnsRecords(name, 'A')
    expect(aSet.map((r) => r.data)).toEqual(['192.0.2.1', '192.0.2.2'])
    expect((await f.as(0).getDnsRecords(name, 'AAAA'))[0]?.data).toBe('2001:db8::1')
    expect((await f.as(0).getDnsRecords(name, 'CNAME', `www.${name}`))[0]?.data).toBe(name)
    expect((await f.as(0).getDnsRecords(name, 'SRV', `_sip._tcp.${name}`))[0]?.data).toMatchObject({ port: 5060 })
    expect((await f.as(0).getDnsRecords(name, 'CAA'))[0]?.data).toMatchObject({
      tag: 'issue',
      value: 'letsencrypt.org',
    })
    expect((await f.as(0).getDnsRecords(name, 'MX'))[0]?.data).toEqual({ preference: 10, exchange: `mx.${name}` })
    expect((await f.as(0).getDnsRecords(name, 'NS'))[0]?.data).toBe(`ns1.${name}`)
    expect(await f.events(result.hash, 'DNSRecordChanged')).toHaveLength(8)
  })

  it('replaces an RRset on a later write and deletes it with empty data', async () => {
    await f.as(0).setDnsRecords(name, [a(name, '192.0.2.1'), a(name, '192.0.2.2')])
    await f.as(0).setDnsRecords(name, [a(name, '192.0.2.3')])
    expect((await f.as(0).getDnsRecords(name, 'A')).map((r) => r.data)).toEqual(['192.0.2.3'])
    const result = await f.as(0).deleteDnsRecords(name, [{ name, type: 'A' }])
    expect(await f.as(0).getDnsRecords(name, 'A')).toEqual([])
    expect(await f.events(result.hash, 'DNSRecordDeleted')).toHaveLength(1)
  })

  it('refuses records outside the name, upper case, compression, other classes and bad lengths', async () => {
    const node = namehash(name)
    const setRaw = (data: Hex) => f.send(0, { ...resolver(), functionName: 'setDNSRecords', args: [node, data] })
    await expectRevert(f.as(0).setDnsRecords(name, [a('other.blockgov.alt', '192.0.2.1')]), 'DnsWireOutsideZone')
    await expectRevert(f.as(0).setDnsRecords(name, [a('blockgov.alt', '192.0.2.1')]), 'DnsWireOutsideZone')
    const valid = encodeDnsRecords([a(name, '192.0.2.1')])
    const upper = valid.replace(toHex('example').slice(2), toHex('EXAMPLE').slice(2)) as Hex
    await expectRevert(setRaw(upper), 'DnsWireMalformed')
    await expectRevert(setRaw(valid.slice(0, -2) as Hex), 'DnsWireMalformed')
    await expectRevert(setRaw('0xc00c0001000100000e1000040a000001'), 'DnsWireMalformed')
    const chaos = `${valid.slice(0, 2 + 22 * 2 + 4)}0003${valid.slice(2 + 22 * 2 + 8)}` as Hex
    await expectRevert(setRaw(chaos), 'DnsWireUnsupportedClass')
    const shortA = `${valid.slice(0, 2 + 22 * 2 + 16)}0003c00002` as Hex
    await expectRevert(setRaw(shortA), 'NamesResolverInvalidRdata')
    const deletion = `${valid.slice(0, 2 + 22 * 2 + 16)}0000` as Hex
    await expectRevert(setRaw(`${valid}${deletion.slice(2)}` as Hex), 'NamesResolverMixedRRset')
  })

  it('reads by EIP-1185 key: keccak256 of the wire name and the numeric type', async () => {
    await f.as(0).setDnsRecords(name, [a(name, '192.0.2.7')])
    const raw = await f.clients.publicClient.readContract({
      ...resolver(),
      functionName: 'dnsRecord',
      args: [namehash(name), dnsNameHash(name), 1],
    })
    expect(raw).toBe(encodeDnsRecords([a(name, '192.0.2.7')]))
  })
})

describe('NamesResolver stale-record protection', () => {
  it('serves none of the previous holder’s records after a transfer', async () => {
    await f.as(0).setAddress(name, f.address(0))
    await f.as(0).setText(name, 'url', 'https://old.example/')
    await f.as(0).setDnsRecords(name, [a(name, '192.0.2.1')])
    await f.as(0).transfer(name, f.address(1))
    expect(await f.as(1).getAddress(name)).toBeNull()
    expect(await f.as(1).getText(name, 'url')).toBeNull()
    expect(await f.as(1).getDnsRecords(name, 'A')).toEqual([])
    await f.as(1).setDnsRecords(name, [a(name, '198.51.100.1')])
    expect((await f.as(1).getDnsRecords(name, 'A')).map((r) => r.data)).toEqual(['198.51.100.1'])
  })

  it('keeps serving through the grace period, then nothing; the next registrant starts empty', async () => {
    await f.as(0).setDnsRecords(name, [a(name, '192.0.2.1')])
    const { expiry } = await f.as(0).nameInfo(name)
    await f.mineAt(expiry + TEST_RULES.gracePeriod)
    expect(await f.as(0).getDnsRecords(name, 'A')).toHaveLength(1)
    await f.mineAt(expiry + TEST_RULES.gracePeriod + 1)
    expect(await f.as(0).getDnsRecords(name, 'A')).toEqual([])
    const raw = await f.clients.publicClient.readContract({
      ...resolver(),
      functionName: 'dnsRecord',
      args: [namehash(name), dnsNameHash(name), 1],
    })
    expect(raw).toBe('0x')
    await f.register('example', 2)
    expect(await f.as(2).getDnsRecords(name, 'A')).toEqual([])
  })
})
