import { type EdgeType, edgeTypes, type NodeKind, nodeKinds } from '@blockgov/content'

/** Reads a comma-separated list parameter, keeping only known values in their canonical order. */
function readList<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const given = new Set((params.get(name) ?? '').split(','))
  return allowed.filter((value) => given.has(value))
}

/** The list view's filters, as they appear in its URL (`?q=erasure&kind=tension,mitigation&full=1`). */
export interface ListFilters {
  readonly query: string
  readonly kinds: readonly NodeKind[]
  readonly full: boolean
}

export function readListFilters(params: URLSearchParams): ListFilters {
  return { query: params.get('q') ?? '', kinds: readList(params, 'kind', nodeKinds), full: params.get('full') === '1' }
}

/** Parameters for the filters; empty ones are left out so the plain list has a clean address. */
export function writeListFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.query.trim() !== '') params.set('q', filters.query)
  if (filters.kinds.length > 0) params.set('kind', filters.kinds.join(','))
  if (filters.full) params.set('full', '1')
  return params
}

/** The graph view's filters and selection (`?kinds=…&links=…&focus=…`); no list means everything. */
export interface GraphFilters {
  readonly kinds: readonly NodeKind[]
  readonly links: readonly EdgeType[]
  readonly focus: string | null
}

export function readGraphFilters(params: URLSearchParams): GraphFilters {
  const kinds = readList(params, 'kinds', nodeKinds)
  const links = readList(params, 'links', edgeTypes)
  return {
    kinds: kinds.length > 0 ? kinds : [...nodeKinds],
    links: links.length > 0 ? links : [...edgeTypes],
    focus: params.get('focus'),
  }
}

export function writeGraphFilters(filters: GraphFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.kinds.length < nodeKinds.length) params.set('kinds', filters.kinds.join(','))
  if (filters.links.length < edgeTypes.length) params.set('links', filters.links.join(','))
  if (filters.focus !== null) params.set('focus', filters.focus)
  return params
}

/** Adds or removes one value, keeping the canonical order of `all`. */
export function toggle<T extends string>(selected: readonly T[], value: T, all: readonly T[]): T[] {
  const next = new Set(selected)
  if (next.has(value)) next.delete(value)
  else next.add(value)
  return all.filter((item) => next.has(item))
}
