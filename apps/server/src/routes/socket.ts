import { CloseCode, errorBody, type ServerMessage } from '@blockgov/protocol'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { RawData } from 'ws'
import type { Channel } from '../sprint/channel.ts'
import { createSocketSession } from './socket-session.ts'

export interface SocketRouteOptions {
  readonly heartbeatMs: number
  /** Creates the application channel of a new connection, from its upgrade request. */
  readonly openChannel: (
    request: FastifyRequest,
    send: (message: ServerMessage) => void,
    sendFrame: (frame: Buffer) => void,
  ) => Promise<Channel>
}

/**
 * `GET /api/ws`: the live channel. Handshake first (within one heartbeat), then ws-level ping frames every
 * heartbeat; a client that misses two in a row is dropped so dead connections do not pile up.
 */
export async function socketRoute(app: FastifyInstance, options: SocketRouteOptions): Promise<void> {
  app.get('/ws', { websocket: true, schema: { hide: true } }, (socket, request) => {
    const send = (message: ServerMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message))
    }
    // Frames serialised once for many sockets (see Fanout); they hold JSON text.
    const sendFrame = (frame: Buffer) => {
      if (socket.readyState === socket.OPEN) socket.send(frame, { binary: false })
    }
    // Messages are handled one at a time per connection, so a command never overtakes its subscribe.
    const channel = options.openChannel(request, send, sendFrame)
    let queue: Promise<unknown> = channel
    const session = createSocketSession(
      {
        send,
        close: (code, reason) => socket.close(code, reason),
        now: Date.now,
        dispatch: (message) => {
          queue = queue
            .then(async () => (await channel).handle(message))
            .catch((error: unknown) => {
              request.log.error({ err: error }, 'live channel error')
              send({ type: 'error', error: errorBody('INTERNAL') })
            })
        },
      },
      options.heartbeatMs,
    )

    const handshakeTimer = setTimeout(() => {
      if (session.ready) return
      socket.send(JSON.stringify({ type: 'error', error: errorBody('HANDSHAKE_TIMEOUT') }))
      socket.close(CloseCode.HANDSHAKE_TIMEOUT, 'HANDSHAKE_TIMEOUT')
    }, options.heartbeatMs)

    let missedPongs = 0
    const heartbeat = setInterval(() => {
      if (missedPongs >= 2) {
        socket.close(CloseCode.HEARTBEAT_TIMEOUT, 'HEARTBEAT_TIMEOUT')
        socket.terminate()
        return
      }
      missedPongs++
      socket.ping()
    }, options.heartbeatMs)

    socket.on('pong', () => {
      missedPongs = 0
    })
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        socket.send(JSON.stringify({ type: 'error', error: errorBody('MESSAGE_INVALID') }))
        socket.close(CloseCode.MESSAGE_INVALID, 'MESSAGE_INVALID')
        return
      }
      missedPongs = 0 // any traffic proves the client is alive
      session.receive(rawDataToText(data))
    })
    socket.on('close', () => {
      clearTimeout(handshakeTimer)
      clearInterval(heartbeat)
      channel.then((c) => c.close()).catch(() => {})
    })
  })
}

function rawDataToText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8')
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(new Uint8Array(data)).toString('utf8')
}
