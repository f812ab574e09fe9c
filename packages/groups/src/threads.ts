/** The threading fields of one archived message. */
export interface Threadable {
  readonly id: string
  readonly messageId: string
  readonly inReplyTo: string | null
  readonly references: readonly string[]
  readonly receivedAt: Date
}

/** A thread: its first message and every message in it, oldest first. */
export interface Thread<T extends Threadable> {
  readonly root: T
  readonly messages: readonly T[]
}

/**
 * Groups messages into threads the way mail clients do (RFC 5322 §3.6.4): a message joins the thread of the
 * message it replies to (In-Reply-To), or failing that of the nearest known message in References; otherwise it
 * starts a thread. Replies to messages we never archived start their own thread. Threads are newest-activity first.
 */
export function buildThreads<T extends Threadable>(messages: readonly T[]): Thread<T>[] {
  const sorted = [...messages].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
  const rootOf = new Map<string, string>()
  const members = new Map<string, T[]>()
  for (const message of sorted) {
    const parents = [message.inReplyTo, ...[...message.references].reverse()].filter((p): p is string => p !== null)
    const parentRoot = parents.map((p) => rootOf.get(p)).find((r) => r !== undefined)
    const root = parentRoot ?? message.messageId
    if (!rootOf.has(message.messageId)) rootOf.set(message.messageId, root)
    const list = members.get(root) ?? []
    list.push(message)
    members.set(root, list)
  }
  const threads: Thread<T>[] = []
  for (const list of members.values()) {
    const [root] = list
    if (root !== undefined) threads.push({ root, messages: list })
  }
  const last = (t: Thread<T>) => t.messages[t.messages.length - 1]?.receivedAt.getTime() ?? 0
  return threads.sort((a, b) => last(b) - last(a))
}
