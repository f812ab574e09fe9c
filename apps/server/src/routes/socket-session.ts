import {
  ClientMessage,
  CloseCode,
  type ErrorCode,
  errorBody,
  PROTOCOL_VERSION,
  type ServerMessage,
} from '@blockgov/protocol'

/** Application messages, handled by the live channel once the handshake is done. */
export type ChannelMessage = Extract<ClientMessage, { type: 'subscribe' | 'command' }>

/** What a session needs from its transport; the real one wraps a `ws` socket, tests pass plain functions. */
export interface SocketPort {
  send(message: ServerMessage): void
  close(code: CloseCode, reason: string): void
  now(): number
  /** Receives subscribe and command messages after the handshake. */
  dispatch(message: ChannelMessage): void
}

export interface SocketSession {
  /** Feeds one text frame from the client. */
  receive(raw: string): void
  /** Whether the hello/version handshake has completed. */
  readonly ready: boolean
}

/**
 * The protocol state machine of one WebSocket connection, free of timers and sockets: the first message
 * must be a `hello` with our protocol version; afterwards pings are answered with the server clock.
 */
export function createSocketSession(port: SocketPort, heartbeatMs: number): SocketSession {
  let ready = false

  const refuse = (code: ErrorCode, closeCode: CloseCode, message?: string) => {
    port.send({ type: 'error', error: errorBody(code, message) })
    port.close(closeCode, code)
  }

  return {
    get ready() {
      return ready
    },
    receive(raw) {
      let json: unknown
      try {
        json = JSON.parse(raw)
      } catch {
        return refuse('MESSAGE_INVALID', CloseCode.MESSAGE_INVALID, 'The message is not valid JSON.')
      }
      const parsed = ClientMessage.safeParse(json)
      if (!parsed.success) return refuse('MESSAGE_INVALID', CloseCode.MESSAGE_INVALID)
      const message = parsed.data
      if (!ready) {
        if (message.type !== 'hello') return refuse('HANDSHAKE_REQUIRED', CloseCode.MESSAGE_INVALID)
        if (message.protocolVersion !== PROTOCOL_VERSION) {
          return refuse(
            'PROTOCOL_VERSION_MISMATCH',
            CloseCode.PROTOCOL_MISMATCH,
            `This server speaks protocol version ${PROTOCOL_VERSION}, the client ${message.protocolVersion}; reload the page.`,
          )
        }
        ready = true
        return port.send({ type: 'welcome', protocolVersion: PROTOCOL_VERSION, serverTime: port.now(), heartbeatMs })
      }
      switch (message.type) {
        case 'hello':
          return refuse('MESSAGE_INVALID', CloseCode.MESSAGE_INVALID, 'hello was already received.')
        case 'ping':
          return port.send({ type: 'pong', id: message.id, serverTime: port.now() })
        case 'pong':
          return // answers to our own application-level pings; liveness is tracked by ws ping frames
        case 'subscribe':
        case 'command':
          return port.dispatch(message)
      }
    },
  }
}
