import { findSource } from './sources/registry.ts'
import type { Source } from './sources/schema.ts'

/** Anything in a dataset that makes a claim: it has an id and the citations that support it. */
export interface CitedClaim {
  readonly id: string
  readonly citations: readonly { readonly source: string }[]
}

/** Why a claim fails the citation rule. */
export type CitationProblem =
  | { readonly claim: string; readonly problem: 'NO_SOURCE' }
  | { readonly claim: string; readonly problem: 'UNKNOWN_SOURCE'; readonly source: string }

/**
 * Every claim without a citation, and every citation of a source the registry does not hold. An empty list
 * means the dataset may be published. `lookup` defaults to the registry and is a parameter so tests can
 * prove the check fails on bad data.
 *
 * @example
 * findCitationProblems([{ id: 'n1', citations: [] }]) // [{ claim: 'n1', problem: 'NO_SOURCE' }]
 */
export function findCitationProblems(
  claims: readonly CitedClaim[],
  lookup: (id: string) => Source | undefined = findSource,
): CitationProblem[] {
  const problems: CitationProblem[] = []
  for (const claim of claims) {
    if (claim.citations.length === 0) problems.push({ claim: claim.id, problem: 'NO_SOURCE' })
    for (const citation of claim.citations) {
      if (lookup(citation.source) === undefined) {
        problems.push({ claim: claim.id, problem: 'UNKNOWN_SOURCE', source: citation.source })
      }
    }
  }
  return problems
}
