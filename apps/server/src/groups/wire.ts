import { z } from 'zod'

// The Groups API's bodies. Dates leave as ISO strings (JSON.stringify of a Date).

const Milestone = z.object({
  title: z.string().trim().min(1).max(200),
  owner: z.string().trim().min(1).max(100),
  due: z.iso.date(),
})

const OutputArea = z.enum(['names', 'privacy', 'learn', 'assess', 'explore'])

/** A new working group, by hand. */
export const GroupInput = z.object({
  name: z.string().trim().min(2).max(120),
  slug: z.string().trim().min(2).max(40).optional(),
  purpose: z.string().trim().min(1).max(2000),
  leader: z.string().trim().min(1).max(100),
  nextStep: z.string().trim().min(1).max(500),
  outputArea: OutputArea.nullable().optional(),
  milestones: z.array(Milestone).max(50).default([]),
})

export const GroupPatch = z
  .object({
    purpose: z.string().trim().min(1).max(2000),
    leader: z.string().trim().min(1).max(100),
    nextStep: z.string().trim().min(1).max(500),
    outputArea: OutputArea.nullable(),
    milestones: z.array(Milestone).max(50),
  })
  .partial()

export const GroupViewWire = z.object({
  id: z.string(),
  slug: z.string(),
  address: z.string(),
  name: z.string(),
  purpose: z.string(),
  leader: z.string(),
  nextStep: z.string(),
  outputArea: z.string().nullable(),
  milestones: z.array(z.object({ title: z.string(), owner: z.string(), due: z.string() })).readonly(),
  members: z.number(),
  source: z.object({ sessionId: z.string(), sprintGroupId: z.string() }).nullable(),
  createdAt: z.date(),
})

export const OutcomeView = z.object({
  sessionId: z.string(),
  sessionTitle: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  project: z.string(),
  leader: z.string(),
  nextStep: z.string(),
  /** Slug of the working group made from it, or null. */
  workingGroup: z.string().nullable(),
})

export const AnnouncementView = z.object({ subject: z.string(), body: z.string(), sentAt: z.date().nullable() })

const Post = z.object({
  id: z.string(),
  messageId: z.string(),
  inReplyTo: z.string().nullable(),
  subject: z.string(),
  senderName: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  receivedAt: z.date(),
})

/** Threads of a list; posts carry the sender's display name, never an address. */
export const ArchiveView = z.object({
  threads: z.array(z.object({ root: Post, messages: z.array(Post).readonly() })),
})

export const HeldView = Post.extend({ list: z.string(), sender: z.string() })

export const OutboxView = z.object({
  messages: z.array(
    z.object({
      id: z.string(),
      messageId: z.string(),
      kind: z.string(),
      subject: z.string(),
      recipient: z.string(),
      state: z.string(),
      attempts: z.number(),
      nextAt: z.date(),
      lastError: z.string().nullable(),
      sentAt: z.date().nullable(),
      createdAt: z.date(),
      raw: z.string(),
    }),
  ),
})

export const SubscriberExportView = z.object({
  email: z.string(),
  subscriptions: z
    .array(
      z.object({
        list: z.string(),
        status: z.string(),
        digest: z.boolean(),
        bounceCount: z.number(),
        subscribedAt: z.date(),
        confirmedAt: z.date().nullable(),
      }),
    )
    .readonly(),
  posts: z.array(z.object({ list: z.string(), subject: z.string(), receivedAt: z.date() })).readonly(),
  queuedMail: z.number(),
})

/** Areas whose outputs can be reviewed (groups too: a group's page is an output). */
const ReviewedArea = z.enum(['groups', 'names', 'privacy', 'learn', 'assess', 'explore'])

/** A review request: which output, which partner (the default name can be replaced). */
export const ReviewRequestInput = z.object({
  output: z.object({
    area: ReviewedArea,
    ref: z.string().trim().min(1).max(200),
    title: z.string().trim().min(1).max(200),
    path: z.string().regex(/^\/[^\s]{0,300}$/),
  }),
  partner: z.enum(['accessibility', 'libraries']),
  partnerName: z.string().trim().max(200).optional(),
})

export const ReviewViewWire = z.object({
  id: z.string(),
  output: z.object({ area: z.string(), ref: z.string(), title: z.string(), path: z.string() }),
  partner: z.string(),
  kind: z.string(),
  checklist: z.array(z.object({ id: z.string(), label: z.string(), checked: z.boolean() })).readonly(),
  comment: z.string(),
  status: z.enum(['requested', 'in-review', 'completed']),
  updatedAt: z.date(),
  source: z.object({ title: z.string(), issuer: z.string(), year: z.number(), url: z.string() }).nullable(),
})
