// The reference the issue names: a bare Node dgram server that decodes each query with dns-packet and answers from
// a precomputed map of encoded responses (only the ID is patched). No zone, no EDNS, no validation.
// Usage: node bench/dns/bare-server.mjs <zone-file> <receiveBufferBytes>; prints its port.
import { createSocket } from 'node:dgram'
import { readFileSync } from 'node:fs'
import dnsPacket from 'dns-packet'

const [zoneFile, receiveBuffer = '212992'] = process.argv.slice(2)
const responses = new Map()
for (const line of readFileSync(zoneFile, 'utf8').split('\n')) {
  const match = /^(\S+)\. (\d+) IN (A|AAAA|TXT) (.+)$/.exec(line)
  if (match === null) continue
  const [, name, ttl, type, value] = match
  const data = type === 'TXT' ? [JSON.parse(value)] : value
  const response = dnsPacket.encode({
    type: 'response',
    id: 0,
    flags: dnsPacket.AUTHORITATIVE_ANSWER,
    questions: [{ type, name }],
    answers: [{ type, name, ttl: Number(ttl), data }],
  })
  responses.set(`${name}/${type}`, response)
}
const socket = createSocket('udp4')
socket.on('message', (message, remote) => {
  const query = dnsPacket.decode(message)
  const question = query.questions?.[0]
  const cached = question === undefined ? undefined : responses.get(`${question.name.toLowerCase()}/${question.type}`)
  if (cached === undefined) {
    // Off the map (the readiness probe's SOA query): an empty answer, built on the spot.
    const empty = dnsPacket.encode({ type: 'response', id: query.id, questions: query.questions })
    socket.send(empty, remote.port, remote.address)
    return
  }
  const response = Buffer.from(cached)
  message.copy(response, 0, 0, 2)
  socket.send(response, remote.port, remote.address)
})
socket.bind(0, '127.0.0.1', () => {
  socket.setRecvBufferSize(Number(receiveBuffer))
  process.stdout.write(`${socket.address().port}\n`)
})
process.on('SIGTERM', () => socket.close(() => process.exit(0)))
