/** Shared fixtures for the gateway's tests: a zone filled directly, as the chain follower will fill it. */
import dnsPacket from 'dns-packet'
import { encodeRecords, type ZoneRecord } from './records.ts'
import { Zone, type ZoneOptions } from './zone.ts'

export const NOW = 1_800_000_000
export const DAY = 86_400

/** A clock tests move by hand. */
export interface TestClock {
  now: number
}

/** A zone at `clock.now` holding `example.blockgov.alt` (A, AAAA, TXT, MX, SRV, CAA) and `www` (CNAME) below it. */
export function exampleZone(clock: TestClock = { now: NOW }, options: ZoneOptions = {}): Zone {
  const zone = new Zone({ now: () => clock.now, ...options })
  zone.upsertName('example.blockgov.alt', {
    expiresAt: clock.now + 30 * DAY,
    suspended: false,
    records: encodeRecords(exampleRecords),
  })
  return zone
}

export const exampleRecords: ZoneRecord[] = [
  { type: 'A', name: 'example.blockgov.alt', ttl: 300, data: '192.0.2.1' },
  { type: 'AAAA', name: 'example.blockgov.alt', ttl: 300, data: '2001:db8::1' },
  { type: 'TXT', name: 'example.blockgov.alt', ttl: 600, data: ['v=blockgov1'] },
  { type: 'MX', name: 'example.blockgov.alt', ttl: 300, data: { preference: 10, exchange: 'mail.example.org' } },
  {
    type: 'SRV',
    name: '_sip._udp.example.blockgov.alt',
    ttl: 300,
    data: { priority: 1, weight: 5, port: 5060, target: 'sip.example.org' },
  },
  { type: 'CAA', name: 'example.blockgov.alt', ttl: 300, data: { flags: 0, tag: 'issue', value: 'ca.example.org' } },
  { type: 'CNAME', name: 'www.example.blockgov.alt', ttl: 300, data: 'example.blockgov.alt' },
]

/** A query message as a stub resolver sends it. */
export function query(
  name: string,
  type: dnsPacket.RecordType,
  options: { id?: number; udpSize?: number; flags?: number } = {},
): Buffer {
  return dnsPacket.encode({
    type: 'query',
    id: options.id ?? 4242,
    flags: options.flags ?? dnsPacket.RECURSION_DESIRED,
    questions: [{ type, name }],
    additionals:
      options.udpSize === undefined
        ? []
        : [
            {
              type: 'OPT',
              name: '.',
              udpPayloadSize: options.udpSize,
              extendedRcode: 0,
              ednsVersion: 0,
              flag_do: false,
              flags: 0,
              options: [],
            },
          ],
  })
}

/** A decoded reply; dns-packet decodes the response code, but its type declarations leave it out. */
export type DecodedReply = dnsPacket.DecodedPacket & { readonly rcode: string }

export function decodeReply(reply: Buffer): DecodedReply {
  return dnsPacket.decode(reply) as DecodedReply
}

/** The records of a dig or kdig ANSWER section as `name ttl type data` lines (the class, always IN, left out). */
export function answerLines(output: string): string[] {
  const section = /;; ANSWER SECTION:\n([\s\S]*?)(?:\n\n|$)/.exec(output)?.[1] ?? ''
  return section
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line
        .split(/\s+/)
        .filter((field) => field !== 'IN')
        .join(' '),
    )
}
