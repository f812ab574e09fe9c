import { spawnSync } from 'node:child_process'
import { createSocket, type Socket } from 'node:dgram'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { type Batch, BatchSocket, batchSize, maxDatagram, type Sender, udpBatchUnavailable } from './index.ts'

const open: BatchSocket[] = []
const clients: Socket[] = []

afterEach(async () => {
  await Promise.all(open.splice(0).map((socket) => socket.close()))
  for (const client of clients.splice(0)) client.close()
})

function server(onBatch: (batch: Batch) => void, host = '127.0.0.1', receiveBufferBytes = 1 << 20): BatchSocket {
  const socket = BatchSocket.open({ host, port: 0, receiveBufferBytes, onBatch })
  open.push(socket)
  return socket
}

function echo(batch: Batch): void {
  for (let i = 0; i < batch.count; i++) {
    const datagram = batch.datagram(i)
    if (datagram !== undefined) batch.reply(i, datagram)
  }
}

/** A dgram client that collects what comes back. */
async function client(type: 'udp4' | 'udp6' = 'udp4'): Promise<{ socket: Socket; received: Buffer[] }> {
  // A burst of replies arrives faster than this same thread reads them; the default buffer would overflow.
  const socket = createSocket({ type, recvBufferSize: 1 << 20 })
  clients.push(socket)
  const received: Buffer[] = []
  socket.on('message', (message) => received.push(message))
  socket.bind(0, type === 'udp4' ? '127.0.0.1' : '::1')
  await once(socket, 'listening')
  return { socket, received }
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 5000) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('BatchSocket', () => {
  it('is built on this Linux machine (npm ci compiles it; without it the DNS gateway falls back to dgram)', () => {
    expect(udpBatchUnavailable).toBeUndefined()
    expect(batchSize).toBe(64)
    expect(maxDatagram).toBe(4096)
  })

  it('answers every datagram of a burst, taking full batches of 64 per system call', async () => {
    const counts: number[] = []
    const socket = server((batch) => {
      counts.push(batch.count)
      echo(batch)
    })
    const { socket: sender, received } = await client()
    // Sent in one synchronous loop, so all are queued before the server's first read.
    for (let i = 0; i < 300; i++) sender.send(Buffer.from(`query ${i}`), socket.port, '127.0.0.1')
    await until(() => received.length === 300, '300 echoes')
    expect(new Set(received.map(String))).toEqual(new Set(Array.from({ length: 300 }, (_, i) => `query ${i}`)))
    expect(Math.max(...counts)).toBe(64)
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(300)
    expect(socket.stats()).toEqual({ received: 300, sent: 300, cut: 0, sendFailed: 0 })
  })

  it("gives each datagram's sender address, over IPv4 and IPv6", async () => {
    const addresses: string[] = []
    const record = (batch: Batch) => {
      for (let i = 0; i < batch.count; i++) addresses.push(batch.address(i))
      echo(batch)
    }
    const v4 = server(record)
    const v6 = server(record, '::1')
    const four = await client('udp4')
    const six = await client('udp6')
    four.socket.send('a', v4.port, '127.0.0.1')
    await until(() => four.received.length === 1, 'the IPv4 echo')
    six.socket.send('b', v6.port, '::1')
    await until(() => six.received.length === 1, 'the IPv6 echo')
    expect(addresses).toEqual(['127.0.0.1', '::1'])
    expect(String(six.received[0])).toBe('b')
  })

  it('takes both families on ::, giving IPv4 senders as mapped addresses', async () => {
    const addresses: string[] = []
    const socket = server((batch) => {
      for (let i = 0; i < batch.count; i++) addresses.push(batch.address(i))
      echo(batch)
    }, '::')
    const four = await client('udp4')
    four.socket.send('v4 over ::', socket.port, '127.0.0.1')
    await until(() => four.received.length === 1, 'the echo to the IPv4 client')
    expect(addresses).toEqual(['::ffff:127.0.0.1'])
    expect(String(four.received[0])).toBe('v4 over ::')
  })

  it('sends a reply after its batch has gone, to a kept sender', async () => {
    const kept: Sender[] = []
    const socket = server((batch) => {
      for (let i = 0; i < batch.count; i++) kept.push(batch.sender(i))
    })
    const { socket: sender, received } = await client()
    sender.send('later', socket.port, '127.0.0.1')
    await until(() => kept.length === 1, 'the datagram')
    // Other traffic reuses the batch memory in between; the kept sender is a copy.
    const other = await client()
    other.socket.send('noise', socket.port, '127.0.0.1')
    await until(() => kept.length === 2, 'the second datagram')
    expect(socket.sendTo(Buffer.from('late reply'), kept[0] as Sender)).toBe(true)
    await until(() => received.length === 1, 'the late reply')
    expect(String(received[0])).toBe('late reply')
    expect(other.received).toEqual([])
  })

  it('sends a reply larger than a batch slot on its own', async () => {
    const socket = server((batch) => {
      for (let i = 0; i < batch.count; i++) batch.reply(i, Buffer.alloc(6000, 7))
    })
    const { socket: sender, received } = await client()
    sender.send('big please', socket.port, '127.0.0.1')
    await until(() => received.length === 1, 'the large reply')
    expect(received[0]?.length).toBe(6000)
  })

  it('delivers a datagram longer than maxDatagram as undefined, and carries on', async () => {
    const seen: (number | undefined)[] = []
    const socket = server((batch) => {
      for (let i = 0; i < batch.count; i++) seen.push(batch.datagram(i)?.length)
      echo(batch)
    })
    const { socket: sender, received } = await client()
    sender.send(Buffer.alloc(maxDatagram + 1), socket.port, '127.0.0.1')
    sender.send('after', socket.port, '127.0.0.1')
    await until(() => received.length === 1, 'the echo after the long datagram')
    expect(seen).toEqual([undefined, 5])
    expect(socket.stats().cut).toBe(1)
  })

  it('sets the receive buffer the kernel reports', () => {
    // Linux doubles SO_RCVBUF for its bookkeeping (socket(7)); 64 KiB is under every default rmem_max.
    expect(server(echo, '127.0.0.1', 65_536).receiveBufferBytes()).toBe(131_072)
  })

  it('fails to bind a taken port with EADDRINUSE, and rejects a host that is not an IP literal', async () => {
    const taken = await client()
    const { port } = taken.socket.address()
    expect(() => BatchSocket.open({ host: '127.0.0.1', port, onBatch: echo })).toThrow(
      expect.objectContaining({ code: 'EADDRINUSE' }),
    )
    expect(() => BatchSocket.open({ host: 'localhost', port: 0, onBatch: echo })).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_IP_ADDRESS' }),
    )
  })

  it('frees its port on close, and sends nothing afterwards', async () => {
    const kept: Sender[] = []
    const socket = BatchSocket.open({
      host: '127.0.0.1',
      port: 0,
      onBatch: (batch) => kept.push(batch.sender(0)),
    })
    const { socket: sender } = await client()
    sender.send('x', socket.port, '127.0.0.1')
    await until(() => kept.length === 1, 'the datagram')
    await socket.close()
    await socket.close()
    expect(socket.sendTo(Buffer.from('y'), kept[0] as Sender)).toBe(false)
    const rebound = createSocket('udp4')
    clients.push(rebound)
    rebound.bind(socket.port, '127.0.0.1')
    await once(rebound, 'listening')
  })

  it('raises an exception thrown by onBatch as an uncaught exception, like a dgram listener', () => {
    const script = `
      import { createSocket } from 'node:dgram'
      import { BatchSocket } from ${JSON.stringify(new URL('./index.ts', import.meta.url).href)}
      const socket = BatchSocket.open({ host: '127.0.0.1', port: 0, onBatch: () => { throw new Error('handler broke') } })
      process.on('uncaughtException', (error) => { console.log('caught:', error.message); process.exit(0) })
      createSocket('udp4').send('x', socket.port, '127.0.0.1')
      setTimeout(() => process.exit(3), 5000)
    `
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    })
    expect(result.stdout.trim()).toBe('caught: handler broke')
    expect(result.status).toBe(0)
  })

  it('closes itself, without calling into JavaScript, when the thread that opened it ends', async () => {
    // Plain CommonJS in the worker, straight on the addon: workers here do not load TypeScript.
    const addon = fileURLToPath(new URL('../build/udp_batch.node', import.meta.url))
    const worker = new Worker(
      `
      const { parentPort } = require('node:worker_threads')
      const { open, layout: l } = require(${JSON.stringify(addon)})
      const sizes = [l.batch * l.rxSlot, l.batch * l.txSlot, l.batch * l.nameSlot, l.batch * l.textSlot, l.batch * l.meta * 4]
      const handle = open('127.0.0.1', 0, 0, () => {}, ...sizes.map((size) => Buffer.alloc(size)))
      parentPort.postMessage(handle.port)
      `,
      { eval: true },
    )
    const [port] = (await once(worker, 'message')) as [number]
    await worker.terminate()
    const rebound = createSocket('udp4')
    clients.push(rebound)
    rebound.bind(port, '127.0.0.1')
    await once(rebound, 'listening')
  })
})
