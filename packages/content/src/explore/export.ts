import { toCsv } from './csv.ts'
import { ExploreDataset, type Issue, type UseCase } from './schema.ts'

/** The dataset as pretty-printed JSON, exactly the validated object (licence and version included). */
export function datasetToJson(dataset: ExploreDataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`
}

/** Parses and validates a JSON export; the inverse of `datasetToJson`. */
export function datasetFromJson(text: string): ExploreDataset {
  return ExploreDataset.parse(JSON.parse(text))
}

/** Columns of the use-case CSV. Lists are joined with " | ", which no entry contains (checked by the tests). */
export const useCaseCsvHeader = [
  'id',
  'name',
  'approach',
  'region',
  'issues',
  'current_status',
  'status_history',
  'evidence_strength',
  'evidence',
  'claimed_contribution',
  'problems',
  'alternative',
  'sources',
] as const

/** Columns of the issue CSV. */
export const issueCsvHeader = ['id', 'label', 'wgig_cluster', 'dw_basket', 'description', 'sources'] as const

/** Separator of list items inside one CSV cell. */
export const listSeparator = ' | '

function uniqueSources(citations: readonly { source: string }[]): string {
  return [...new Set(citations.map((c) => c.source))].join(listSeparator)
}

/** Every source a use case cites, anywhere in the entry, in order of first citation. */
export function useCaseSources(useCase: UseCase): string[] {
  const all = [
    ...useCase.claimedContribution.citations,
    ...useCase.statusHistory.flatMap((change) => change.citations),
    ...useCase.evidence.citations,
    ...useCase.problems.flatMap((problem) => problem.citations),
    ...(useCase.alternative?.citations ?? []),
  ]
  return [...new Set(all.map((c) => c.source))]
}

/** The status a use case is in now: the last entry of its history. */
export function currentStatus(useCase: UseCase): UseCase['statusHistory'][number] {
  const last = useCase.statusHistory.at(-1)
  // The schema requires at least one entry; an empty history is a bug in the caller's data.
  if (last === undefined) throw new Error(`Use case ${useCase.id} has no status`)
  return last
}

/** One CSV row per use case, in `useCaseCsvHeader` order. Citations are flattened to source ids per row. */
export function useCaseRow(useCase: UseCase): string[] {
  return [
    useCase.id,
    useCase.name,
    useCase.approach,
    useCase.region,
    useCase.issues.join(listSeparator),
    currentStatus(useCase).status,
    useCase.statusHistory.map((c) => `${c.status} ${c.date ?? 'date not verified'}`).join(listSeparator),
    useCase.evidence.strength,
    useCase.evidence.summary,
    useCase.claimedContribution.text,
    useCase.problems.map((p) => p.text).join(listSeparator),
    useCase.alternative?.text ?? '',
    useCaseSources(useCase).join(listSeparator),
  ]
}

/** One CSV row per issue, in `issueCsvHeader` order. */
export function issueRow(issue: Issue): string[] {
  return [
    issue.id,
    issue.label,
    issue.wgigCluster ?? '',
    issue.dwBasket,
    issue.description,
    uniqueSources(issue.citations),
  ]
}

/** The use cases as CSV (a flat view: the JSON export is the complete dataset). */
export function useCasesToCsv(dataset: ExploreDataset): string {
  return toCsv(useCaseCsvHeader, dataset.useCases.map(useCaseRow))
}

/** The issue taxonomy as CSV. */
export function issuesToCsv(dataset: ExploreDataset): string {
  return toCsv(issueCsvHeader, dataset.issues.map(issueRow))
}
