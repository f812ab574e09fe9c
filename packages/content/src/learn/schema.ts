import { z } from 'zod'
import { Citations } from '../citation.ts'
import { IsoDate } from '../sources/schema.ts'

/** Lesson slugs, in teaching order; each is also the lesson's route, /learn/lessons/<slug>. */
export const lessonSlugs = [
  'what-is-a-blockchain',
  'hashes',
  'blocks-and-chains',
  'keys-and-signatures',
  'consensus',
  'tokens-and-transactions',
  'smart-contracts',
  'governance-and-forks',
  'privacy-and-personal-data',
  'energy-and-environment',
  'staying-safe',
  'internet-governance',
] as const
export const LessonSlug = z.enum(lessonSlugs)
export type LessonSlug = z.infer<typeof LessonSlug>

/**
 * The interactive demos agreed with the Learn demos (routes /learn/demos/<id>). They live in apps/web; the
 * web tests check that every id here exists in the demo catalogue.
 */
export const demoIds = ['hash', 'block', 'blockchain', 'distributed', 'tokens', 'signatures', 'fork'] as const
export const DemoId = z.enum(demoIds)
export type DemoId = z.infer<typeof DemoId>

/** Other blockgov areas a lesson points to. */
export const AreaLink = z.strictObject({
  path: z.enum(['/privacy-map', '/explore', '/names', '/assess', '/sprint']),
  label: z.string().min(3),
})
export type AreaLink = z.infer<typeof AreaLink>

/**
 * One part of a lesson: a heading, plain-language paragraphs and the sources that support them. A section
 * that states a fact must cite it; there are no uncited sections.
 */
export const LessonSection = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  heading: z.string().min(3),
  paragraphs: z.array(z.string().min(20)).min(1),
  citations: Citations,
})
export type LessonSection = z.infer<typeof LessonSection>

/** A multiple-choice question. `answer` is the index of the one right option; the explanation says why. */
export const QuizQuestion = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    prompt: z.string().min(10),
    options: z.array(z.string().min(1)).min(2).max(5),
    answer: z.number().int().min(0),
    explanation: z.string().min(20),
  })
  .refine((q) => q.answer < q.options.length, { message: 'answer must be the index of an option' })
  .refine((q) => new Set(q.options).size === q.options.length, { message: 'options must differ' })
export type QuizQuestion = z.infer<typeof QuizQuestion>

/** A lesson: what it teaches, its sections, its quiz and where to go next. */
export const Lesson = z.strictObject({
  slug: LessonSlug,
  title: z.string().min(3),
  /** One sentence for the lesson list. */
  summary: z.string().min(20),
  /** What the reader will be able to do afterwards. */
  objectives: z.array(z.string().min(10)).min(2).max(5),
  sections: z.array(LessonSection).min(3),
  quiz: z.array(QuizQuestion).min(3).max(6),
  relatedDemos: z.array(DemoId),
  seeAlso: z.array(AreaLink),
  /** The day the lesson's facts were last checked against its sources. */
  checked: IsoDate,
})
export type Lesson = z.infer<typeof Lesson>

export const resourceLevels = ['beginner', 'intermediate', 'advanced'] as const
export const resourceFormats = [
  'article',
  'course',
  'book',
  'video',
  'interactive',
  'guidance',
  'report',
  'paper',
  'standard',
] as const
export const resourceLanguages = ['en', 'fr', 'es'] as const

/**
 * One entry of the further-resources list. `url` is an address that was seen; `accessed` is the day it was
 * seen (in a stored copy of the page or a listing of it), so readers know how fresh the link is.
 */
export const Resource = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(3),
  /** Language of the title when it is not English (titles of foreign pages are kept as published). */
  titleLanguage: z.enum(resourceLanguages).optional(),
  publisher: z.string().min(2),
  url: z.url({ protocol: /^https?$/ }),
  level: z.enum(resourceLevels),
  language: z.enum(resourceLanguages),
  format: z.enum(resourceFormats),
  cost: z.enum(['free', 'paid']),
  /** What it offers and to whom, in our words. */
  description: z.string().min(20),
  accessed: IsoDate,
  /** Lessons it deepens. */
  lessons: z.array(LessonSlug).min(1),
})
export type Resource = z.infer<typeof Resource>
