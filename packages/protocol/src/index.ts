/**
 * @packageDocumentation
 * The contract between blockgov's server and its clients: error shape and stable codes, protocol version,
 * and zod schemas of API bodies and WebSocket messages. Pure: no I/O.
 */

export { renderErrorTable } from './docs.ts'
export { ErrorBody, type ErrorCode, errorBody, errorCatalog, errorCodes } from './errors.ts'
export {
  ContributedSource,
  ExploreContributionBody,
  ExploreContributionView,
  ExploreReviewBody,
} from './explore.ts'
export { HealthResponse, ReadyCheck, ReadyResponse } from './health.ts'
export { ClientMessage, CloseCode, ServerMessage } from './socket.ts'
export {
  CommandAck,
  CommandEnvelope,
  CreateSessionBody,
  JoinBody,
  JoinResponse,
  LoginBody,
  OrganiserView,
  SessionSummary,
  StoredEventWire,
} from './sprint.ts'
export { PROTOCOL_VERSION } from './version.ts'
