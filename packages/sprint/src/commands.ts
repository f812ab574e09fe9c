import { z } from 'zod'
import { genders, stakeholderGroups } from './people.ts'
import { activities } from './template.ts'

/** Longest card, comment or summary text. */
export const CARD_TEXT_MAX = 500
/** Merged cards keep both texts, so they may be longer than one card. */
export const MERGED_TEXT_MAX = 1_000

const id = z.string().min(1).max(64)
const text = z.string().trim().min(1).max(CARD_TEXT_MAX)
const presence = z.enum(['room', 'online'])
export const DisplayName = z.string().trim().min(1).max(60)

export const AgendaItemInput = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  title: z.string().trim().min(1).max(120),
  activity: z.enum(activities),
  minutes: z.number().int().min(1).max(240),
  sprint: z.number().int().min(1).max(9).optional(),
  rotate: z.boolean().optional(),
  anonymousCards: z.boolean().optional(),
})

export const CriterionInput = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  label: z.string().trim().min(1).max(80),
  weight: z.number().positive().max(10),
})

/**
 * Every command a client can send, by `type`. Payloads are validated here; whether the sender may do it
 * now is `decide`'s job.
 */
export const SprintCommand = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('agenda.update'),
    agenda: z
      .array(AgendaItemInput)
      .min(1)
      .max(30)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'agenda item ids must be unique'),
  }),
  z.object({
    type: z.literal('criteria.set'),
    criteria: z
      .array(CriterionInput)
      .min(1)
      .max(8)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'criterion ids must be unique'),
  }),
  z.object({
    type: z.literal('evaluation.setMethod'),
    method: z.enum(['scores', 'dots']),
    dotsPerPerson: z.number().int().min(1).max(20).default(5),
  }),
  z.object({ type: z.literal('participant.add'), participantId: z.uuid(), displayName: DisplayName, presence }),
  z.object({ type: z.literal('participant.setPresence'), participantId: id, presence }),
  z.object({ type: z.literal('participant.volunteer'), facilitator: z.boolean(), rapporteur: z.boolean() }),
  z.object({
    type: z.literal('groups.form'),
    size: z.union([
      z.object({ groupCount: z.number().int().min(1).max(50) }),
      z.object({ targetSize: z.number().int().min(2).max(50) }),
    ]),
    online: z.enum(['spread', 'separate']).default('spread'),
    together: z.array(z.array(id).min(2).max(20)).max(20).default([]),
    apart: z.array(z.array(id).min(2).max(20)).max(20).default([]),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31)
      .optional(),
  }),
  z.object({ type: z.literal('groups.move'), participantId: id, toGroupId: id }),
  z.object({
    type: z.literal('groups.assignRoles'),
    groupId: id,
    facilitatorId: id.nullable(),
    rapporteurId: id.nullable(),
  }),
  z.object({ type: z.literal('phase.start'), index: z.number().int().min(0) }),
  z.object({ type: z.literal('phase.extend'), minutes: z.number().int().min(1).max(60), groupId: id.optional() }),
  z.object({ type: z.literal('phase.end'), groupId: id.optional() }),
  z.object({
    type: z.literal('card.add'),
    cardId: z.uuid(),
    kind: z.enum(['topic', 'idea']),
    parentId: id.nullable().default(null),
    text,
    anonymous: z.boolean().default(false),
  }),
  z.object({ type: z.literal('card.edit'), cardId: id, text }),
  z.object({ type: z.literal('card.delete'), cardId: id }),
  z.object({ type: z.literal('card.move'), cardId: id, parentId: id.nullable() }),
  z.object({ type: z.literal('card.merge'), sourceId: id, targetId: id }),
  z.object({ type: z.literal('comment.add'), cardId: id, commentId: z.uuid(), text }),
  z.object({
    type: z.literal('score.set'),
    ideaId: id,
    criterionId: id,
    value: z.number().int().min(0).max(5),
  }),
  z.object({ type: z.literal('dots.set'), ideaId: id, dots: z.number().int().min(0).max(20) }),
  z.object({ type: z.literal('summary.publish'), cardId: z.uuid(), text }),
  z.object({ type: z.literal('reportOut.show'), cardId: id.nullable() }),
  z.object({
    type: z.literal('outcome.set'),
    groupId: id,
    project: z.string().trim().min(1).max(120),
    leaderId: id.nullable(),
    nextStep: z.string().trim().min(1).max(CARD_TEXT_MAX),
  }),
  z.object({ type: z.literal('hand.raise') }),
  z.object({ type: z.literal('hand.lower'), participantId: id.optional() }),
  z.object({ type: z.literal('speaker.call'), participantId: id.optional() }),
  z.object({ type: z.literal('speaker.finish') }),
  z.object({ type: z.literal('session.close') }),
])
export type SprintCommand = z.infer<typeof SprintCommand>
export type SprintCommandInput = z.input<typeof SprintCommand>
export type SprintCommandType = SprintCommand['type']

/**
 * Optional profile answers given when joining. Each field is stored only with its own consent; a field
 * without `consent: true` is rejected rather than silently dropped, so the client must ask properly.
 */
export const ProfileInput = z
  .object({
    gender: z.object({
      value: z.enum(genders),
      selfDescribed: z.string().trim().max(60).optional(),
      consent: z.literal(true),
    }),
    stakeholder: z.object({ value: z.enum(stakeholderGroups), consent: z.literal(true) }),
    region: z.object({ value: z.string().trim().min(1).max(60), consent: z.literal(true) }),
    languages: z.object({ value: z.array(z.string().trim().min(2).max(40)).min(1).max(10), consent: z.literal(true) }),
    accessibility: z.object({ value: z.string().trim().min(1).max(500), consent: z.literal(true) }),
  })
  .partial()
export type ProfileInput = z.infer<typeof ProfileInput>
