import type { RatingAnchor } from './schema.ts'

/**
 * The anchored 0–4 scale. Each step names what the evaluator found, not how they feel, so two evaluators who
 * saw the same evidence give the same number. "Cannot assess" is not on the scale: it is a separate answer
 * (see `cannotAssess`), counted as a transparency finding and left out of medians.
 */
export const ratingScale = [
  {
    value: 0,
    label: 'Not met',
    description: 'The evidence shows the principle is not met, or contradicts the initiative’s own claims.',
  },
  {
    value: 1,
    label: 'Weak',
    description: 'The principle is acknowledged, but what was done is minimal, informal or undocumented.',
  },
  {
    value: 2,
    label: 'Partial',
    description: 'Some documented measures meet the principle; important questions remain unanswered.',
  },
  {
    value: 3,
    label: 'Largely met',
    description: 'Documented measures answer most questions; the gaps that remain are minor and known.',
  },
  {
    value: 4,
    label: 'Fully met',
    description: 'Public, documented evidence answers every question, and it has been checked independently.',
  },
] as const satisfies readonly RatingAnchor[]

/** The separate answer for a principle the public record does not let anyone evaluate. */
export const cannotAssess = {
  label: 'Cannot assess — information not public',
  description:
    'The information needed to answer this principle’s questions is not publicly available. This is recorded as a transparency finding, not as a low score.',
} as const
