import { z } from 'zod'
import { ErrorBody } from './errors.ts'
import { DesignSliceWire, StoredEventWire } from './sprint.ts'

/**
 * WebSocket messages. A connection starts with the client's `hello`; the server answers `welcome` (or an
 * `error` with PROTOCOL_VERSION_MISMATCH and closes). Afterwards either side may send `ping`; the other
 * answers `pong` carrying the server clock, which clients use to render countdowns in server time.
 * `subscribe` streams a session's events (missed ones first, then live); `command` is answered by `ack`
 * (with the log position after it) or `rejected` (with a stable error code). A participant receives the
 * session-wide events and the events of the boards they can see; a board that becomes visible arrives as a
 * `designSlice` with its current contents.
 */
export const ClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), protocolVersion: z.number().int().positive() }),
  z.object({ type: z.literal('ping'), id: z.string().max(64) }),
  z.object({ type: z.literal('pong'), id: z.string().max(64) }),
  z.object({
    type: z.literal('subscribe'),
    sessionId: z.uuid(),
    /** The last event seq the client holds; the server sends everything after it, then live events. */
    sinceSeq: z.number().int().min(0),
    /** Participant token; organisers are recognised by their sign-in cookie instead. */
    token: z.string().max(200).optional(),
    /**
     * Boards whose history the client already holds up to `sinceSeq` (on a reconnect); the server sends the
     * others it may see as slices. Omitted: none.
     */
    knownDesigns: z.array(z.string().max(100)).max(1000).optional(),
  }),
  /** The command body is validated by the server against `SprintCommand`, to answer with a precise error. */
  z.object({ type: z.literal('command'), sessionId: z.uuid(), commandId: z.uuid(), command: z.unknown() }),
])
export type ClientMessage = z.infer<typeof ClientMessage>

export const ServerMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    protocolVersion: z.number().int().positive(),
    serverTime: z.number(),
    heartbeatMs: z.number().int().positive(),
  }),
  z.object({ type: z.literal('ping'), id: z.string(), serverTime: z.number() }),
  z.object({ type: z.literal('pong'), id: z.string(), serverTime: z.number() }),
  z.object({ type: z.literal('error'), error: ErrorBody }),
  z.object({
    type: z.literal('subscribed'),
    sessionId: z.uuid(),
    viewer: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('organiser'), accountId: z.uuid() }),
      z.object({ kind: z.literal('participant'), participantId: z.uuid() }),
    ]),
  }),
  z.object({ type: z.literal('events'), sessionId: z.uuid(), events: z.array(StoredEventWire) }),
  z.object({ type: z.literal('designSlice'), sessionId: z.uuid(), slice: DesignSliceWire }),
  z.object({ type: z.literal('ack'), commandId: z.uuid(), seq: z.number().int() }),
  z.object({ type: z.literal('rejected'), commandId: z.uuid(), error: ErrorBody }),
])
export type ServerMessage = z.infer<typeof ServerMessage>

/**
 * WebSocket close codes (4000–4999 is the application range of RFC 6455). A client seeing
 * PROTOCOL_MISMATCH should reload rather than reconnect.
 */
export const CloseCode = {
  NORMAL: 1000,
  GOING_AWAY: 1001,
  PROTOCOL_MISMATCH: 4000,
  MESSAGE_INVALID: 4001,
  HANDSHAKE_TIMEOUT: 4002,
  HEARTBEAT_TIMEOUT: 4003,
} as const
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]
