import { illustrativeEvaluations } from '@blockgov/content'
import type { AssessService } from './service.ts'

/** The example evaluations' ids, and how many of them this call created. */
export interface LoadedExamples {
  readonly ids: readonly string[]
  readonly created: number
}

/**
 * Loads the illustrative example evaluations as published, illustrative evaluations owned by `organiserId`,
 * through the same service calls a real panel makes (so the rules and the audit log apply to demo data too).
 * `newTokenHash` gives each invented evaluator a link nobody holds. An example already published (by anyone) is
 * not loaded again: the public list would show it twice.
 */
export async function loadIllustrativeExamples(
  service: AssessService,
  organiserId: string,
  newTokenHash: () => string,
  threshold = 3,
): Promise<LoadedExamples> {
  const ids: string[] = []
  let created = 0
  for (const example of illustrativeEvaluations) {
    const existing = await service.publishedIllustrative(example.initiative.name)
    if (existing !== undefined) {
      ids.push(existing)
      continue
    }
    const id = await service.create(organiserId, example.initiative, threshold, true)
    await expectOk(service.updateSetup(id, organiserId, { gateAnswers: { ...example.gateAnswers } }))
    await expectOk(service.act(id, organiserId, 'open-panel', ''))
    for (const [index, member] of example.panel.entries()) {
      const token = newTokenHash()
      await expectOk(service.invite(id, organiserId, member.label, token))
      await expectOk(service.declare(token, member.group, 'None (invented evaluator for an illustrative example).'))
      for (const score of example.scores) {
        const rating = score.ratings[index]
        if (rating === undefined) continue
        await expectOk(
          service.score(token, { principleId: score.principle, rating, rationale: score.rationale, evidence: [] }),
        )
      }
    }
    await expectOk(service.act(id, organiserId, 'close-panel', ''))
    await expectOk(
      service.setConclusions(
        id,
        organiserId,
        'Illustrative example: see the cited facts about the initiative; the panel is invented.',
        'Illustrative example: no recommendations are made to the real initiative.',
      ),
    )
    await expectOk(service.act(id, organiserId, 'publish', ''))
    ids.push(id)
    created++
  }
  return { ids, created }
}

async function expectOk(result: Promise<{ ok: boolean; code?: string }>): Promise<void> {
  const outcome = await result
  // The examples are fixed data run through a fresh evaluation: a refusal here is a bug, not user input.
  if (!outcome.ok) throw new Error(`illustrative example rejected: ${outcome.code}`)
}
