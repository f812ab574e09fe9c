import type { KnownSourceId } from '../sources/registry.ts'
import type { Lesson, LessonSection } from './schema.ts'

/** A citation as written in lesson modules: the source id must exist in the registry (checked by `tsc`). */
interface CitationInput {
  readonly source: KnownSourceId
  readonly pinpoint?: string
  readonly note?: string
}

/** A section as written in a lesson module. */
export type SectionInput = Omit<LessonSection, 'citations'> & { citations: CitationInput[] }

/** The shape lesson modules are written in; `Lesson` (zod) checks the same data at test time. */
export type LessonInput = Omit<Lesson, 'sections'> & { sections: SectionInput[] }
