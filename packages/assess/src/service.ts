import { principleSet, type StakeholderGroupId, walkGate } from '@blockgov/content'
import {
  assessAudit,
  assessComments,
  assessEvaluations,
  assessEvaluators,
  assessReports,
  assessScores,
  type Db,
} from '@blockgov/db'
import type { ErrorCode } from '@blockgov/protocol'
import { and, asc, desc, eq, inArray } from 'drizzle-orm'
import {
  type Decision,
  type EvaluationAction,
  type EvaluationStatus,
  mayComment,
  mayDeclare,
  mayEditConclusions,
  mayEditSetup,
  mayWriteScore,
  transition,
} from './lifecycle.ts'
import type { ReportInput } from './report.ts'
import {
  type EvaluationRow,
  type EvaluationView,
  type EvaluatorRow,
  type EvaluatorView,
  type InitiativeInput,
  readReportInput,
  readView,
  type StoredScore,
  type Tx,
  toRating,
} from './views.ts'

/** Who made a change, as the audit log records it. */
export type AuditActor = 'organiser' | 'public' | `evaluator:${string}`

const ok = <T>(value: T): Decision<T> => ({ ok: true, value })
const fail = (code: ErrorCode): Decision<never> => ({ ok: false, code })

/**
 * Storage and rules of evaluations. Every change runs in one transaction that locks the evaluation row first,
 * checks the stage rules of `lifecycle.ts` against the locked state, writes, and appends to the audit log, so
 * concurrent requests cannot slip a score in after the panel closed and no change goes unlogged.
 */
export class AssessService {
  readonly #db: Db
  readonly #now: () => Date
  readonly #newId: () => string

  constructor(db: Db, now: () => Date, newId: () => string = () => crypto.randomUUID()) {
    this.#db = db
    this.#now = now
    this.#newId = newId
  }

  /** Registers an initiative as a new evaluation in draft, owned by `organiserId`. */
  async create(
    organiserId: string,
    initiative: InitiativeInput,
    threshold: number,
    illustrative = false,
  ): Promise<string> {
    const id = this.#newId()
    await this.#db.transaction(async (tx) => {
      await tx.insert(assessEvaluations).values({
        id,
        organiserId,
        ...initiative,
        links: [...initiative.links],
        gateAnswers: {},
        threshold,
        principleSetVersion: principleSet.version,
        illustrative,
      })
      await this.#audit(tx, id, 'organiser', 'created', { initiative, threshold })
    })
    return id
  }

  /** The evaluation as its organiser sees it, or a failure when it is missing or not theirs. */
  async view(id: string, organiserId: string | null): Promise<Decision<EvaluationView>> {
    const row = await this.#row(this.#db, id)
    if (row === undefined) return fail('ASSESS_NOT_FOUND')
    if (organiserId !== null && row.organiserId !== organiserId) return fail('ASSESS_NOT_ORGANISER')
    return ok(await readView(this.#db, row))
  }

  /** The published illustrative evaluation of the initiative called `name`, if one exists (whoever loaded it). */
  async publishedIllustrative(name: string): Promise<string | undefined> {
    const [row] = await this.#db
      .select({ id: assessEvaluations.id })
      .from(assessEvaluations)
      .where(
        and(
          eq(assessEvaluations.illustrative, true),
          eq(assessEvaluations.name, name),
          eq(assessEvaluations.status, 'published'),
        ),
      )
      .limit(1)
    return row?.id
  }

  /** The organiser's evaluations, newest first. */
  async listForOrganiser(organiserId: string): Promise<{ id: string; name: string; status: EvaluationStatus }[]> {
    const rows = await this.#db
      .select({ id: assessEvaluations.id, name: assessEvaluations.name, status: assessEvaluations.status })
      .from(assessEvaluations)
      .where(eq(assessEvaluations.organiserId, organiserId))
      .orderBy(desc(assessEvaluations.createdAt))
    return rows.map((r) => ({ ...r, status: r.status as EvaluationStatus }))
  }

  /** Every evaluation with at least one published report, with its latest version. */
  async listPublished(): Promise<
    { id: string; name: string; body: string; jurisdiction: string; illustrative: boolean; version: number }[]
  > {
    const reports = await this.#db
      .select({ evaluationId: assessReports.evaluationId, version: assessReports.version })
      .from(assessReports)
    const latest = new Map<string, number>()
    for (const r of reports) latest.set(r.evaluationId, Math.max(r.version, latest.get(r.evaluationId) ?? 0))
    if (latest.size === 0) return []
    const rows = await this.#db
      .select()
      .from(assessEvaluations)
      .where(inArray(assessEvaluations.id, [...latest.keys()]))
      .orderBy(asc(assessEvaluations.name))
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      body: r.body,
      jurisdiction: r.jurisdiction,
      illustrative: r.illustrative,
      version: latest.get(r.id) ?? 1,
    }))
  }

  /** Changes the initiative or the gate answers; only in draft. */
  async updateSetup(
    id: string,
    organiserId: string,
    patch: { readonly initiative?: InitiativeInput; readonly gateAnswers?: Record<string, boolean> },
  ): Promise<Decision<true>> {
    return this.#asOrganiser(id, organiserId, async (tx, row) => {
      const allowed = mayEditSetup(row.status as EvaluationStatus)
      if (!allowed.ok) return allowed
      const values = {
        ...(patch.initiative === undefined ? {} : { ...patch.initiative, links: [...patch.initiative.links] }),
        ...(patch.gateAnswers === undefined ? {} : { gateAnswers: patch.gateAnswers }),
      }
      await tx.update(assessEvaluations).set(values).where(eq(assessEvaluations.id, id))
      await this.#audit(tx, id, 'organiser', 'setup-changed', patch)
      return ok(true)
    })
  }

  /** Moves the evaluation along; `publish` freezes a new report version with `changelog`. */
  async act(
    id: string,
    organiserId: string,
    action: EvaluationAction,
    changelog: string,
  ): Promise<Decision<{ status: EvaluationStatus; version: number | null }>> {
    return this.#asOrganiser(id, organiserId, async (tx, row) => {
      const versions = await tx
        .select({ version: assessReports.version })
        .from(assessReports)
        .where(eq(assessReports.evaluationId, id))
      const next = transition(row.status as EvaluationStatus, action, {
        gateComplete: walkGate(row.gateAnswers).done,
        publishedVersions: versions.length,
        changelog,
      })
      if (!next.ok) return next
      let version: number | null = null
      if (action === 'publish') {
        version = versions.length + 1
        const text = changelog.trim() === '' ? 'First publication.' : changelog.trim()
        const publishedAt = this.#now()
        const previous = await tx
          .select({ version: assessReports.version, at: assessReports.publishedAt, text: assessReports.changelog })
          .from(assessReports)
          .where(eq(assessReports.evaluationId, id))
          .orderBy(asc(assessReports.version))
        const changes = [
          ...previous.map((p) => ({ version: p.version, at: p.at.toISOString(), text: p.text })),
          { version, at: publishedAt.toISOString(), text },
        ]
        const input = await readReportInput(tx, row, version, publishedAt, changes)
        await tx.insert(assessReports).values({ evaluationId: id, version, input, changelog: text, publishedAt })
      }
      await tx.update(assessEvaluations).set({ status: next.value }).where(eq(assessEvaluations.id, id))
      await this.#audit(tx, id, 'organiser', action, version === null ? {} : { version, changelog })
      return ok({ status: next.value, version })
    })
  }

  /** The organiser's findings and recommendations, between panel close and publication. */
  async setConclusions(
    id: string,
    organiserId: string,
    findings: string,
    recommendations: string,
  ): Promise<Decision<true>> {
    return this.#asOrganiser(id, organiserId, async (tx, row) => {
      const allowed = mayEditConclusions(row.status as EvaluationStatus)
      if (!allowed.ok) return allowed
      await tx.update(assessEvaluations).set({ findings, recommendations }).where(eq(assessEvaluations.id, id))
      await this.#audit(tx, id, 'organiser', 'conclusions-changed', { findings, recommendations })
      return ok(true)
    })
  }

  /** Adds an evaluator whose link carries the token hashed as `tokenHash`; until the panel closes. */
  async invite(id: string, organiserId: string, label: string, tokenHash: string): Promise<Decision<string>> {
    return this.#asOrganiser(id, organiserId, async (tx, row) => {
      const allowed = mayDeclare(row.status as EvaluationStatus)
      if (!allowed.ok) return allowed
      const evaluatorId = this.#newId()
      await tx.insert(assessEvaluators).values({ id: evaluatorId, evaluationId: id, tokenHash, label })
      await this.#audit(tx, id, 'organiser', 'evaluator-invited', { evaluatorId, label })
      return ok(evaluatorId)
    })
  }

  /** What an invite link shows its holder: the evaluation, their declaration and their own scores. */
  async asEvaluator(
    tokenHash: string,
  ): Promise<Decision<{ evaluation: EvaluationView; me: EvaluatorView; scores: StoredScore[] }>> {
    const evaluator = await this.#evaluatorByToken(this.#db, tokenHash)
    if (evaluator === undefined) return fail('ASSESS_INVITE_INVALID')
    const row = await this.#row(this.#db, evaluator.evaluationId)
    if (row === undefined) return fail('ASSESS_INVITE_INVALID')
    const evaluation = await readView(this.#db, row)
    const me = evaluation.evaluators.find((e) => e.id === evaluator.id)
    if (me === undefined) return fail('ASSESS_INVITE_INVALID')
    const scores = await this.#db.select().from(assessScores).where(eq(assessScores.evaluatorId, evaluator.id))
    return ok({
      evaluation,
      me,
      scores: scores.map((s) => ({
        principleId: s.principleId,
        rating: toRating(s.rating),
        rationale: s.rationale,
        evidence: s.evidence,
      })),
    })
  }

  /** The evaluator declares (or corrects) their stakeholder group and conflicts of interest. */
  async declare(tokenHash: string, group: StakeholderGroupId, conflicts: string): Promise<Decision<true>> {
    return this.#asEvaluator(tokenHash, async (tx, row, evaluator) => {
      const allowed = mayDeclare(row.status as EvaluationStatus)
      if (!allowed.ok) return allowed
      await tx
        .update(assessEvaluators)
        .set({ stakeholderGroup: group, conflicts, declaredAt: this.#now() })
        .where(eq(assessEvaluators.id, evaluator.id))
      await this.#audit(tx, row.id, `evaluator:${evaluator.id}`, 'declared', { group, conflicts })
      return ok(true)
    })
  }

  /** The evaluator writes their own score for one principle. */
  async score(tokenHash: string, score: StoredScore): Promise<Decision<true>> {
    return this.#asEvaluator(tokenHash, async (tx, row, evaluator) => {
      const actor = { kind: 'evaluator', evaluatorId: evaluator.id, declared: evaluator.declaredAt !== null } as const
      const allowed = mayWriteScore(row.status as EvaluationStatus, actor, evaluator.id)
      if (!allowed.ok) return allowed
      if (!principleSet.principles.some((p) => p.id === score.principleId)) return fail('ASSESS_PRINCIPLE_UNKNOWN')
      const values = {
        rating: String(score.rating),
        rationale: score.rationale,
        evidence: [...score.evidence],
        updatedAt: this.#now(),
      }
      await tx
        .insert(assessScores)
        .values({ evaluatorId: evaluator.id, principleId: score.principleId, ...values })
        .onConflictDoUpdate({ target: [assessScores.evaluatorId, assessScores.principleId], set: values })
      await this.#audit(tx, row.id, `evaluator:${evaluator.id}`, 'scored', score)
      return ok(true)
    })
  }

  /** A minority statement, kept verbatim; writable until publication, null withdraws it. */
  async setMinorityStatement(tokenHash: string, text: string | null): Promise<Decision<true>> {
    return this.#asEvaluator(tokenHash, async (tx, row, evaluator) => {
      if (row.status === 'published' || row.status === 'draft') return fail('ASSESS_WRONG_STATE')
      await tx.update(assessEvaluators).set({ minorityStatement: text }).where(eq(assessEvaluators.id, evaluator.id))
      await this.#audit(tx, row.id, `evaluator:${evaluator.id}`, 'minority-statement', { text })
      return ok(true)
    })
  }

  /** A public comment, during the comment period. */
  async comment(id: string, text: string): Promise<Decision<true>> {
    return this.#db.transaction(async (tx) => {
      const row = await this.#row(tx, id, true)
      if (row === undefined) return fail('ASSESS_NOT_FOUND')
      const allowed = mayComment(row.status as EvaluationStatus)
      if (!allowed.ok) return allowed
      await tx.insert(assessComments).values({ id: this.#newId(), evaluationId: id, text, createdAt: this.#now() })
      await this.#audit(tx, id, 'public', 'commented', { text })
      return ok(true)
    })
  }

  /** The report as it would be published now (version 0), for the organiser's and the panel's live view. */
  async draftReport(id: string): Promise<Decision<ReportInput>> {
    const row = await this.#row(this.#db, id)
    if (row === undefined) return fail('ASSESS_NOT_FOUND')
    return ok(await readReportInput(this.#db, row, 0, this.#now(), []))
  }

  /** A published report, frozen as it was published. */
  async publishedReport(id: string, version: number): Promise<Decision<ReportInput>> {
    const [found] = await this.#db
      .select({ input: assessReports.input })
      .from(assessReports)
      .where(and(eq(assessReports.evaluationId, id), eq(assessReports.version, version)))
    return found === undefined ? fail('ASSESS_REPORT_NOT_FOUND') : ok(found.input as ReportInput)
  }

  /** The audit log, oldest first, for the organiser. */
  async auditLog(
    id: string,
    organiserId: string,
  ): Promise<Decision<{ actor: string; action: string; detail: unknown; at: string }[]>> {
    const row = await this.#row(this.#db, id)
    if (row === undefined) return fail('ASSESS_NOT_FOUND')
    if (row.organiserId !== organiserId) return fail('ASSESS_NOT_ORGANISER')
    const entries = await this.#db
      .select()
      .from(assessAudit)
      .where(eq(assessAudit.evaluationId, id))
      .orderBy(asc(assessAudit.id))
    return ok(entries.map((e) => ({ actor: e.actor, action: e.action, detail: e.detail, at: e.at.toISOString() })))
  }

  async #row(db: Db | Tx, id: string, lock = false): Promise<EvaluationRow | undefined> {
    const query = db.select().from(assessEvaluations).where(eq(assessEvaluations.id, id))
    const [row] = lock ? await query.for('update') : await query
    return row
  }

  async #evaluatorByToken(db: Db | Tx, tokenHash: string): Promise<EvaluatorRow | undefined> {
    const [row] = await db.select().from(assessEvaluators).where(eq(assessEvaluators.tokenHash, tokenHash))
    return row
  }

  async #asOrganiser<T>(
    id: string,
    organiserId: string,
    change: (tx: Tx, row: EvaluationRow) => Promise<Decision<T>>,
  ): Promise<Decision<T>> {
    return this.#db.transaction(async (tx) => {
      const row = await this.#row(tx, id, true)
      if (row === undefined) return fail('ASSESS_NOT_FOUND')
      if (row.organiserId !== organiserId) return fail('ASSESS_NOT_ORGANISER')
      return change(tx, row)
    })
  }

  async #asEvaluator<T>(
    tokenHash: string,
    change: (tx: Tx, row: EvaluationRow, evaluator: EvaluatorRow) => Promise<Decision<T>>,
  ): Promise<Decision<T>> {
    return this.#db.transaction(async (tx) => {
      const found = await this.#evaluatorByToken(tx, tokenHash)
      if (found === undefined) return fail('ASSESS_INVITE_INVALID')
      const row = await this.#row(tx, found.evaluationId, true)
      if (row === undefined) return fail('ASSESS_INVITE_INVALID')
      // Re-read under the evaluation lock: a concurrent declaration may have just changed it.
      const evaluator = await this.#evaluatorByToken(tx, tokenHash)
      if (evaluator === undefined) return fail('ASSESS_INVITE_INVALID')
      return change(tx, row, evaluator)
    })
  }

  async #audit(tx: Tx, evaluationId: string, actor: AuditActor, action: string, detail: unknown): Promise<void> {
    await tx.insert(assessAudit).values({ evaluationId, actor, action, detail, at: this.#now() })
  }
}
