import { z } from 'zod'
import { Citations } from '../citation.ts'
import { IsoDate } from '../sources/schema.ts'

/** Stable id of a principle, a gate question or an outcome: part of URLs and of stored scores, never renamed. */
export const AssessId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id')
export type AssessId = z.infer<typeof AssessId>

/** One principle an initiative is evaluated against. */
export const Principle = z.strictObject({
  id: AssessId,
  title: z.string().min(3).max(80),
  /** The principle in plain language, one or two sentences. */
  statement: z.string().min(20).max(400),
  /** Why it matters for a government blockchain initiative: the cited part. */
  rationale: z.string().min(40),
  /** What an evaluator asks of the initiative. */
  questions: z.array(z.string().min(10)).min(2),
  /** Documents or facts that answer those questions. */
  evidence: z.array(z.string().min(5)).min(2),
  citations: Citations,
})
export type Principle = z.infer<typeof Principle>

/** A versioned set of principles: scores are stored against a version, so a later edit never rewrites old reports. */
export const PrincipleSet = z.strictObject({
  version: z.string().regex(/^\d+\.\d+$/, 'major.minor'),
  published: IsoDate,
  principles: z.array(Principle).min(8),
})
export type PrincipleSet = z.infer<typeof PrincipleSet>

/** A yes/no question of the gate; each answer leads to another question or to an outcome. */
export const GateQuestion = z.strictObject({
  id: AssessId,
  kind: z.literal('question'),
  text: z.string().min(10),
  help: z.string().min(10),
  yes: AssessId,
  no: AssessId,
  citations: Citations,
})
export type GateQuestion = z.infer<typeof GateQuestion>

/** What the gate concludes. `blockchainIndicated` is false when a conventional database fits the stated needs. */
export const GateOutcome = z.strictObject({
  id: AssessId,
  kind: z.literal('outcome'),
  label: z.string().min(3),
  explanation: z.string().min(20),
  blockchainIndicated: z.boolean(),
  citations: Citations,
})
export type GateOutcome = z.infer<typeof GateOutcome>

export const GateNode = z.discriminatedUnion('kind', [GateQuestion, GateOutcome])
export type GateNode = z.infer<typeof GateNode>

/** The gate decision flow: nodes and the id of the first question. */
export const GateFlow = z.strictObject({
  start: AssessId,
  nodes: z.array(GateNode).min(2),
})
export type GateFlow = z.infer<typeof GateFlow>

/** A rating 0–4 with its anchored description, so evaluators mean the same thing by the same number. */
export const RatingAnchor = z.strictObject({
  value: z.number().int().min(0).max(4),
  label: z.string().min(3),
  description: z.string().min(20),
})
export type RatingAnchor = z.infer<typeof RatingAnchor>
