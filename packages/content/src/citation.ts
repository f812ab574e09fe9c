import { z } from 'zod'
import { SourceId } from './sources/schema.ts'

/**
 * A reference from a claim to a registry source. `pinpoint` names the part relied on (an article, a section,
 * a paragraph) and is given only when that number was verified against the text; otherwise the whole source
 * is cited and `note` says so.
 */
export const Citation = z.strictObject({
  source: SourceId,
  pinpoint: z.string().min(1).optional(),
  note: z.string().min(3).optional(),
})
export type Citation = z.infer<typeof Citation>

/** One or more citations: a claim without a source is not a claim this project publishes. */
export const Citations = z.array(Citation).min(1)
