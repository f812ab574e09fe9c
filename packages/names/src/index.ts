/**
 * @packageDocumentation
 * The blockgov name system's chain client: start anvil, deploy the contracts, register names, set address, text
 * and DNS records, file disputes and run council proposals, and follow the chain into a DNS zone (`startFollower`).
 * Reverts come back as `NamesError`s with stable codes.
 * Anything not exported here is private to the package.
 */
export { type Anvil, type AnvilOptions, anvilBinaryPath, startAnvil } from './anvil.ts'
export {
  ANVIL_MNEMONIC,
  anvilAccount,
  anvilTestClient,
  type ChainClients,
  type ConnectOptions,
  connectChain,
  type NamesWallet,
  withAccount,
} from './chain.ts'
export type { ZoneEntry } from './chain-reader.ts'
export { createNamesClient, type NamesClient } from './client.ts'
export type { AdvanceTime } from './context.ts'
export {
  type CouncilAction,
  type CouncilApi,
  councilActions,
  type ProposalInfo,
  type ProposalState,
  type Support,
} from './council.ts'
export {
  type CouncilGroup,
  type CouncilMember,
  DEFAULT_GROUPS,
  type DeployOptions,
  type DisputeParameters,
  deployNames,
  ensureDeployed,
  loadDeployment,
  type NamesDeployment,
  saveDeployment,
} from './deploy.ts'
export type { DisputeInfo, DisputeOutcome, DisputeStage, DisputesApi, DocketEntry, Remedy } from './disputes.ts'
export {
  DNS_TYPE_CODES,
  type DnsRecord,
  type DnsType,
  decodeDnsRecords,
  dnsNameHash,
  dnsTypeCode,
  dnsWireName,
  encodeDnsDeletions,
  encodeDnsRecords,
  normaliseDnsName,
} from './dns-records.ts'
export { decodeRevert, NamesError, NamesErrorCode, type NamesErrorDetails, toNamesError } from './errors.ts'
export {
  type Follower,
  type FollowerOptions,
  type FollowerStatus,
  startFollower,
} from './follower.ts'
export { ChainClock } from './follower-clock.ts'
export type { FollowerLogger, ZoneSink } from './follower-sync.ts'
export { DEFAULT_ROOT_NAME, isValidLabel, labelhash, namehash, normaliseName, secondLevelLabel } from './namehash.ts'
export type { RecordsApi } from './records.ts'
export type { Commitment, NameInfo, NameStatus, RegistrationApi } from './registration.ts'
export { demoCouncilMembers, demoDeployOptions, type SeededNames, seedDemo } from './seed.ts'
export type { TxResult } from './transact.ts'
