import type { Resource } from './schema.ts'

/** What a visitor filters the resources list by; an absent field means “any”. */
export interface ResourceFilter {
  readonly level?: Resource['level']
  readonly language?: Resource['language']
  readonly format?: Resource['format']
  readonly cost?: Resource['cost']
}

/**
 * The resources that match every given field of `filter`, in their original order.
 *
 * @example
 * filterResources(resources, { language: 'fr', cost: 'free' })
 */
export function filterResources(list: readonly Resource[], filter: ResourceFilter): Resource[] {
  return list.filter(
    (r) =>
      (filter.level === undefined || r.level === filter.level) &&
      (filter.language === undefined || r.language === filter.language) &&
      (filter.format === undefined || r.format === filter.format) &&
      (filter.cost === undefined || r.cost === filter.cost),
  )
}
