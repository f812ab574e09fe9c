import { evaluationActions, evaluationStatuses, Rating } from '@blockgov/assess'
import { stakeholderGroups } from '@blockgov/content'
import { z } from 'zod'

/** A link given by a user: http(s) only, so no `javascript:` or `data:` address ever reaches a page or report. */
export const HttpUrl = z.url({ protocol: /^https?$/ }).max(2000)

const groupIds = stakeholderGroups.map((g) => g.id) as [
  (typeof stakeholderGroups)[number]['id'],
  ...(typeof stakeholderGroups)[number]['id'][],
]
export const StakeholderGroup = z.enum(groupIds)

export const Initiative = z.object({
  name: z.string().trim().min(2).max(200),
  body: z.string().trim().min(2).max(200),
  jurisdiction: z.string().trim().min(2).max(120),
  stage: z.enum(['idea', 'pilot', 'production', 'retired']),
  description: z.string().trim().min(10).max(5000),
  links: z.array(HttpUrl).max(20),
})

/** Answers to gate questions: question id → yes/no. Ids are checked against the flow by the route. */
export const GateAnswers = z.record(z.string().regex(/^[a-z0-9-]{1,60}$/), z.boolean())

export const CreateEvaluationBody = z.object({
  initiative: Initiative,
  /** Distinct stakeholder groups required for the multistakeholder label; fixed per evaluation and shown. */
  threshold: z.number().int().min(2).max(stakeholderGroups.length).default(3),
})

export const UpdateSetupBody = z
  .object({ initiative: Initiative.optional(), gateAnswers: GateAnswers.optional() })
  .refine((b) => b.initiative !== undefined || b.gateAnswers !== undefined, 'nothing to change')

export const ActionBody = z.object({
  action: z.enum(evaluationActions),
  changelog: z.string().trim().max(2000).default(''),
})

export const ConclusionsBody = z.object({
  findings: z.string().trim().max(10_000),
  recommendations: z.string().trim().max(10_000),
})

export const InviteBody = z.object({ label: z.string().trim().min(1).max(80) })

export const DeclarationBody = z.object({
  group: StakeholderGroup,
  /** Free text; "none" is a valid declaration, an empty one is not. */
  conflicts: z.string().trim().min(2).max(2000),
})

export const ScoreBody = z.object({
  rating: Rating,
  rationale: z.string().trim().min(3).max(5000),
  evidence: z.array(HttpUrl).max(20).default([]),
})

export const MinorityBody = z.object({ text: z.string().trim().min(3).max(10_000).nullable() })

export const CommentBody = z.object({ text: z.string().trim().min(3).max(5000) })

const Status = z.enum(evaluationStatuses)

const EvaluatorView = z.object({
  id: z.uuid(),
  label: z.string(),
  group: StakeholderGroup.nullable(),
  conflicts: z.string(),
  declared: z.boolean(),
  minorityStatement: z.string().nullable(),
  scored: z.number().int(),
})

export const EvaluationView = z.object({
  id: z.uuid(),
  status: Status,
  initiative: Initiative,
  gateAnswers: z.record(z.string(), z.boolean()),
  threshold: z.number().int(),
  principleSetVersion: z.string(),
  findings: z.string(),
  recommendations: z.string(),
  illustrative: z.boolean(),
  evaluators: z.array(EvaluatorView),
  publishedVersions: z.array(z.number().int()),
})

const Spread = z.object({
  n: z.number(),
  rated: z.number(),
  cannotAssess: z.number(),
  median: z.number().nullable(),
  q1: z.number().nullable(),
  q3: z.number().nullable(),
  iqr: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
})
const GroupSpread = z.object({ group: StakeholderGroup, spread: Spread })
const GroupMedian = z.object({ group: StakeholderGroup, median: z.number() })

/** The live aggregation: what the report would say if published now. */
export const AggregationView = z.object({
  gate: z.object({
    steps: z.array(z.object({ questionId: z.string(), answer: z.boolean() })),
    outcomeId: z.string().nullable(),
  }),
  panel: z.object({
    groups: z.array(StakeholderGroup),
    evaluators: z.number().int(),
    threshold: z.number().int(),
    multistakeholder: z.boolean(),
  }),
  principles: z.array(
    z.object({
      principleId: z.string(),
      overall: Spread,
      byGroup: z.array(GroupSpread),
      disagreement: z.object({ low: GroupMedian, high: GroupMedian, gap: z.number() }).nullable(),
      transparencyFinding: z.boolean(),
    }),
  ),
  byGroup: z.array(GroupSpread),
  overall: Spread,
  derivedFindings: z.array(z.string()),
})

export const StoredScore = z.object({
  principleId: z.string(),
  rating: Rating,
  rationale: z.string(),
  evidence: z.array(z.string()),
})

export const EvaluatorSelf = z.object({
  evaluation: EvaluationView.omit({ evaluators: true }),
  me: EvaluatorView,
  scores: z.array(StoredScore),
})

export const Invited = z.object({ evaluatorId: z.uuid(), token: z.string(), path: z.string() })

export const StatusChanged = z.object({ status: Status, version: z.number().int().nullable() })

export const PublishedSummary = z.object({
  id: z.uuid(),
  name: z.string(),
  body: z.string(),
  jurisdiction: z.string(),
  illustrative: z.boolean(),
  version: z.number().int(),
})

export const PublicSummary = z.object({
  id: z.uuid(),
  status: Status,
  initiative: Initiative,
  illustrative: z.boolean(),
  publishedVersions: z.array(z.number().int()),
})

export const AuditEntry = z.object({ actor: z.string(), action: z.string(), detail: z.unknown(), at: z.string() })
