import { createRequire } from 'node:module'

/** The addon's exports (native/udp_batch.c). */
interface Binding {
  readonly layout: Layout
  open(
    host: string,
    port: number,
    receiveBufferBytes: number,
    onBatch: (count: number) => void,
    rx: Buffer,
    tx: Buffer,
    name: Buffer,
    text: Buffer,
    meta: Buffer,
  ): NativeHandle
  sendTo(handle: NativeHandle, payload: Buffer, sockaddr: Buffer, sockaddrLength: number): boolean
  stats(handle: NativeHandle): [number, number, number, number]
  receiveBufferBytes(handle: NativeHandle): number
  close(handle: NativeHandle, onClosed: () => void): void
}

interface Layout {
  readonly batch: number
  readonly rxSlot: number
  readonly txSlot: number
  readonly nameSlot: number
  readonly textSlot: number
  readonly meta: number
}

interface NativeHandle {
  readonly port: number
}

type Loaded =
  | { readonly binding: Binding; readonly reason?: undefined }
  | { readonly binding?: undefined; reason: string }

function load(): Loaded {
  if (process.platform !== 'linux')
    return { reason: `recvmmsg and sendmmsg are Linux system calls (${process.platform})` }
  try {
    return { binding: createRequire(import.meta.url)('../build/udp_batch.node') as Binding }
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return {
      reason: `the addon is not built (run \`npm run build -w @blockgov/udp-batch\`; it needs a C compiler): ${detail}`,
    }
  }
}

const loaded = load()

/** Why batched UDP cannot be used here, or `undefined` when it can. */
export const udpBatchUnavailable: string | undefined = loaded.reason

/** Where to send a reply after its batch has gone: a copy of the sender's socket address. */
export interface Sender {
  readonly address: string
  readonly sockaddr: Buffer
}

/**
 * The datagrams of one `recvmmsg`. Valid only during the `onBatch` call: the next batch reuses the same memory,
 * so copy a datagram (or take its `sender`) to answer it later.
 */
export interface Batch {
  readonly count: number
  /** Datagram `i`, a view into the receive buffer; `undefined` when it was cut (longer than `maxDatagram`). */
  datagram(i: number): Buffer | undefined
  /** The sender's IP address as text (`127.0.0.1`, `::1`, `::ffff:192.0.2.1`). */
  address(i: number): string
  /** Queues the reply to datagram `i`; all of a batch's replies leave in one `sendmmsg` after `onBatch` returns. */
  reply(i: number, payload: Buffer): void
  sender(i: number): Sender
}

export interface BatchSocketOptions {
  /** An IPv4 or IPv6 literal; `::` takes both families. */
  readonly host: string
  /** 0 picks a free port. */
  readonly port: number
  /** SO_RCVBUF; the kernel doubles it and caps it at net.core.rmem_max. */
  readonly receiveBufferBytes?: number
  /** Called once per batch of received datagrams. An exception is raised as an uncaught exception. */
  readonly onBatch: (batch: Batch) => void
}

export interface BatchSocketStats {
  readonly received: number
  readonly sent: number
  /** Datagrams longer than `maxDatagram`, delivered as `undefined`. */
  readonly cut: number
  /** Replies the kernel refused (send buffer full, unreachable destination). */
  readonly sendFailed: number
}

/** Datagrams per `recvmmsg`/`sendmmsg`, and the longest datagram received whole (0 when unavailable). */
export const batchSize = loaded.binding?.layout.batch ?? 0
export const maxDatagram = loaded.binding?.layout.rxSlot ?? 0

/**
 * A UDP socket that receives up to `batchSize` datagrams per system call and sends their replies in one.
 *
 * @example
 * const socket = BatchSocket.open({ host: '127.0.0.1', port: 0, onBatch: (batch) => {
 *   for (let i = 0; i < batch.count; i++) { const d = batch.datagram(i); if (d) batch.reply(i, d) }
 * } })
 */
export class BatchSocket {
  readonly port: number
  readonly #binding: Binding
  readonly #handle: NativeHandle
  #closed: Promise<void> | undefined

  private constructor(binding: Binding, handle: NativeHandle) {
    this.#binding = binding
    this.#handle = handle
    this.port = handle.port
  }

  /** Binds the socket and starts receiving. Throws with `code` EADDRINUSE, EACCES, … as dgram does. */
  static open(options: BatchSocketOptions): BatchSocket {
    const binding = loaded.binding
    if (binding === undefined) throw new Error(`batched UDP is unavailable: ${loaded.reason}`)
    const layout = binding.layout
    const memory = new BatchMemory(layout)
    const handle = binding.open(
      options.host,
      options.port,
      options.receiveBufferBytes ?? 0,
      (count) => options.onBatch(memory.begin(count)),
      memory.rx,
      memory.tx,
      memory.name,
      memory.text,
      memory.metaBytes,
    )
    const socket = new BatchSocket(binding, handle)
    memory.socket = socket
    return socket
  }

  /** Sends one datagram to a sender kept from an earlier batch; `false` when the kernel refused it. */
  sendTo(payload: Buffer, sender: Sender): boolean {
    if (this.#closed !== undefined) return false
    return this.#binding.sendTo(this.#handle, payload, sender.sockaddr, sender.sockaddr.length)
  }

  stats(): BatchSocketStats {
    const [received, sent, cut, sendFailed] = this.#binding.stats(this.#handle)
    return { received, sent, cut, sendFailed }
  }

  /** SO_RCVBUF as the kernel reports it. */
  receiveBufferBytes(): number {
    return this.#binding.receiveBufferBytes(this.#handle)
  }

  /** Stops receiving at once; resolves when the descriptor is closed. Closing twice returns the same promise. */
  close(): Promise<void> {
    this.#closed ??= new Promise((resolve) => this.#binding.close(this.#handle, resolve))
    return this.#closed
  }
}

/** The buffers the addon fills and reads, and the one `Batch` view over them (reused, so a batch allocates nothing). */
class BatchMemory implements Batch {
  readonly rx: Buffer
  readonly tx: Buffer
  readonly name: Buffer
  readonly text: Buffer
  readonly metaBytes: Buffer
  readonly #meta: Int32Array
  readonly #layout: Layout
  count = 0
  socket: BatchSocket | undefined

  constructor(layout: Layout) {
    this.#layout = layout
    // allocUnsafeSlow: each its own ArrayBuffer, never a slice of Node's shared pool, so the addon's pointers
    // cover exactly these bytes.
    this.rx = Buffer.allocUnsafeSlow(layout.batch * layout.rxSlot)
    this.tx = Buffer.allocUnsafeSlow(layout.batch * layout.txSlot)
    this.name = Buffer.alloc(layout.batch * layout.nameSlot)
    this.text = Buffer.alloc(layout.batch * layout.textSlot)
    this.metaBytes = Buffer.alloc(layout.batch * layout.meta * Int32Array.BYTES_PER_ELEMENT)
    this.#meta = new Int32Array(this.metaBytes.buffer, this.metaBytes.byteOffset, layout.batch * layout.meta)
  }

  begin(count: number): Batch {
    this.count = count
    return this
  }

  datagram(i: number): Buffer | undefined {
    const length = this.#meta[i * this.#layout.meta] as number
    if (length < 0) return undefined
    const start = i * this.#layout.rxSlot
    return this.rx.subarray(start, start + length)
  }

  address(i: number): string {
    const start = i * this.#layout.textSlot
    return this.text.toString('latin1', start, start + (this.#meta[i * this.#layout.meta + 2] as number))
  }

  reply(i: number, payload: Buffer): void {
    const { txSlot, meta } = this.#layout
    if (payload.length <= txSlot) {
      payload.copy(this.tx, i * txSlot)
      this.#meta[i * meta + 1] = payload.length
    } else {
      // Larger than a slot (an EDNS buffer over 4096 bytes): it goes on its own, before the batch.
      this.socket?.sendTo(payload, this.sender(i))
    }
  }

  sender(i: number): Sender {
    const start = i * this.#layout.nameSlot
    const length = this.#meta[i * this.#layout.meta + 3] as number
    return { address: this.address(i), sockaddr: Buffer.from(this.name.subarray(start, start + length)) }
  }
}
