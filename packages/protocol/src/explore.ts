import { z } from 'zod'

/** A kebab-case id of the Explore dataset (use case or issue); the taxonomy itself lives in @blockgov/content. */
const DatasetId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id')
  .max(80)
const Text = (min: number, max: number) => z.string().trim().min(min).max(max)

/** A source offered with a proposal: what it is and where to read it (http or https only). */
export const ContributedSource = z.strictObject({
  title: Text(3, 300),
  url: z.url({ protocol: /^https?$/ }).max(2000),
})
export type ContributedSource = z.infer<typeof ContributedSource>

const common = {
  /** How the contributor wants to be credited if the proposal is accepted (a name or a pseudonym). */
  credit: Text(2, 80),
  /** Every proposal needs at least one source: the dataset publishes nothing uncited. */
  sources: z.array(ContributedSource).min(1).max(10),
}

/**
 * A proposal to the Explore dataset: a new use case, described in prose for an editor to verify and encode, or
 * a correction to an existing one. Editors turn accepted proposals into dataset entries; see docs/explore.md.
 */
export const ExploreContributionBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('new-use-case'),
    ...common,
    name: Text(3, 120),
    summary: Text(20, 600),
    issues: z.array(DatasetId).max(20),
    claimedContribution: Text(20, 2000),
    statusAndDates: Text(4, 1000),
    evidence: Text(10, 2000),
    problems: Text(0, 2000),
    alternative: Text(0, 2000),
    region: Text(0, 120),
  }),
  z.strictObject({
    kind: z.literal('correction'),
    ...common,
    target: DatasetId,
    correction: Text(20, 4000),
  }),
])
export type ExploreContributionBody = z.infer<typeof ExploreContributionBody>

/** A proposal as the moderation queue and the public list show it. */
export const ExploreContributionView = z.object({
  id: z.uuid(),
  status: z.enum(['pending', 'accepted', 'rejected']),
  createdAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().nullable(),
  proposal: ExploreContributionBody,
})
export type ExploreContributionView = z.infer<typeof ExploreContributionView>

/** An organiser's decision. A rejection must say why: the reason is kept and shown in the queue's history. */
export const ExploreReviewBody = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), note: Text(0, 1000).optional() }),
  z.strictObject({ decision: z.literal('reject'), reason: Text(5, 1000) }),
])
export type ExploreReviewBody = z.infer<typeof ExploreReviewBody>
