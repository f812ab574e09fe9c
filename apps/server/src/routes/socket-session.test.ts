import { CloseCode, PROTOCOL_VERSION, type ServerMessage } from '@blockgov/protocol'
import { describe, expect, it } from 'vitest'
import { createSocketSession } from './socket-session.ts'

function harness() {
  const sent: ServerMessage[] = []
  const closed: { code: number; reason: string }[] = []
  const dispatched: unknown[] = []
  const session = createSocketSession(
    {
      send: (m) => sent.push(m),
      close: (code, reason) => closed.push({ code, reason }),
      now: () => 1_000,
      dispatch: (m) => dispatched.push(m),
    },
    15_000,
  )
  const send = (message: unknown) => session.receive(JSON.stringify(message))
  return { session, sent, closed, send, dispatched }
}

describe('createSocketSession', () => {
  it('welcomes a hello with the right protocol version', () => {
    const { session, sent, closed, send } = harness()
    send({ type: 'hello', protocolVersion: PROTOCOL_VERSION })
    expect(sent).toEqual([
      { type: 'welcome', protocolVersion: PROTOCOL_VERSION, serverTime: 1_000, heartbeatMs: 15_000 },
    ])
    expect(closed).toEqual([])
    expect(session.ready).toBe(true)
  })

  it('refuses a mismatched protocol version with a code and closes with 4000', () => {
    const { session, sent, closed, send } = harness()
    send({ type: 'hello', protocolVersion: PROTOCOL_VERSION + 1 })
    expect(sent[0]).toMatchObject({ type: 'error', error: { code: 'PROTOCOL_VERSION_MISMATCH' } })
    expect(closed).toEqual([{ code: CloseCode.PROTOCOL_MISMATCH, reason: 'PROTOCOL_VERSION_MISMATCH' }])
    expect(session.ready).toBe(false)
  })

  it('requires hello before anything else', () => {
    const { sent, closed, send } = harness()
    send({ type: 'ping', id: 'p1' })
    expect(sent[0]).toMatchObject({ type: 'error', error: { code: 'HANDSHAKE_REQUIRED' } })
    expect(closed[0]?.code).toBe(CloseCode.MESSAGE_INVALID)
  })

  it('answers ping with pong carrying the server time', () => {
    const { sent, send } = harness()
    send({ type: 'hello', protocolVersion: PROTOCOL_VERSION })
    send({ type: 'ping', id: 'p1' })
    expect(sent[1]).toEqual({ type: 'pong', id: 'p1', serverTime: 1_000 })
  })

  it('closes on malformed JSON and on messages outside the protocol', () => {
    for (const raw of ['{not json', JSON.stringify({ type: 'shout' }), JSON.stringify([1, 2])]) {
      const { session, sent, closed } = harness()
      session.receive(raw)
      expect(sent[0], raw).toMatchObject({ type: 'error', error: { code: 'MESSAGE_INVALID' } })
      expect(closed[0]?.code, raw).toBe(CloseCode.MESSAGE_INVALID)
    }
  })

  it('passes subscribe and command messages to the channel only after the handshake', () => {
    const { sent, dispatched, send } = harness()
    const subscribe = { type: 'subscribe', sessionId: '00000000-0000-4000-8000-000000000001', sinceSeq: 0 }
    send(subscribe)
    expect(dispatched).toEqual([])
    expect(sent[0]).toMatchObject({ type: 'error', error: { code: 'HANDSHAKE_REQUIRED' } })
    const fresh = harness()
    fresh.send({ type: 'hello', protocolVersion: PROTOCOL_VERSION })
    fresh.send(subscribe)
    expect(fresh.dispatched).toEqual([subscribe])
  })

  it('refuses a second hello', () => {
    const { closed, send } = harness()
    send({ type: 'hello', protocolVersion: PROTOCOL_VERSION })
    send({ type: 'hello', protocolVersion: PROTOCOL_VERSION })
    expect(closed[0]?.code).toBe(CloseCode.MESSAGE_INVALID)
  })
})
