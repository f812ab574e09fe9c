import type { ServerMessage } from '@blockgov/protocol'
import {
  type Actor,
  applyEvent,
  designOfEvent,
  designSlice,
  mayRevealDesigns,
  redactFor,
  type SessionState,
  type StoredEvent,
  sliceIsPersonal,
  visibleDesigns,
} from '@blockgov/sprint'

/** One live socket's subscription: who is watching, and how to write a frame to them. */
export interface Subscriber {
  readonly viewer: Actor
  /** Writes one text frame, already serialised (shared by every recipient, so it must not be changed). */
  send(frame: Buffer): void
}

/**
 * Delivers one session's events to its subscribers by audience (see `audience.ts` in the sprint package):
 * board events reach only the people of that board and the organisers; session-wide events reach everyone.
 * Each frame is serialised once per event and variant (an anonymous card's author sees their own name), not
 * once per socket, which is what lets one process serve thousands of sockets.
 */
export class Fanout {
  readonly #sessionId: string
  /** Organisers' subscriptions: every event. */
  readonly #everything = new Set<Subscriber>()
  /** Designs each participant subscription has received; they only grow while it lasts. */
  readonly #seen = new Map<Subscriber, Set<string>>()
  readonly #byDesign = new Map<string, Set<Subscriber>>()
  /** Slices serialised once per (state, board) for everyone whose view of that board is the public one. */
  #sliceCache: { state: SessionState; frames: Map<string, Buffer> } | undefined

  constructor(sessionId: string) {
    this.#sessionId = sessionId
  }

  get size(): number {
    return this.#everything.size + this.#seen.size
  }

  /**
   * Registers a subscriber who holds the session up to `state.seq`, including the boards in `known`; sends
   * the current contents of any other board they may now see.
   */
  add(subscriber: Subscriber, state: SessionState, known: ReadonlySet<string>): void {
    if (visibleDesigns(state, subscriber.viewer) === 'all') {
      this.#everything.add(subscriber)
      return
    }
    this.#seen.set(subscriber, new Set())
    const visible = visibleDesigns(state, subscriber.viewer)
    for (const designId of known) if (visible === 'all' || visible.has(designId)) this.#watch(subscriber, designId)
    this.#reveal(subscriber, state)
  }

  remove(subscriber: Subscriber): void {
    this.#everything.delete(subscriber)
    for (const designId of this.#seen.get(subscriber) ?? []) this.#byDesign.get(designId)?.delete(subscriber)
    this.#seen.delete(subscriber)
  }

  /** Whether a participant subscription receives the events of `designId` (organisers receive all). */
  receives(subscriber: Subscriber, designId: string | null): boolean {
    return designId === null || this.#everything.has(subscriber) || this.#seen.get(subscriber)?.has(designId) === true
  }

  /** Applies committed events to `state` in order, delivering each to its audience; returns the new state. */
  publish(state: SessionState, events: readonly StoredEvent[]): SessionState {
    let next = state
    for (const stored of events) {
      const designId = designOfEvent(next, stored.event)
      next = applyEvent(next, stored)
      this.#deliver(stored, designId)
      if (mayRevealDesigns(stored.event)) for (const subscriber of this.#seen.keys()) this.#reveal(subscriber, next)
    }
    return next
  }

  #deliver(stored: StoredEvent, designId: string | null): void {
    const recipients =
      designId === null ? [this.#everything, this.#seen.keys()] : [this.#everything, this.#byDesign.get(designId) ?? []]
    const publicCopy = redactFor(null, stored)
    const publicFrame = this.#eventFrame(publicCopy)
    // Only an anonymous card's author differs from the public copy, and there is at most one of them.
    const authorFrame = publicCopy === stored ? publicFrame : this.#eventFrame(stored)
    for (const group of recipients) {
      for (const subscriber of group) {
        const own = authorFrame !== publicFrame && redactFor(subscriber.viewer, stored) === stored
        subscriber.send(own ? authorFrame : publicFrame)
      }
    }
  }

  #eventFrame(stored: StoredEvent): Buffer {
    return frameOf({ type: 'events', sessionId: this.#sessionId, events: [stored] })
  }

  /** Sends a participant the boards they can now see and have not received yet. */
  #reveal(subscriber: Subscriber, state: SessionState): void {
    const visible = visibleDesigns(state, subscriber.viewer)
    const seen = this.#seen.get(subscriber)
    if (visible === 'all' || seen === undefined) return
    for (const designId of visible) {
      if (seen.has(designId)) continue
      this.#watch(subscriber, designId)
      subscriber.send(this.#sliceFrame(state, designId, subscriber.viewer))
    }
  }

  #watch(subscriber: Subscriber, designId: string): void {
    this.#seen.get(subscriber)?.add(designId)
    let watchers = this.#byDesign.get(designId)
    if (watchers === undefined) {
      watchers = new Set()
      this.#byDesign.set(designId, watchers)
    }
    watchers.add(subscriber)
  }

  #sliceFrame(state: SessionState, designId: string, viewer: Actor): Buffer {
    const sliceFor = (who: Actor | null) =>
      frameOf({ type: 'designSlice', sessionId: this.#sessionId, slice: designSlice(state, designId, who) })
    if (sliceIsPersonal(state, designId, viewer)) return sliceFor(viewer)
    if (this.#sliceCache?.state !== state) this.#sliceCache = { state, frames: new Map() }
    let frame = this.#sliceCache.frames.get(designId)
    if (frame === undefined) {
      frame = sliceFor(null)
      this.#sliceCache.frames.set(designId, frame)
    }
    return frame
  }
}

/** A message serialised once, to be written to any number of sockets. */
export function frameOf(message: ServerMessage): Buffer {
  return Buffer.from(JSON.stringify(message))
}
