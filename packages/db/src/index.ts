/**
 * @packageDocumentation
 * Storage for blockgov: the Drizzle schema, committed migrations, and one `openDatabase(config)` giving the
 * same typed API on embedded PGlite and on Postgres; the session event store and small repositories.
 * Test helpers live in the `./testing` entry point.
 */
export {
  countOrganisers,
  deleteAuthSession,
  deleteExpiredAuthSessions,
  findOrganiserByEmail,
  findOrganiserById,
  findOrganiserBySession,
  insertAuthSession,
  insertOrganiser,
  type OrganiserRow,
} from './accounts.ts'
export type { AppendNotice, AppendSubscriber, StopListening } from './append-notifier.ts'
export type { Database, Db } from './database.ts'
export { DataDirLockedError } from './dir-lock.ts'
export { enforceProfileRetention, erasePersonalData, readOwnProfile, setProfileRetention } from './erasure.ts'
export { type AppendRequest, type AppendResult, type Commit, EventStore } from './event-store.ts'
export {
  type ExploreContributionRow,
  findExploreContribution,
  insertExploreContribution,
  listExploreContributions,
  reviewExploreContribution,
} from './explore-contributions.ts'
export { openDatabase } from './open.ts'
export {
  deleteParticipantToken,
  deleteProfile,
  findParticipantByToken,
  insertParticipantToken,
  type ProfileField,
  readProfiles,
  saveProfile,
} from './participants.ts'
export {
  insertReportVersion,
  listReportVersions,
  readReportEdits,
  readReportVersion,
  saveReportEdit,
} from './reports.ts'
export { appMeta } from './schema.ts'
export {
  assessAudit,
  assessComments,
  assessEvaluations,
  assessEvaluators,
  assessReports,
  assessScores,
} from './schema-assess.ts'
export { exploreContributions } from './schema-explore.ts'
export {
  announcements,
  type GroupMilestone,
  listMessages,
  listSubscribers,
  mailingLists,
  mailOutbox,
  type ReviewItem,
  reviewRequests,
  subscriptionTokens,
  workingGroups,
} from './schema-groups.ts'
export {
  findSprintSession,
  findSprintSessionByCode,
  insertSprintSession,
  listSprintSessions,
  type NewSprintSession,
  type SprintSessionRow,
} from './sessions.ts'
