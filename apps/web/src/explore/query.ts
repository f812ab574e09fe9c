import {
  type EvidenceStrength,
  evidenceStrengths,
  type Region,
  regions,
  type UseCaseFilter,
  type UseCaseStatus,
  useCaseStatuses,
} from '@blockgov/content'

/** How the matrix is drawn: a text table (the canonical view) or a heat map. */
export type MatrixMode = 'table' | 'heatmap'

/** The most use cases the compare view shows side by side. */
export const maxCompared = 3

/**
 * Everything the Explore page keeps in its URL (`?issue=naming-dns&status=pilot&strength=reported&region=…
 * &year=2019&q=…&view=heatmap&compare=namecoin,ens`), so a filtered matrix and a selection can be shared.
 */
export interface ExploreState {
  readonly issues: readonly string[]
  readonly statuses: readonly UseCaseStatus[]
  readonly minStrength: EvidenceStrength | null
  readonly region: Region | null
  readonly year: number | null
  readonly query: string
  readonly mode: MatrixMode
  readonly compare: readonly string[]
}

function readList(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter((value) => value !== '')
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((item) => item === value) ?? null
}

/** Reads the state from a URL query, dropping unknown values (a hand-edited or outdated link still works). */
export function readExploreState(params: URLSearchParams, knownIssues: readonly string[]): ExploreState {
  const statuses = new Set(readList(params, 'status'))
  const year = Number(params.get('year'))
  return {
    issues: knownIssues.filter((issue) => readList(params, 'issue').includes(issue)),
    statuses: useCaseStatuses.filter((status) => statuses.has(status)),
    minStrength: oneOf(params.get('strength'), evidenceStrengths),
    region: oneOf(params.get('region'), regions),
    year: Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : null,
    query: params.get('q') ?? '',
    mode: params.get('view') === 'heatmap' ? 'heatmap' : 'table',
    compare: [...new Set(readList(params, 'compare'))].slice(0, maxCompared),
  }
}

/** The URL query for a state; defaults are left out so the plain view has a clean address. */
export function writeExploreState(state: ExploreState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.issues.length > 0) params.set('issue', state.issues.join(','))
  if (state.statuses.length > 0) params.set('status', state.statuses.join(','))
  if (state.minStrength !== null) params.set('strength', state.minStrength)
  if (state.region !== null) params.set('region', state.region)
  if (state.year !== null) params.set('year', String(state.year))
  if (state.query.trim() !== '') params.set('q', state.query)
  if (state.mode === 'heatmap') params.set('view', 'heatmap')
  if (state.compare.length > 0) params.set('compare', state.compare.join(','))
  return params
}

/** The content package's filter for a URL state. */
export function toFilter(state: ExploreState): UseCaseFilter {
  return {
    issues: state.issues,
    statuses: state.statuses,
    ...(state.minStrength === null ? {} : { minStrength: state.minStrength }),
    ...(state.region === null ? {} : { region: state.region }),
    ...(state.year === null ? {} : { year: state.year }),
    query: state.query,
  }
}

/** Adds or removes one use case from the comparison, never holding more than `maxCompared`. */
export function toggleCompared(compared: readonly string[], id: string): string[] {
  if (compared.includes(id)) return compared.filter((item) => item !== id)
  return compared.length >= maxCompared ? [...compared] : [...compared, id]
}

/** The address of the compare view for a selection. */
export function compareHref(ids: readonly string[]): string {
  return `/explore/compare?${new URLSearchParams({ ids: ids.join(',') }).toString()}`
}

/** The use-case ids the compare view was asked for, known ones only, at most `maxCompared`. */
export function readCompareIds(params: URLSearchParams, known: readonly string[]): string[] {
  const asked = readList(params, 'ids')
  return [...new Set(asked)].filter((id) => known.includes(id)).slice(0, maxCompared)
}

/**
 * Next cell of the matrix for an arrow key, Home or End, clamped to the table; null for any other key. Rows
 * and columns count the header row and column (row 0, column 0).
 */
export function nextCell(
  key: string,
  at: { readonly row: number; readonly col: number },
  size: { readonly rows: number; readonly cols: number },
): { row: number; col: number } | null {
  const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max - 1)
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(at.row - 1, size.rows), col: at.col }
    case 'ArrowDown':
      return { row: clamp(at.row + 1, size.rows), col: at.col }
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, size.cols) }
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, size.cols) }
    case 'Home':
      return { row: at.row, col: 0 }
    case 'End':
      return { row: at.row, col: size.cols - 1 }
    default:
      return null
  }
}
