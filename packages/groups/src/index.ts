/**
 * @packageDocumentation
 * Working groups and their mailing lists: list addresses and RFC 2369/8058 headers (pure), the groups service
 * over the database (groups, double opt-in, moderation, archive, export/erase), the durable outbound queue and
 * its worker (nodemailer), and the inbound SMTP listener (smtp-server + mailparser).
 */
export { isValidGroupSlug, listAddress, MAIN_LIST_SLUG, normaliseEmail, parseRecipient, slugify } from './addresses.ts'
export { HARD_BOUNCE_LIMIT } from './bounces.ts'
export { GroupsErrorCode, type Result } from './errors.ts'
export { isOwnLoop, listHeaders, listId } from './headers.ts'
export { type InboundListener, type InboundOptions, replyFor, startInboundListener } from './inbound.ts'
export { CLAIM_LEASE_MS, createRelayTransport, type OutboxRow, type OutboxWorker, startOutboxWorker } from './outbox.ts'
export {
  defaultPartners,
  type PartnerKind,
  type ReviewedOutput,
  ReviewsService,
  type ReviewView,
  type StandardReference,
  WCAG_22,
} from './reviews.ts'
export {
  type ArchivedPost,
  GroupsService,
  type GroupsServiceOptions,
  type GroupView,
  type HeldPost,
  type InboundOutcome,
  type NewGroup,
  type SubscriberExport,
} from './service.ts'
export type { Thread } from './threads.ts'
