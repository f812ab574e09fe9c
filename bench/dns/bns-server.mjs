// Baseline: bns's authoritative server (JS backend of bcrypto, whose native build did not run) on the bench zone.
// Usage: NODE_BACKEND=js node bench/dns/bns-server.mjs <zone-file> <receiveBufferBytes>; prints its port.
import bns from 'bns'

const [zoneFile, receiveBuffer = '212992'] = process.argv.slice(2)
const server = new bns.AuthServer({ tcp: false, edns: true })
server.setOrigin('blockgov.alt.')
server.setFile(zoneFile)
server.on('error', () => {})
await server.bind(0, '127.0.0.1')
// bns shrinks its socket buffers to its EDNS size on open; give it back the buffer every server gets.
server.server.socket.setRecvBufferSize(Number(receiveBuffer))
process.stdout.write(`${server.address().port}\n`)
process.on('SIGTERM', () => server.close().then(() => process.exit(0)))
