import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Gateway, startGateway } from './gateway.ts'
import { decodeReply, exampleZone, query } from './test-kit.ts'

let gateway: Gateway

beforeAll(async () => {
  gateway = await startGateway({
    zone: exampleZone({ now: Math.floor(Date.now() / 1000) }),
    port: 0,
    tcpIdleTimeoutMs: 300,
  })
})
afterAll(() => gateway.stop())

function framed(message: Buffer): Buffer {
  const length = Buffer.alloc(2)
  length.writeUInt16BE(message.length)
  return Buffer.concat([length, message])
}

function open(): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect(gateway.port, gateway.host, () => resolve(socket))
  })
}

/** Collects framed replies until `count` have arrived. */
function replies(socket: Socket, count: number): Promise<ReturnType<typeof decodeReply>[]> {
  return new Promise((resolve) => {
    let pending = Buffer.alloc(0)
    const out: ReturnType<typeof decodeReply>[] = []
    socket.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk])
      while (pending.length >= 2 && pending.length >= 2 + pending.readUInt16BE(0)) {
        out.push(decodeReply(pending.subarray(2, 2 + pending.readUInt16BE(0))))
        pending = pending.subarray(2 + pending.readUInt16BE(0))
      }
      if (out.length >= count) resolve(out)
    })
  })
}

describe('DNS over TCP (RFC 7766)', () => {
  it('answers pipelined queries sent in one segment and split across segments', async () => {
    const socket = await open()
    const answered = replies(socket, 3)
    const first = framed(query('example.blockgov.alt', 'A', { id: 1 }))
    const second = framed(query('example.blockgov.alt', 'AAAA', { id: 2 }))
    const third = framed(query('nope.blockgov.alt', 'TXT', { id: 3 }))
    socket.write(Buffer.concat([first, second, third.subarray(0, 5)]))
    await new Promise((resolve) => setTimeout(resolve, 20))
    socket.write(third.subarray(5))
    const got = await answered
    expect(got.map((reply) => [reply.id, reply.rcode])).toEqual([
      [1, 'NOERROR'],
      [2, 'NOERROR'],
      [3, 'NXDOMAIN'],
    ])
    socket.destroy()
  })

  it('closes a connection that stays idle past the timeout', async () => {
    const socket = await open()
    const started = Date.now()
    await new Promise((resolve) => socket.once('close', resolve))
    expect(Date.now() - started).toBeGreaterThanOrEqual(250)
  })
})
