import { randomUUID } from 'node:crypto'
import type { Db } from '@blockgov/db'
import { errorBody, type ServerMessage } from '@blockgov/protocol'
import { type Actor, SprintCommand } from '@blockgov/sprint'
import type { ChannelMessage } from '../routes/socket-session.ts'
import { participantOf } from './identity.ts'
import type { SessionHub } from './session-hub.ts'

export interface Channel {
  handle(message: ChannelMessage): Promise<void>
  close(): void
}

/**
 * The sprint side of one WebSocket connection: one subscription at a time, commands sent as the
 * subscribed viewer. `organiser` comes from the sign-in cookie of the upgrade request.
 */
export function createChannel(
  hub: SessionHub,
  db: Db,
  organiser: Actor | undefined,
  send: (message: ServerMessage) => void,
  sendFrame: (frame: Buffer) => void,
): Channel {
  let subscription: { sessionId: string; viewer: Actor; stop: () => void } | undefined
  // Identifies the newest subscribe attempt, so a slow earlier one cannot overwrite it.
  let latest: string | undefined
  async function subscribe(message: Extract<ChannelMessage, { type: 'subscribe' }>) {
    const attempt = randomUUID()
    latest = attempt
    subscription?.stop()
    subscription = undefined
    const state = await hub.state(message.sessionId)
    if (state === null) return send({ type: 'error', error: errorBody('SESSION_NOT_FOUND') })
    let viewer: Actor | undefined
    if (message.token !== undefined) {
      const participantId = await participantOf(db, message.token, message.sessionId)
      viewer = participantId === undefined ? undefined : { kind: 'participant', participantId }
      if (viewer === undefined) return send({ type: 'error', error: errorBody('INVALID_TOKEN') })
    } else if (organiser?.kind === 'organiser' && organiser.accountId === state.organiserId) {
      viewer = organiser
    }
    if (viewer === undefined) return send({ type: 'error', error: errorBody('NOT_SIGNED_IN') })
    const who = viewer
    const stop = await hub.subscribe(
      message.sessionId,
      { viewer: who, sinceSeq: message.sinceSeq, knownDesigns: message.knownDesigns },
      { viewer: who, send: sendFrame },
    )
    if (stop === null) return send({ type: 'error', error: errorBody('SESSION_NOT_FOUND') })
    if (latest !== attempt) return stop() // a newer subscribe on this connection won the race
    subscription = { sessionId: message.sessionId, viewer: who, stop }
    send(
      who.kind === 'organiser'
        ? { type: 'subscribed', sessionId: message.sessionId, viewer: { kind: 'organiser', accountId: who.accountId } }
        : {
            type: 'subscribed',
            sessionId: message.sessionId,
            viewer: { kind: 'participant', participantId: who.participantId },
          },
    )
  }

  async function command(message: Extract<ChannelMessage, { type: 'command' }>) {
    const { commandId, sessionId } = message
    if (subscription?.sessionId !== sessionId) {
      return send({ type: 'rejected', commandId, error: errorBody('NOT_SUBSCRIBED') })
    }
    const parsed = SprintCommand.safeParse(message.command)
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: `/${i.path.join('/')}`, message: i.message }))
      return send({ type: 'rejected', commandId, error: errorBody('VALIDATION_FAILED', undefined, { issues }) })
    }
    const result = await hub.execute(sessionId, subscription.viewer, commandId, parsed.data)
    send(
      result.ok
        ? { type: 'ack', commandId, seq: result.seq }
        : {
            type: 'rejected',
            commandId,
            error: errorBody(result.error.code, result.error.message, result.error.details),
          },
    )
  }

  return {
    async handle(message) {
      if (message.type === 'subscribe') await subscribe(message)
      else await command(message)
    },
    close() {
      latest = undefined
      subscription?.stop()
      subscription = undefined
    },
  }
}
