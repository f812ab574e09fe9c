import { randomUUID } from 'node:crypto'
import { hashToken, newToken } from '@blockgov/auth'
import { findSource } from '@blockgov/content'
import { type Db, type ReviewItem, reviewRequests } from '@blockgov/db'
import { and, asc, eq } from 'drizzle-orm'
import { fail, GroupsErrorCode, ok, type Result } from './errors.ts'

/** The partner coalitions a review can be asked of by default; the name is editable per request. */
export type PartnerKind = 'accessibility' | 'libraries'

/** A standard a checklist quotes, as a reviewer needs it: what it is, who issued it, when, and where to read it. */
export interface StandardReference {
  readonly title: string
  readonly issuer: string
  readonly year: number
  readonly url: string
}

/** The standard the accessibility checklist quotes, from the content sources registry. */
export const WCAG_22: StandardReference = standardReference('w3c-wcag22')

function standardReference(id: string): StandardReference {
  const source = findSource(id)
  // The registry is code: a missing or incomplete entry is a bug caught by the first test that loads this module.
  if (source?.url === undefined || source.year === null) throw new Error(`source ${id} needs a year and a URL`)
  return { title: source.title, issuer: source.issuer, year: source.year, url: source.url }
}

/**
 * Default partners and their checklists. Accessibility: WCAG 2.2 success criteria (levels A and AA) that an
 * output of blockgov (a page, a report, a lesson) most often fails, by their numbers and names in WCAG 2.2.
 * Libraries: "usable in a library workshop", the four conditions the coalition's issue names.
 */
export const defaultPartners: Readonly<
  Record<PartnerKind, { readonly name: string; readonly checklist: readonly { id: string; label: string }[] }>
> = {
  accessibility: {
    name: 'Dynamic Coalition on Accessibility and Disability',
    checklist: [
      { id: '1.1.1', label: '1.1.1 Non-text Content (A): images and charts have text alternatives' },
      { id: '1.3.1', label: '1.3.1 Info and Relationships (A): headings, lists and tables are marked up as such' },
      { id: '1.4.3', label: '1.4.3 Contrast (Minimum) (AA): text contrast at least 4.5:1' },
      { id: '1.4.10', label: '1.4.10 Reflow (AA): usable at 320 CSS pixels wide without horizontal scrolling' },
      { id: '2.1.1', label: '2.1.1 Keyboard (A): everything works from a keyboard' },
      { id: '2.4.7', label: '2.4.7 Focus Visible (AA): the keyboard focus is always visible' },
      { id: '2.4.11', label: '2.4.11 Focus Not Obscured (Minimum) (AA): the focused item is not hidden' },
      { id: '2.5.8', label: '2.5.8 Target Size (Minimum) (AA): targets at least 24 by 24 CSS pixels' },
      { id: '3.3.8', label: '3.3.8 Accessible Authentication (Minimum) (AA): no cognitive test to sign in' },
      { id: '4.1.2', label: '4.1.2 Name, Role, Value (A): controls expose their name and state' },
    ],
  },
  libraries: {
    name: 'Dynamic Coalition on Public Libraries',
    checklist: [
      { id: 'printable', label: 'Printable: prints cleanly for a workshop handout' },
      { id: 'offline', label: 'Offline-capable: works without a network once loaded' },
      { id: 'plain-language', label: 'Plain language: readable without specialist knowledge' },
      { id: 'no-account', label: 'Needs no account: participants can use it without signing up' },
    ],
  },
}

/** The output a review is about. */
export interface ReviewedOutput {
  readonly area: 'groups' | 'names' | 'privacy' | 'learn' | 'assess' | 'explore'
  readonly ref: string
  readonly title: string
  /** Path in the web app, e.g. `/groups/privacy-tools`. */
  readonly path: string
}

/** A review as its output page shows it (no token). */
export interface ReviewView {
  readonly id: string
  readonly output: ReviewedOutput
  readonly partner: string
  readonly kind: PartnerKind | 'custom'
  readonly checklist: readonly ReviewItem[]
  readonly comment: string
  readonly status: 'requested' | 'in-review' | 'completed'
  readonly updatedAt: Date
  /** The standard the checklist quotes, for the reviewer to consult (WCAG 2.2 for accessibility). */
  readonly source: StandardReference | null
}

type Row = typeof reviewRequests.$inferSelect

/** Partner reviews of outputs: requested by organisers, answered by reviewers through a token link. */
export class ReviewsService {
  readonly #db: Db
  readonly #now: () => Date

  constructor(db: Db, now: () => Date) {
    this.#db = db
    this.#now = now
  }

  /** Asks a partner to review an output; returns the review and the token for the reviewer's link (shown once). */
  async request(
    output: ReviewedOutput,
    kind: PartnerKind,
    createdBy: string,
    partnerName?: string,
  ): Promise<{ review: ReviewView; token: string }> {
    const token = newToken()
    const partner = defaultPartners[kind]
    const now = this.#now()
    const [row] = await this.#db
      .insert(reviewRequests)
      .values({
        id: randomUUID(),
        outputArea: output.area,
        outputRef: output.ref,
        outputTitle: output.title,
        outputPath: output.path,
        partner: partnerName?.trim() || partner.name,
        checklist: partner.checklist.map((item) => ({ ...item, checked: false })),
        status: 'requested',
        tokenHash: hashToken(token),
        createdBy,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
    if (row === undefined) throw new Error('review request not stored')
    return { review: toView(row), token }
  }

  /** The reviews of one output, oldest first: what its page shows as review status. */
  async forOutput(area: string, ref: string): Promise<ReviewView[]> {
    const rows = await this.#db
      .select()
      .from(reviewRequests)
      .where(and(eq(reviewRequests.outputArea, area), eq(reviewRequests.outputRef, ref)))
      .orderBy(asc(reviewRequests.createdAt))
    return rows.map(toView)
  }

  /** The review a reviewer's link opens. */
  async byToken(token: string): Promise<Result<ReviewView>> {
    const row = await this.#row(token)
    return row === undefined ? fail(GroupsErrorCode.TOKEN_INVALID) : ok(toView(row))
  }

  /**
   * Saves a reviewer's ticks and comment; `complete` closes the review. Items not on the checklist are ignored.
   * A completed review can still be corrected by its reviewer.
   */
  async answer(
    token: string,
    checked: readonly string[],
    comment: string,
    complete: boolean,
  ): Promise<Result<ReviewView>> {
    const row = await this.#row(token)
    if (row === undefined) return fail(GroupsErrorCode.TOKEN_INVALID)
    const ticked = new Set(checked)
    const [updated] = await this.#db
      .update(reviewRequests)
      .set({
        checklist: row.checklist.map((item) => ({ ...item, checked: ticked.has(item.id) })),
        comment,
        status: complete ? 'completed' : 'in-review',
        updatedAt: this.#now(),
      })
      .where(eq(reviewRequests.id, row.id))
      .returning()
    return updated === undefined ? fail(GroupsErrorCode.TOKEN_INVALID) : ok(toView(updated))
  }

  async #row(token: string): Promise<Row | undefined> {
    const [row] = await this.#db
      .select()
      .from(reviewRequests)
      .where(eq(reviewRequests.tokenHash, hashToken(token)))
    return row
  }
}

function toView(row: Row): ReviewView {
  const kind =
    (Object.keys(defaultPartners) as PartnerKind[]).find((k) =>
      defaultPartners[k].checklist.every((item) => row.checklist.some((c) => c.id === item.id)),
    ) ?? 'custom'
  return {
    id: row.id,
    output: {
      area: row.outputArea as ReviewedOutput['area'],
      ref: row.outputRef,
      title: row.outputTitle,
      path: row.outputPath,
    },
    partner: row.partner,
    kind,
    checklist: row.checklist,
    comment: row.comment,
    status: row.status,
    updatedAt: row.updatedAt,
    source: kind === 'accessibility' ? WCAG_22 : null,
  }
}
