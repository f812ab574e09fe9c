import { z } from 'zod'
import { Citations } from '../citation.ts'
import { IsoDate } from '../sources/schema.ts'

/** Stable id of an issue or a use case, used in URLs (`/explore/use-case/<id>`): never rename one that has shipped. */
export const ExploreId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id')
export type ExploreId = z.infer<typeof ExploreId>

/** The four public-policy clusters of the WGIG report (2005), in the report's order. */
export const wgigClusters = ['infrastructure', 'use', 'wider-impact', 'development'] as const
export const WgigCluster = z.enum(wgigClusters)
export type WgigCluster = z.infer<typeof WgigCluster>

/** The seven issue baskets of the Geneva Internet Platform's Digital Watch observatory. */
export const dwBaskets = [
  'infrastructure',
  'cybersecurity',
  'human-rights',
  'legal-regulatory',
  'economic',
  'development',
  'sociocultural',
] as const
export const DwBasket = z.enum(dwBaskets)
export type DwBasket = z.infer<typeof DwBasket>

/**
 * An Internet-governance issue. Each sits in one WGIG cluster and one Digital Watch basket, so the taxonomy can
 * be read through either established scheme.
 */
export const Issue = z.strictObject({
  id: ExploreId,
  label: z.string().min(3).max(80),
  description: z.string().min(40),
  /** Null when the issue is about governance processes themselves rather than a WGIG public-policy cluster. */
  wgigCluster: WgigCluster.nullable(),
  dwBasket: DwBasket,
  citations: Citations,
})
export type Issue = z.infer<typeof Issue>

/**
 * Where a use case stands. `specified` is for published standards and adopted legal frameworks whose deployment
 * this dataset does not measure (RFCs, W3C Recommendations, a regulation); `abandoned` includes pilots that ended
 * without a production service.
 */
export const useCaseStatuses = ['proposal', 'specified', 'pilot', 'production', 'abandoned'] as const
export const UseCaseStatus = z.enum(useCaseStatuses)
export type UseCaseStatus = z.infer<typeof UseCaseStatus>

/**
 * How well the *results* of a use case are documented, whatever their direction: a well-documented failure is
 * `assessed`. Ordered from weakest to strongest.
 * - `none`: no published results (a proposal or a design).
 * - `claimed`: results stated only by the proponents or operators.
 * - `reported`: operation or results described by an independent party (news, official overview) without a
 *   systematic evaluation.
 * - `assessed`: an independent study, security analysis or official evaluation with findings.
 */
export const evidenceStrengths = ['none', 'claimed', 'reported', 'assessed'] as const
export const EvidenceStrength = z.enum(evidenceStrengths)
export type EvidenceStrength = z.infer<typeof EvidenceStrength>

/**
 * Regions, coarse on purpose (the World Bank's regional groups, plus `global` for standards and worldwide
 * systems), so that no entry needs a contested border drawn.
 */
export const regions = [
  'global',
  'east-asia-pacific',
  'europe-central-asia',
  'latin-america-caribbean',
  'middle-east-north-africa',
  'north-america',
  'south-asia',
  'sub-saharan-africa',
] as const
export const Region = z.enum(regions)
export type Region = z.infer<typeof Region>

/**
 * Whether the entry uses a blockchain. `ledger-optional` standards can be built on a ledger but do not require
 * one (W3C DIDs and Verifiable Credentials); `non-blockchain` entries are the references the blockchain use cases
 * are compared with (RPKI, Certificate Transparency, C2PA…).
 */
export const approaches = ['blockchain', 'ledger-optional', 'non-blockchain'] as const
export const Approach = z.enum(approaches)
export type Approach = z.infer<typeof Approach>

/** A date as precise as it was verified: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY[-MM[-DD]]')
export type PartialDate = z.infer<typeof PartialDate>

/** One change of status, with the date it happened (null when no date could be verified; the note says so). */
export const StatusChange = z.strictObject({
  status: UseCaseStatus,
  date: PartialDate.nullable(),
  note: z.string().min(10),
  citations: Citations,
})
export type StatusChange = z.infer<typeof StatusChange>

/** A cited statement: a problem, a criticism, a finding. */
export const CitedText = z.strictObject({
  text: z.string().min(20),
  citations: Citations,
})
export type CitedText = z.infer<typeof CitedText>

/** The non-blockchain way to do a job: a reference entry in this dataset and/or a cited description. */
export const Alternative = z.strictObject({
  useCase: ExploreId.optional(),
  text: z.string().min(20),
  citations: Citations,
})
export type Alternative = z.infer<typeof Alternative>

/** Other areas of blockgov a use case links to. */
export const relatedAreas = ['names', 'learn', 'assess', 'privacy-map'] as const
export const RelatedArea = z.enum(relatedAreas)
export type RelatedArea = z.infer<typeof RelatedArea>

/** One use case: what it claims, where it stands, what the evidence shows, and what else could do the job. */
export const UseCase = z.strictObject({
  id: ExploreId,
  name: z.string().min(3).max(80),
  /** One sentence for lists and the matrix. */
  summary: z.string().min(20).max(240),
  approach: Approach,
  issues: z.array(ExploreId).min(1),
  region: Region,
  /** What proponents say it contributes, in our words: a claim reported, not endorsed. */
  claimedContribution: CitedText,
  /** Oldest first. */
  statusHistory: z.array(StatusChange).min(1),
  evidence: z.strictObject({ strength: EvidenceStrength, summary: z.string().min(20), citations: Citations }),
  problems: z.array(CitedText),
  /**
   * The non-blockchain way to do the job: a reference entry in this dataset and/or a cited description. Absent
   * only on entries that are themselves non-blockchain references.
   */
  alternative: Alternative.optional(),
  related: z.array(RelatedArea),
})
export type UseCase = z.infer<typeof UseCase>

/** The whole published dataset, versioned and licensed. */
export const ExploreDataset = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  licence: z.literal('CC-BY-4.0'),
  lastChecked: IsoDate,
  issues: z.array(Issue).min(1),
  useCases: z.array(UseCase).min(1),
})
export type ExploreDataset = z.infer<typeof ExploreDataset>
