import type { CitedClaim } from '../check-citations.ts'
import { illustrativeEvaluations } from './examples.ts'
import { gateFlow } from './gate.ts'
import { principleSet } from './principles.ts'
import { stakeholderGroupCitations } from './stakeholders.ts'

/**
 * Every cited claim of the Assess content (principles, gate nodes, example facts, the stakeholder list), for
 * `findCitationProblems`.
 */
export function assessClaims(): CitedClaim[] {
  return [
    ...principleSet.principles.map((p) => ({ id: `principle:${p.id}`, citations: p.citations })),
    ...gateFlow.nodes.map((n) => ({ id: `gate:${n.id}`, citations: n.citations })),
    ...illustrativeEvaluations.flatMap((e) =>
      e.facts.map((f) => ({ id: `example:${e.id}:${f.id}`, citations: f.citations })),
    ),
    { id: 'stakeholder-groups', citations: stakeholderGroupCitations },
  ]
}
