import { currentStatus } from './export.ts'
import {
  type EvidenceStrength,
  evidenceStrengths,
  type Region,
  type StatusChange,
  type UseCase,
  type UseCaseStatus,
} from './schema.ts'

/** What the Explore views filter on. Every field is optional; an empty filter keeps everything. */
export interface UseCaseFilter {
  /** Keep use cases touching at least one of these issues. */
  readonly issues?: readonly string[]
  /** Keep use cases whose *current* status is one of these. */
  readonly statuses?: readonly UseCaseStatus[]
  /** Keep use cases whose evidence is at least this strong. */
  readonly minStrength?: EvidenceStrength
  readonly region?: Region
  /** Keep use cases with a dated status change in this year. */
  readonly year?: number
  /** Case-insensitive text search in the name, summary, contribution, evidence and problems. */
  readonly query?: string
}

/** Position of a strength on the scale, weakest first (0 = none). */
export function strengthRank(strength: EvidenceStrength): number {
  return evidenceStrengths.indexOf(strength)
}

function yearOf(change: StatusChange): number | null {
  return change.date === null ? null : Number(change.date.slice(0, 4))
}

function matchesText(useCase: UseCase, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase('en')
  if (needle === '') return true
  const haystack = [
    useCase.name,
    useCase.summary,
    useCase.claimedContribution.text,
    useCase.evidence.summary,
    ...useCase.problems.map((p) => p.text),
  ]
  return haystack.some((text) => text.toLocaleLowerCase('en').includes(needle))
}

/**
 * The use cases that pass every condition of `filter`, in dataset order.
 *
 * @example
 * filterUseCases(exploreDataset.useCases, { issues: ['naming-dns'], minStrength: 'assessed' }) // [namecoin]
 */
export function filterUseCases(useCases: readonly UseCase[], filter: UseCaseFilter): UseCase[] {
  const minRank = filter.minStrength === undefined ? 0 : strengthRank(filter.minStrength)
  return useCases.filter(
    (useCase) =>
      (filter.issues === undefined ||
        filter.issues.length === 0 ||
        useCase.issues.some((issue) => filter.issues?.includes(issue))) &&
      (filter.statuses === undefined ||
        filter.statuses.length === 0 ||
        filter.statuses.includes(currentStatus(useCase).status)) &&
      strengthRank(useCase.evidence.strength) >= minRank &&
      (filter.region === undefined || useCase.region === filter.region) &&
      (filter.year === undefined || useCase.statusHistory.some((change) => yearOf(change) === filter.year)) &&
      (filter.query === undefined || matchesText(useCase, filter.query)),
  )
}

/** Every year in which some use case changed status, ascending: the choices of the year filter. */
export function statusYears(useCases: readonly UseCase[]): number[] {
  const years = new Set<number>()
  for (const useCase of useCases) {
    for (const change of useCase.statusHistory) {
      const year = yearOf(change)
      if (year !== null) years.add(year)
    }
  }
  return [...years].sort((a, b) => a - b)
}

/** One status change placed on the timeline. */
export interface TimelineEntry {
  readonly useCase: UseCase
  readonly change: StatusChange
}

/**
 * Dated status changes, oldest first (a partial date sorts before a fuller date in the same period), plus the
 * changes whose date could not be verified, listed apart rather than guessed.
 */
export function timeline(useCases: readonly UseCase[]): { dated: TimelineEntry[]; undated: TimelineEntry[] } {
  const entries = useCases.flatMap((useCase) => useCase.statusHistory.map((change) => ({ useCase, change })))
  const dated = entries
    .filter((entry) => entry.change.date !== null)
    .sort(
      (a, b) =>
        (a.change.date ?? '').localeCompare(b.change.date ?? '') || a.useCase.name.localeCompare(b.useCase.name),
    )
  return { dated, undated: entries.filter((entry) => entry.change.date === null) }
}

/**
 * The matrix cell of `useCase` × `issue`: the use case's evidence strength when it touches the issue, otherwise
 * null (an empty cell).
 */
export function matrixCell(useCase: UseCase, issueId: string): EvidenceStrength | null {
  return useCase.issues.includes(issueId) ? useCase.evidence.strength : null
}
