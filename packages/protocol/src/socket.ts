import { z } from 'zod'
import { ErrorBody } from './errors.ts'

/**
 * WebSocket messages. A connection starts with the client's `hello`; the server answers `welcome` (or an
 * `error` with PROTOCOL_VERSION_MISMATCH and closes). Afterwards either side may send `ping`; the other
 * answers `pong` carrying the server clock, which clients use to render countdowns in server time.
 */
export const ClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), protocolVersion: z.number().int().positive() }),
  z.object({ type: z.literal('ping'), id: z.string().max(64) }),
  z.object({ type: z.literal('pong'), id: z.string().max(64) }),
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
