import { type Commit, type Db, EventStore, readProfiles } from '@blockgov/db'
import {
  type Actor,
  applyEvent,
  type ConsentedProfile,
  type Decision,
  decide,
  decideErasure,
  decideJoin,
  designOfEvent,
  emptySession,
  type FormationInput,
  formationInput,
  type Gender,
  genders,
  type JoinRequest,
  redactFor,
  replay,
  type SessionState,
  type SolveResult,
  type SprintCommand,
  type SprintError,
  type StakeholderGroup,
  type StoredEvent,
  sprintError,
  stakeholderGroups,
  visibleDesigns,
} from '@blockgov/sprint'
import { Fanout, frameOf, type Subscriber } from './fanout.ts'

export type ExecuteResult =
  | { readonly ok: true; readonly seq: number }
  | { readonly ok: false; readonly error: SprintError }

interface LiveSession {
  state: SessionState
  /** Commands and subscriptions of one session run one at a time, in arrival order. */
  tail: Promise<unknown>
  readonly fanout: Fanout
  /** Commands waiting for the next batch. */
  readonly pending: PendingCommit[]
}

/** What a live subscriber holds already: the log up to `sinceSeq`, with the history of `knownDesigns`. */
export interface SubscribeRequest {
  readonly viewer: Actor
  readonly sinceSeq: number
  readonly knownDesigns?: readonly string[]
}

/** The most commands written in one transaction; later arrivals wait for the next batch. */
const MAX_BATCH = 256

interface PendingCommit {
  readonly actor: Actor
  readonly commandId: string | null
  readonly decideOn: (state: SessionState) => Promise<Decision>
  readonly resolve: (result: ExecuteResult) => void
  readonly reject: (error: unknown) => void
}

/** A batch once written: the stored events, and per command its result (or what its decision threw). */
interface BatchOutcome {
  readonly stored: readonly StoredEvent[]
  readonly results: readonly (ExecuteResult | { readonly failure: unknown })[]
}

/**
 * Runs sessions: keeps each active session's state in memory (rebuilt from the log on first use), turns
 * commands into events through the pure `decide`, appends them with optimistic concurrency, and tells
 * subscribers. A restart loses nothing: state is always derivable from the log.
 */
export class SessionHub {
  readonly #db: Db
  readonly #store: EventStore
  readonly #now: () => Date
  readonly #sessions = new Map<string, Promise<LiveSession | null>>()

  readonly #solve: ((input: FormationInput) => Promise<SolveResult>) | undefined

  /** `solve` runs the group solver off the event loop (a worker thread); without it `decide` runs it inline. */
  constructor(db: Db, now: () => Date = () => new Date(), solve?: (input: FormationInput) => Promise<SolveResult>) {
    this.#db = db
    this.#store = new EventStore(db)
    this.#now = now
    this.#solve = solve
  }

  /** Current state of a session, or null when it does not exist. */
  async state(sessionId: string): Promise<SessionState | null> {
    return (await this.#live(sessionId))?.state ?? null
  }

  /** Decides and commits a command. Retries of an already applied `commandId` return its original seq. */
  execute(sessionId: string, actor: Actor, commandId: string, command: SprintCommand): Promise<ExecuteResult> {
    return this.#commit(sessionId, actor, commandId, async (state) => {
      if (command.type !== 'groups.form') return decide(state, command, { actor, commandId })
      const profiles = await this.#consentedProfiles(sessionId)
      // Solve only what decide would accept (the session's organiser, before any card); anything else is
      // rejected by decide before it reaches the solver.
      const solvable =
        actor.kind === 'organiser' && actor.accountId === state.organiserId && state.cardOrder.length === 0
      const formed =
        solvable && this.#solve !== undefined
          ? await this.#solve(formationInput(state, command, profiles, commandId))
          : undefined
      return decide(state, command, { actor, commandId, profiles, formed })
    })
  }

  /** Adds someone who joined with the session code. */
  join(sessionId: string, join: JoinRequest): Promise<ExecuteResult> {
    const actor: Actor = { kind: 'participant', participantId: join.participantId }
    return this.#commit(sessionId, actor, null, async (state) => decideJoin(state, join))
  }

  /** Records a participant's erasure (their name becomes a pseudonym on every screen). Idempotent. */
  erase(sessionId: string, participantId: string): Promise<ExecuteResult> {
    const actor: Actor = { kind: 'participant', participantId }
    return this.#commit(sessionId, actor, null, async (state) => decideErasure(state, participantId))
  }

  /**
   * Queues a command for the session's next batch. Commands arriving while a batch is being written wait and
   * go together in the next one (group commit): one transaction, one notification and one fan-out pass for
   * a whole batch, so a busy session is not limited to one database round trip per command.
   */
  async #commit(
    sessionId: string,
    actor: Actor,
    commandId: string | null,
    decideOn: (state: SessionState) => Promise<Decision>,
  ): Promise<ExecuteResult> {
    const live = await this.#live(sessionId)
    if (live === null) return { ok: false, error: sprintError('SESSION_NOT_FOUND') }
    return new Promise<ExecuteResult>((resolve, reject) => {
      live.pending.push({ actor, commandId, decideOn, resolve, reject })
      // Start the batch after this turn of the event loop has read every socket that has data: PGlite runs on
      // this thread, so a batch started at once would hold the loop and stay one command long.
      if (live.pending.length === 1)
        setImmediate(() => void this.#serially(live, () => this.#writeBatch(sessionId, live)))
    })
  }

  async #writeBatch(sessionId: string, live: LiveSession): Promise<void> {
    const batch = live.pending.splice(0, MAX_BATCH)
    if (live.pending.length > 0) void this.#serially(live, () => this.#writeBatch(sessionId, live))
    try {
      const attempt = (store: EventStore) => this.#attempt(store, sessionId, live, batch)
      let outcome = await attempt(this.#store)
      if (outcome === 'conflict') {
        // Another instance wrote first. Decide again holding the session's write lock, which every append
        // takes: the log cannot move meanwhile, so this try cannot lose, and a busy session starves no one.
        outcome = await this.#store.exclusively(sessionId, async (store) => {
          await this.#catchUp(sessionId, live, store)
          return attempt(store)
        })
      }
      if (outcome === 'conflict') throw new Error(`session ${sessionId}: write conflict under the session lock`)
      // Only now, after commit: subscribers see the events before their senders see the acks.
      this.#publish(live, outcome.stored)
      outcome.results.forEach((result, i) => {
        const pending = batch[i]
        if (pending === undefined) return
        if ('failure' in result) pending.reject(result.failure)
        else pending.resolve(result)
      })
    } catch (error) {
      for (const pending of batch) pending.reject(error)
    }
  }

  /** Decides every command of a batch on the state its predecessors leave, then appends them all at once. */
  async #attempt(
    store: EventStore,
    sessionId: string,
    live: LiveSession,
    batch: readonly PendingCommit[],
  ): Promise<BatchOutcome | 'conflict'> {
    const ids = batch.flatMap((p) => (p.commandId === null ? [] : [p.commandId]))
    const applied = await store.commandSeqs(sessionId, ids)
    const at = this.#now()
    let state = live.state
    const commits: Commit[] = []
    const results: BatchOutcome['results'][number][] = []
    for (const { actor, commandId, decideOn } of batch) {
      const seen = commandId === null ? undefined : applied.get(commandId)
      if (seen !== undefined) {
        results.push({ ok: true, seq: seen })
        continue
      }
      let decision: Decision
      try {
        decision = await decideOn(state)
      } catch (failure) {
        results.push({ failure })
        continue
      }
      if (!decision.ok) {
        results.push({ ok: false, error: decision.error })
        continue
      }
      for (const event of decision.events) {
        state = applyEvent(state, { seq: state.seq + 1, at: at.getTime(), actor, commandId, event })
      }
      commits.push({ commandId, actor, events: decision.events })
      results.push({ ok: true, seq: state.seq })
      if (commandId !== null) applied.set(commandId, state.seq) // a retry within the same batch
    }
    if (commits.length === 0) return { stored: [], results }
    const appended = await store.appendMany({ sessionId, expectedSeq: live.state.seq, commits, at })
    return appended.ok ? { stored: appended.stored.flat(), results } : 'conflict'
  }

  /**
   * Streams the session to `subscriber` as its viewer may see it: the events after `sinceSeq` it is an
   * audience of, then the contents of boards it may see but does not know, then every new event, with no gap
   * and no duplicate (the backlog is read and the subscriber registered in one step of the session's queue).
   * Returns the function that stops the subscription, or null when the session does not exist.
   */
  async subscribe(sessionId: string, request: SubscribeRequest, subscriber: Subscriber): Promise<(() => void) | null> {
    const live = await this.#live(sessionId)
    if (live === null) return null
    return this.#serially(live, async () => {
      const backlog = await this.#store.read(sessionId, request.sinceSeq)
      const visible = visibleDesigns(live.state, request.viewer)
      // A fresh client replays the whole history of the boards it can see; a returning one says which boards
      // it holds, and gets the others as slices. Backlog events are judged against the current state: a
      // card's board never changes, and one about a card deleted since goes to everyone, which is harmless.
      const known =
        visible === 'all' ? new Set<string>() : request.sinceSeq === 0 ? visible : new Set(request.knownDesigns)
      const events = backlog
        .filter((stored) => {
          const designId = designOfEvent(live.state, stored.event)
          return designId === null || visible === 'all' || (visible.has(designId) && known.has(designId))
        })
        .map((stored) => redactFor(request.viewer, stored))
      subscriber.send(frameOf({ type: 'events', sessionId, events }))
      live.fanout.add(subscriber, live.state, known)
      return () => live.fanout.remove(subscriber)
    })
  }

  /** Every event after `sinceSeq`, unfiltered (callers redact for their viewer). */
  async history(sessionId: string, sinceSeq: number): Promise<StoredEvent[] | null> {
    const live = await this.#live(sessionId)
    if (live === null) return null
    return this.#serially(live, () => this.#store.read(sessionId, sinceSeq))
  }

  /**
   * Applies events written by another server instance (called on its notification). Sessions not loaded
   * here are ignored; `seq`, the last seq the notice announced, skips the read when this hub already has it
   * (its own appends come back as notices too).
   */
  async refresh(sessionId: string, seq?: number): Promise<void> {
    const loading = this.#sessions.get(sessionId)
    if (loading === undefined) return
    const live = await loading
    if (live === null) {
      // Looked up before it existed: forget that, so the next request loads what was written since.
      if (this.#sessions.get(sessionId) === loading) this.#sessions.delete(sessionId)
      return
    }
    if (seq !== undefined && live.state.seq >= seq) return
    await this.#serially(live, () => this.#catchUp(sessionId, live))
  }

  /** Refreshes every loaded session, after notices may have been lost (the listener reconnected). */
  async refreshAll(): Promise<void> {
    await Promise.all([...this.#sessions.keys()].map((sessionId) => this.refresh(sessionId)))
  }

  #live(sessionId: string): Promise<LiveSession | null> {
    let loading = this.#sessions.get(sessionId)
    if (loading === undefined) {
      loading = this.#store.read(sessionId).then((events) =>
        events.length === 0
          ? null
          : {
              state: replay(emptySession(sessionId), events),
              tail: Promise.resolve(),
              fanout: new Fanout(sessionId),
              pending: [],
            },
      )
      // A failed load must not be cached, or the session would stay unreachable until restart.
      loading.catch(() => this.#sessions.delete(sessionId))
      this.#sessions.set(sessionId, loading)
    }
    return loading
  }

  #serially<T>(live: LiveSession, task: () => Promise<T>): Promise<T> {
    const run = live.tail.then(task, task)
    live.tail = run.catch(() => {})
    return run
  }

  async #catchUp(sessionId: string, live: LiveSession, store = this.#store): Promise<void> {
    const missed = await store.read(sessionId, live.state.seq)
    if (missed.length > 0) this.#publish(live, missed)
  }

  #publish(live: LiveSession, events: readonly StoredEvent[]): void {
    live.state = live.fanout.publish(live.state, events)
  }

  async #consentedProfiles(sessionId: string): Promise<Map<string, ConsentedProfile>> {
    const stored = await readProfiles(this.#db, sessionId)
    const profiles = new Map<string, ConsentedProfile>()
    for (const [participantId, fields] of stored) {
      const gender = fields.get('gender')
      const stakeholder = fields.get('stakeholder')
      profiles.set(participantId, {
        gender: isGender(gender) ? gender : undefined,
        stakeholder: isStakeholder(stakeholder) ? stakeholder : undefined,
      })
    }
    return profiles
  }
}

function isGender(value: unknown): value is Gender {
  return (genders as readonly unknown[]).includes(value)
}

function isStakeholder(value: unknown): value is StakeholderGroup {
  return (stakeholderGroups as readonly unknown[]).includes(value)
}
