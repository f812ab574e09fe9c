import { gateFlow } from './gate.ts'
import type { GateNode, GateOutcome, GateQuestion } from './schema.ts'

const nodesById: ReadonlyMap<string, GateNode> = new Map(gateFlow.nodes.map((node) => [node.id, node]))

/** The gate node with this id, or undefined. */
export function gateNode(id: string): GateNode | undefined {
  return nodesById.get(id)
}

/** One answered question on the path through the gate. */
export interface GateStep {
  readonly question: GateQuestion
  readonly answer: boolean
}

/** Where a set of answers leads: the steps taken, and the outcome once reached (else the next question). */
export type GateWalk =
  | { readonly done: true; readonly steps: readonly GateStep[]; readonly outcome: GateOutcome }
  | { readonly done: false; readonly steps: readonly GateStep[]; readonly next: GateQuestion }

/**
 * Follows `answers` (question id → yes/no) from the start of the gate. Answers to questions off the path are
 * ignored, so changing an early answer never leaves stale later ones in the result.
 *
 * @example
 * walkGate({ 'store-state': false }).done // true: no storage needed
 */
export function walkGate(answers: Readonly<Record<string, boolean>>): GateWalk {
  const steps: GateStep[] = []
  let id: string = gateFlow.start
  // The flow is a DAG (tested), so this ends within nodes.length steps.
  for (let guard = 0; guard <= gateFlow.nodes.length; guard += 1) {
    const node = nodesById.get(id)
    if (node === undefined) throw new Error(`gate references missing node ${id}`)
    if (node.kind === 'outcome') return { done: true, steps, outcome: node }
    if (!Object.hasOwn(answers, node.id)) return { done: false, steps, next: node }
    const answer = answers[node.id] === true
    steps.push({ question: node, answer })
    id = answer ? node.yes : node.no
  }
  throw new Error('gate flow has a cycle')
}
