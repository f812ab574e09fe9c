import type { NodeKind, PrivacyNode } from './schema.ts'

/** What the list view filters by; both parts are optional and combine with AND. */
export interface NodeFilter {
  readonly query?: string
  readonly kinds?: readonly NodeKind[]
}

/** Lower case without accents, so "regles" finds "règles" and "Erasure" finds "erasure". */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

/**
 * Nodes matching every word of the query (in label, summary, explanation or design observation) and, when
 * given, one of the kinds. Order is preserved.
 *
 * @example
 * filterNodes(nodes, { query: 'erasure', kinds: ['tension'] })
 */
export function filterNodes(nodes: readonly PrivacyNode[], filter: NodeFilter): PrivacyNode[] {
  const words = fold(filter.query ?? '')
    .split(/\s+/)
    .filter((word) => word.length > 0)
  const kinds = filter.kinds !== undefined && filter.kinds.length > 0 ? new Set(filter.kinds) : undefined
  return nodes.filter((node) => {
    if (kinds !== undefined && !kinds.has(node.kind)) return false
    if (words.length === 0) return true
    const text = fold([node.id, node.label, node.summary, node.explanation, node.designObservation ?? ''].join(' '))
    return words.every((word) => text.includes(word))
  })
}
