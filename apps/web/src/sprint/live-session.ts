import { type ClientMessage, CloseCode, type ErrorBody, PROTOCOL_VERSION, ServerMessage } from '@blockgov/protocol'
import {
  applyEvent,
  emptySession,
  type SessionState,
  type SprintCommandInput,
  type StoredEvent,
  visibleDesigns,
  withDesignSlice,
} from '@blockgov/sprint'
import { uuid } from './uuid.ts'

export type ConnectionStatus = 'connecting' | 'online' | 'offline'

export type Viewer =
  | { readonly kind: 'organiser'; readonly accountId: string }
  | { readonly kind: 'participant'; readonly participantId: string }

/** Everything a screen renders from: immutable, replaced on every change (for useSyncExternalStore). */
export interface LiveSnapshot {
  readonly state: SessionState
  readonly status: ConnectionStatus
  readonly viewer: Viewer | null
  /** Server clock minus this browser's clock, so countdowns agree on every screen. */
  readonly clockOffsetMs: number
  /** A problem that reconnecting will not fix (bad token, unknown session, outdated client). */
  readonly fatal: ErrorBody | null
}

export type CommandOutcome =
  | { readonly ok: true; readonly seq: number }
  | { readonly ok: false; readonly error: ErrorBody }

interface Pending {
  readonly message: ClientMessage
  readonly resolve: (outcome: CommandOutcome) => void
}

export interface LiveSessionOptions {
  readonly sessionId: string
  /** Participant token; organisers are recognised by their sign-in cookie. */
  readonly token?: string
  /** Defaults to the page's own origin. */
  readonly url?: string
}

const PING_EVERY_MS = 10_000
const MAX_BACKOFF_MS = 10_000

/**
 * One session, live: connects, says hello, subscribes from the last event it holds, applies events with the
 * same reducer as the server, and reconnects by itself (resuming from its last seq, so nothing is lost or
 * applied twice). Commands carry their own id and are re-sent after a reconnect until acknowledged; the
 * server answers a retry of an applied command with its original ack.
 */
export class LiveSession {
  readonly #options: LiveSessionOptions
  readonly #listeners = new Set<() => void>()
  readonly #pending = new Map<string, Pending>()
  #snapshot: LiveSnapshot
  #socket: WebSocket | null = null
  #closed = false
  #attempt = 0
  #retryTimer: ReturnType<typeof setTimeout> | undefined
  #pingTimer: ReturnType<typeof setInterval> | undefined
  readonly #pings = new Map<string, number>()

  constructor(options: LiveSessionOptions) {
    this.#options = options
    this.#snapshot = {
      state: emptySession(options.sessionId),
      status: 'connecting',
      viewer: null,
      clockOffsetMs: 0,
      fatal: null,
    }
    this.#connect()
  }

  getSnapshot = (): LiveSnapshot => this.#snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Sends a command; resolves when the server acknowledges or rejects it (after reconnects if need be). */
  send(command: SprintCommandInput): Promise<CommandOutcome> {
    const commandId = uuid()
    const message: ClientMessage = { type: 'command', sessionId: this.#options.sessionId, commandId, command }
    return new Promise((resolve) => {
      this.#pending.set(commandId, { message, resolve })
      if (this.#snapshot.status === 'online') this.#write(message)
    })
  }

  /** Server time now, by this browser's clock corrected with the measured offset. */
  serverNow(): number {
    return Date.now() + this.#snapshot.clockOffsetMs
  }

  close(): void {
    this.#closed = true
    clearTimeout(this.#retryTimer)
    clearInterval(this.#pingTimer)
    this.#socket?.close(CloseCode.NORMAL)
  }

  #update(change: Partial<LiveSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change }
    for (const listener of this.#listeners) listener()
  }

  #write(message: ClientMessage): void {
    if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.send(JSON.stringify(message))
  }

  #connect(): void {
    const url = this.#options.url ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/ws`
    const socket = new WebSocket(url)
    this.#socket = socket
    this.#update({ status: this.#attempt === 0 ? 'connecting' : 'offline' })
    socket.onopen = () => this.#write({ type: 'hello', protocolVersion: PROTOCOL_VERSION })
    socket.onmessage = (message) => {
      const parsed = ServerMessage.safeParse(JSON.parse(String(message.data)))
      if (parsed.success) this.#receive(parsed.data)
    }
    socket.onclose = (event) => {
      clearInterval(this.#pingTimer)
      if (this.#socket !== socket) return
      this.#socket = null
      if (this.#closed) return
      if (event.code === CloseCode.PROTOCOL_MISMATCH) {
        this.#update({ status: 'offline', fatal: { code: 'PROTOCOL_VERSION_MISMATCH', message: event.reason } })
        return
      }
      this.#update({ status: 'offline' })
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.#attempt) * (0.5 + Math.random() / 2)
      this.#attempt++
      this.#retryTimer = setTimeout(() => this.#connect(), delay)
    }
  }

  #receive(message: ServerMessage): void {
    switch (message.type) {
      case 'welcome':
        this.#update({ clockOffsetMs: message.serverTime - Date.now() })
        this.#write({
          type: 'subscribe',
          sessionId: this.#options.sessionId,
          sinceSeq: this.#snapshot.state.seq,
          token: this.#options.token,
          knownDesigns: this.#knownDesigns(),
        })
        this.#pingTimer = setInterval(() => this.#ping(), PING_EVERY_MS)
        return
      case 'subscribed':
        this.#attempt = 0
        this.#update({ status: 'online', viewer: message.viewer, fatal: null })
        for (const pending of this.#pending.values()) this.#write(pending.message)
        return
      case 'events':
        this.#apply(message.events as unknown as StoredEvent[])
        return
      case 'designSlice':
        this.#update({ state: withDesignSlice(this.#snapshot.state, message.slice) })
        return
      case 'ack':
      case 'rejected': {
        const pending = this.#pending.get(message.commandId)
        this.#pending.delete(message.commandId)
        pending?.resolve(message.type === 'ack' ? { ok: true, seq: message.seq } : { ok: false, error: message.error })
        return
      }
      case 'pong': {
        const sentAt = this.#pings.get(message.id)
        this.#pings.delete(message.id)
        // Halfway through the round trip is the best estimate of when the server read its clock.
        if (sentAt !== undefined) this.#update({ clockOffsetMs: message.serverTime - (sentAt + Date.now()) / 2 })
        return
      }
      case 'ping':
        this.#write({ type: 'pong', id: message.id })
        return
      case 'error':
        this.#update({ fatal: message.error })
        return
    }
  }

  /** The boards whose history this client holds (participants receive only the boards they can see). */
  #knownDesigns(): string[] | undefined {
    const { state, viewer } = this.#snapshot
    if (viewer === null || state.seq === 0) return undefined
    const visible = visibleDesigns(state, viewer)
    return visible === 'all' ? undefined : [...visible]
  }

  #apply(events: readonly StoredEvent[]): void {
    let state = this.#snapshot.state
    for (const stored of events) {
      if (stored.seq <= state.seq) continue // already applied (a resend after reconnect)
      state = applyEvent(state, stored)
    }
    if (state !== this.#snapshot.state) this.#update({ state })
  }

  #ping(): void {
    const id = uuid()
    this.#pings.set(id, Date.now())
    this.#write({ type: 'ping', id })
  }
}
