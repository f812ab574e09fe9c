import { accessibilitySources } from './accessibility.ts'
import { assessSources } from './assess.ts'
import { caseSources } from './cases.ts'
import { exploreSources } from './explore.ts'
import { guidanceSources } from './guidance.ts'
import { lawSources } from './laws.ts'
import { learnSources } from './learn.ts'
import type { Source } from './schema.ts'
import { studySources } from './studies.ts'

/**
 * Every source any content area may cite. Areas add their own module of sources and list it here; ids are
 * global, so one source is entered once and cited everywhere.
 */
export const sources = [
  ...lawSources,
  ...guidanceSources,
  ...caseSources,
  ...studySources,
  ...assessSources,
  ...exploreSources,
  ...learnSources,
  ...accessibilitySources,
] as const

/** The id of a source in the registry: citing anything else is a type error in the data modules. */
export type KnownSourceId = (typeof sources)[number]['id']

const byId: ReadonlyMap<string, Source> = new Map(sources.map((source) => [source.id, source]))

/**
 * The registry entry for `id`, or undefined when there is none.
 *
 * @example
 * findSource('gdpr')?.year // 2016
 */
export function findSource(id: string): Source | undefined {
  return byId.get(id)
}
