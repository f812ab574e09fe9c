// How the reducer scales with the number of cards: the persistent records in session state against the plain
// object copy they replaced, in the same process. Usage: npx tsx bench/session-state.ts [events]
import { applyEvent, emptySession, type SessionEvent } from '@blockgov/sprint'

let state = emptySession('s')
const N = Number(process.argv[2] ?? 10_000)
const t0 = performance.now()
for (let i = 1; i <= N; i++) {
  const event: SessionEvent = {
    type: 'cardAdded',
    cardId: crypto.randomUUID(),
    designId: 'g1',
    kind: 'idea',
    parentId: null,
    text: 't',
    authorId: 'a',
    anonymous: false,
  }
  state = applyEvent(state, { seq: i, at: i, actor: null, commandId: null, event })
}
const persistentMs = performance.now() - t0
// Baseline in the same process: the previous representation, a plain object copied on every add.
let cards: Record<string, unknown> = {}
const t1 = performance.now()
for (let i = 1; i <= N; i++) cards = { ...cards, [crypto.randomUUID()]: { i } }
const spreadMs = performance.now() - t1
console.log(
  `${N} cardAdded: persistent ${persistentMs.toFixed(0)} ms (${((persistentMs / N) * 1000).toFixed(1)} µs/event); plain spread ${spreadMs.toFixed(0)} ms (${((spreadMs / N) * 1000).toFixed(0)} µs/event); ratio ${(spreadMs / persistentMs).toFixed(0)}×`,
)
