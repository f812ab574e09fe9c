import { createSocket } from 'node:dgram'
import { once } from 'node:events'
import dnsPacket from 'dns-packet'
import { describe, expect, it } from 'vitest'
import { startGateway } from './gateway.ts'
import { QueryHandler } from './query-handler.ts'
import { encodeRecords } from './records.ts'
import { DAY, exampleZone, NOW, query } from './test-kit.ts'

/** mulberry32: seeded, so a failure names the packet that caused it and reruns identically. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PACKETS = 100_000

const corpus = [
  query('example.blockgov.alt', 'A'),
  query('ExAmple.blockgov.alt', 'AAAA', { udpSize: 1232 }),
  query('www.example.blockgov.alt', 'TXT', { udpSize: 512 }),
  query('big.blockgov.alt', 'TXT'),
  query('nope.blockgov.alt', 'MX', { udpSize: 4096 }),
  query('blockgov.alt', 'SOA'),
  query('blockgov.alt', 'NS', { udpSize: 1232 }),
  query('example.org', 'A'),
  query('_sip._udp.example.blockgov.alt', 'SRV'),
]

/** The example zone plus an answer too big for plain UDP and a suspended name. */
function fuzzZone() {
  const zone = exampleZone()
  zone.upsertName('big.blockgov.alt', {
    expiresAt: NOW + DAY,
    suspended: false,
    records: encodeRecords(
      Array.from({ length: 8 }, (_, i) => ({
        type: 'TXT' as const,
        name: 'big.blockgov.alt',
        data: ['y'.repeat(250) + i],
      })),
    ),
  })
  zone.upsertName('disputed.blockgov.alt', { expiresAt: NOW + DAY, suspended: true, records: new Uint8Array() })
  return zone
}

describe('fuzzing the query handler', () => {
  it(`survives ${PACKETS.toLocaleString('en')} random and mutated packets with only well-formed replies`, async () => {
    const handler = new QueryHandler({ zone: fuzzZone() })
    const next = random(20261127)
    const byte = () => Math.floor(next() * 256)
    let replies = 0
    for (let i = 0; i < PACKETS; i++) {
      const packet = makePacket(next, byte)
      const transport = next() < 0.8 ? 'udp' : 'tcp'
      const reply = await handler.handle(packet, transport)
      if (reply === null) continue
      replies++
      const problem = checkReply(packet, reply, transport)
      if (problem !== undefined) throw new Error(`packet ${i} (${packet.toString('hex')}): ${problem}`)
    }
    // Most mutated packets still parse enough to deserve an answer; a fuzzer that only produced drops proves little.
    expect(replies).toBeGreaterThan(PACKETS / 2)
  }, 120_000)

  const WIRE_PACKETS = 20_000
  const BURST = 250
  // The same fuzz over real sockets: bursts fill whole recvmmsg batches, and a reply lands in the wrong slot, goes
  // twice or goes missing only on the wire.
  it.each(['batched', 'dgram'] as const)(
    `answers ${WIRE_PACKETS.toLocaleString('en')} fuzzed packets over real UDP (%s): one well-formed reply to each packet that deserves one`,
    async (udpIo) => {
      const reference = new QueryHandler({ zone: fuzzZone() })
      const gateway = await startGateway({
        zone: fuzzZone(),
        port: 0,
        udpIo,
        rateLimit: false,
        udpReceiveBufferBytes: 1 << 20,
      })
      const client = createSocket({ type: 'udp4', recvBufferSize: 1 << 22 })
      const replies: Buffer[] = []
      client.on('message', (reply) => replies.push(reply))
      client.bind(0, '127.0.0.1')
      await once(client, 'listening')
      try {
        const next = random(20261128)
        const byte = () => Math.floor(next() * 256)
        const expected = new Map<string, number>()
        let owed = 0
        for (let sent = 0; sent < WIRE_PACKETS; sent += BURST) {
          for (let i = 0; i < BURST; i++) {
            const packet = makePacket(next, byte)
            const answer = await reference.handle(packet, 'udp')
            if (answer !== null) {
              owed++
              // The reply to a packet is the reference's, byte for byte: same ID, flags, question and sections.
              const key = answer.toString('hex')
              expected.set(key, (expected.get(key) ?? 0) + 1)
            }
            client.send(packet, gateway.port, '127.0.0.1')
          }
          for (let waited = 0; replies.length < owed; waited += 5) {
            if (waited > 5000) throw new Error(`${owed - replies.length} replies missing after ${sent + BURST} packets`)
            await new Promise((resolve) => setTimeout(resolve, 5))
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
        expect(replies).toHaveLength(owed)
        for (const reply of replies) {
          const key = reply.toString('hex')
          const left = expected.get(key)
          if (left === undefined) throw new Error(`unexpected reply ${key}`)
          expected.set(key, left - 1)
        }
        expect([...expected.values()].every((left) => left === 0)).toBe(true)
        expect(owed).toBeGreaterThan(WIRE_PACKETS / 2)
      } finally {
        client.close()
        await gateway.stop()
      }
    },
    120_000,
  )
})

function makePacket(next: () => number, byte: () => number): Buffer {
  const kind = next()
  if (kind < 0.2) return Buffer.from(Array.from({ length: Math.floor(next() * 80) }, byte))
  const base = Buffer.from(corpus[Math.floor(next() * corpus.length)] as Buffer)
  if (kind < 0.3) return base // valid queries keep the cache path exercised
  if (kind < 0.75) {
    for (let flips = 1 + Math.floor(next() * 4); flips > 0; flips--) base[Math.floor(next() * base.length)] = byte()
    return base
  }
  if (kind < 0.85) return base.subarray(0, Math.floor(next() * base.length))
  if (kind < 0.95) return Buffer.concat([base, Buffer.from(Array.from({ length: 1 + Math.floor(next() * 20) }, byte))])
  base.writeUInt16BE(Math.floor(next() * 4), 4 + 2 * Math.floor(next() * 4)) // a random section count
  return base
}

/** What is wrong with `reply` as an answer to `packet`, if anything. */
function checkReply(packet: Buffer, reply: Buffer, transport: 'udp' | 'tcp'): string | undefined {
  let decoded: ReturnType<typeof dnsPacket.decode>
  try {
    decoded = dnsPacket.decode(reply)
  } catch (error) {
    return `reply does not decode: ${String(error)}`
  }
  if (dnsPacket.decode.bytes !== reply.length) return 'reply has trailing bytes'
  if (decoded.type !== 'response') return 'reply is not a response'
  if (decoded.id !== packet.readUInt16BE(0)) return 'reply ID differs'
  if ((decoded.questions?.length ?? 0) > 1) return 'reply has more than one question'
  if (transport === 'udp' && reply.length > 1232) return `UDP reply of ${reply.length} bytes`
  if (transport === 'udp' && reply.length > 512 && !(decoded.additionals ?? []).some((rr) => rr.type === 'OPT')) {
    return 'reply over 512 bytes to a client without EDNS'
  }
  return undefined
}
