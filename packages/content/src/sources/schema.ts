import { z } from 'zod'

/** Kinds of source. `technical` covers papers and specifications about how a system works, not what the law says. */
export const SourceType = z.enum([
  'law',
  'regulator-guidance',
  'court-case',
  'official-notice',
  'study',
  'standard',
  'technical',
])
export type SourceType = z.infer<typeof SourceType>

/** A calendar date, `YYYY-MM-DD`, or a month, `YYYY-MM`, when the day is not known. */
const PartialIsoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'YYYY-MM or YYYY-MM-DD')

/** A full calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date()

/** How a source's details were confirmed, so a reviewer knows how much to trust them. */
export const CheckMethod = z.enum([
  /** Title, date and identifier seen in a retrieved copy of the document itself or its official page. */
  'primary-text',
  /** Seen in more than one secondary source (law-firm notes, news, catalogue records), not in the document. */
  'secondary-sources',
])
export type CheckMethod = z.infer<typeof CheckMethod>

/** Stable, human-readable id: lower-case words and digits joined by hyphens. */
export const SourceId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id')
export type SourceId = z.infer<typeof SourceId>

/**
 * One entry of the sources registry. `year` is null when no date could be confirmed: an unknown year is
 * shown as such, never guessed.
 */
export const Source = z.strictObject({
  id: SourceId,
  title: z.string().min(3),
  /** How the source is named in running text and inline citations, e.g. "GDPR" or "CJEU, Breyer (C-582/14)". */
  short: z.string().min(2).max(60),
  issuer: z.string().min(2),
  year: z.number().int().min(1900).max(2100).nullable(),
  date: PartialIsoDate.optional(),
  type: SourceType,
  url: z.url({ protocol: /^https?$/ }).optional(),
  identifier: z.string().min(1).optional(),
  /** The day this entry was last checked. */
  checked: IsoDate,
  checkedBy: CheckMethod,
  /** What the source covers, in our words, and any caveat a reader needs (unconfirmed facts, consultation versions). */
  note: z.string().min(10),
})
export type Source = z.infer<typeof Source>
