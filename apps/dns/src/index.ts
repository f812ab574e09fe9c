/**
 * @packageDocumentation
 * The blockgov Names DNS gateway: an in-memory zone the chain follower fills, answered over UDP, TCP and DNS over
 * HTTPS. Anything not exported here is private to the app.
 */
export { type AnswerPlan, ExtendedErrorCode, planAnswer } from './answer.ts'
export { type ChainGateway, type ChainGatewayOptions, startChainGateway } from './chain-zone.ts'
export { DohErrorCode, type DohRoutesOptions, dohRoutes } from './doh.ts'
export { DEFAULT_DNS_PORT, type Gateway, type GatewayOptions, startGateway } from './gateway.ts'
export type { Transport } from './metrics.ts'
export type { LoadMissing, MissingNameOptions } from './missing-names.ts'
export { normaliseName } from './names.ts'
export { type HandleResult, QueryHandler, type QueryHandlerOptions } from './query-handler.ts'
export type { RateLimitOptions } from './rate-limit.ts'
export { decodeRecords, encodeRecords, type ZoneRecord } from './records.ts'
export type { UdpIo } from './udp.ts'
export {
  DEFAULT_APEX,
  type NameEntry,
  type SoaSettings,
  type UpsertResult,
  Zone,
  type ZoneChange,
  type ZoneOptions,
} from './zone.ts'
