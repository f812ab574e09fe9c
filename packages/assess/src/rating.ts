import { z } from 'zod'

/** The separate answer for "cannot assess — information not public"; never a number, so it never enters a median. */
export const CANNOT_ASSESS = 'cannot-assess'

/** A rating: 0–4 on the anchored scale, or "cannot assess — information not public". */
export const Rating = z.union([
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(CANNOT_ASSESS),
])
export type Rating = z.infer<typeof Rating>

/** The numeric ratings among `ratings`, dropping "cannot assess". */
export function numericRatings(ratings: readonly Rating[]): number[] {
  return ratings.filter((r): r is 0 | 1 | 2 | 3 | 4 => r !== CANNOT_ASSESS)
}
