/**
 * The gateway under benchmark, in its own process so it can be pinned to a core. Loads the bench zone, answers
 * every bench query once (so dnsperf measures cached answers), then prints its port on stdout.
 * Usage: tsx bench/dns/gateway-server.ts <names> <receiveBufferBytes> <batched|dgram>
 */
import { startGateway, type UdpIo, Zone } from '@blockgov/dns'
import dnsPacket from 'dns-packet'
import { benchEntry, benchNames } from './zone-data.ts'

const count = Number(process.argv[2] ?? 1000)
const receiveBufferBytes = Number(process.argv[3] ?? 212_992)
const udpIo = (process.argv[4] ?? 'batched') as UdpIo
const zone = new Zone()
const names = benchNames(count)
const now = Date.now() / 1000
for (const name of names) zone.upsertName(name.name, benchEntry(name, now))
// Default rate limiting (loopback exempt), exactly as deployed.
const gateway = await startGateway({ zone, port: 0, udpReceiveBufferBytes: receiveBufferBytes, udpIo })
for (const name of names) {
  for (const record of name.records) {
    const query = dnsPacket.encode({ type: 'query', id: 1, questions: [{ type: record.type, name: name.name }] })
    gateway.handler.handle(query, 'udp')
  }
}
process.stdout.write(`${gateway.port}\n`)
process.on('SIGTERM', () => {
  gateway.stop().then(() => process.exit(0))
})
