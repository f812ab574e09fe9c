import {
  namesCouncilArtifact,
  namesDisputesArtifact,
  namesRegistrarArtifact,
  namesRegistryArtifact,
  namesResolverArtifact,
  namesTimelockArtifact,
} from '@blockgov/names-contracts'
import { type Abi, BaseError, ContractFunctionRevertedError, decodeErrorResult, type Hex } from 'viem'

/**
 * Stable error codes of the name system. The CLI and the web branch on these; never rename one once shipped.
 * Each contract revert (a custom error) maps to exactly one code; `details` carries its values.
 */
export const NamesErrorCode = {
  NAME_INVALID: 'NAME_INVALID',
  NAME_TAKEN: 'NAME_TAKEN',
  NAME_RESERVED: 'NAME_RESERVED',
  NAME_NOT_REGISTERED: 'NAME_NOT_REGISTERED',
  NAME_EXPIRED: 'NAME_EXPIRED',
  NAME_SUSPENDED: 'NAME_SUSPENDED',
  NAME_FROZEN: 'NAME_FROZEN',
  NOT_OWNER: 'NOT_OWNER',
  GRACE_OWNER_ONLY: 'GRACE_OWNER_ONLY',
  COMMITMENT_EXISTS: 'COMMITMENT_EXISTS',
  COMMITMENT_NOT_FOUND: 'COMMITMENT_NOT_FOUND',
  COMMITMENT_TOO_NEW: 'COMMITMENT_TOO_NEW',
  COMMITMENT_TOO_OLD: 'COMMITMENT_TOO_OLD',
  DURATION_TOO_SHORT: 'DURATION_TOO_SHORT',
  DURATION_TOO_LONG: 'DURATION_TOO_LONG',
  INSUFFICIENT_VALUE: 'INSUFFICIENT_VALUE',
  RECORD_INVALID: 'RECORD_INVALID',
  DISPUTE_ALREADY_OPEN: 'DISPUTE_ALREADY_OPEN',
  DISPUTE_COOLING_DOWN: 'DISPUTE_COOLING_DOWN',
  DISPUTE_WRONG_DEPOSIT: 'DISPUTE_WRONG_DEPOSIT',
  DISPUTE_WRONG_STAGE: 'DISPUTE_WRONG_STAGE',
  DISPUTE_DEADLINE_PASSED: 'DISPUTE_DEADLINE_PASSED',
  DISPUTE_NOT_PARTY: 'DISPUTE_NOT_PARTY',
  DISPUTE_NOT_FINAL: 'DISPUTE_NOT_FINAL',
  REMEDY_INVALID: 'REMEDY_INVALID',
  NOTHING_TO_WITHDRAW: 'NOTHING_TO_WITHDRAW',
  COUNCIL_NOT_MEMBER: 'COUNCIL_NOT_MEMBER',
  COUNCIL_ALREADY_MEMBER: 'COUNCIL_ALREADY_MEMBER',
  COUNCIL_GROUP_FULL: 'COUNCIL_GROUP_FULL',
  COUNCIL_UNKNOWN_GROUP: 'COUNCIL_UNKNOWN_GROUP',
  COUNCIL_LAST_MEMBER: 'COUNCIL_LAST_MEMBER',
  ALREADY_VOTED: 'ALREADY_VOTED',
  NOT_ELIGIBLE_TO_VOTE: 'NOT_ELIGIBLE_TO_VOTE',
  PROPOSAL_NOT_FOUND: 'PROPOSAL_NOT_FOUND',
  PROPOSAL_WRONG_STATE: 'PROPOSAL_WRONG_STATE',
  PROPOSAL_NOT_READY: 'PROPOSAL_NOT_READY',
  NOT_PROPOSER: 'NOT_PROPOSER',
  UNAUTHORISED: 'UNAUTHORISED',
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  NOT_DEPLOYED: 'NOT_DEPLOYED',
  NO_ACCOUNT: 'NO_ACCOUNT',
  TRANSACTION_FAILED: 'TRANSACTION_FAILED',
  CHAIN_UNAVAILABLE: 'CHAIN_UNAVAILABLE',
} as const
export type NamesErrorCode = (typeof NamesErrorCode)[keyof typeof NamesErrorCode]

/** Values that explain an error, for display; bigints are kept (timestamps and amounts). */
export type NamesErrorDetails = Readonly<Record<string, string | number | bigint | boolean | undefined>>

/** An expected failure of a name operation, with a stable code. */
export class NamesError extends Error {
  readonly code: NamesErrorCode
  readonly details: NamesErrorDetails

  constructor(code: NamesErrorCode, message: string, details: NamesErrorDetails = {}, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'NamesError'
    this.code = code
    this.details = details
  }
}

interface RevertRule {
  code: NamesErrorCode
  message: string
  /** Names given to the error's arguments, in order, for `details`. */
  fields: readonly string[]
}

const rule = (code: NamesErrorCode, message: string, ...fields: string[]): RevertRule => ({ code, message, fields })

/** Every custom error the contracts can revert with, by name. */
const revertRules: Readonly<Record<string, RevertRule>> = {
  LabelInvalid: rule('NAME_INVALID', 'That label is not a lower-case letters-digits-hyphen label.', 'label'),
  NamesRegistryNameUnavailable: rule('NAME_TAKEN', 'That name is registered (or in its grace period).', 'node'),
  NamesRegistrarNameReserved: rule('NAME_RESERVED', 'That name is reserved by governance.', 'label'),
  NamesRegistrarNameNotRegistered: rule('NAME_NOT_REGISTERED', 'That name is not registered.', 'label'),
  NamesDisputesNameNotRegistered: rule('NAME_NOT_REGISTERED', 'That name is not registered.', 'node'),
  NamesRegistryNameExpired: rule('NAME_EXPIRED', 'That name has expired; renew it first.', 'node', 'expiry'),
  NamesRegistryNameSuspended: rule('NAME_SUSPENDED', 'That name is suspended by a dispute decision.', 'node'),
  NamesRegistrarNameSuspended: rule('NAME_SUSPENDED', 'That name is suspended by a dispute decision.', 'label'),
  NamesRegistryNameFrozen: rule('NAME_FROZEN', 'A pending dispute freezes that name.', 'node', 'until'),
  NamesRegistryNotOwner: rule('NOT_OWNER', 'Only the holder of that name can do this.', 'node', 'account'),
  NamesRegistrarGraceOwnerOnly: rule(
    'GRACE_OWNER_ONLY',
    'In the grace period only the holder can renew.',
    'label',
    'owner',
  ),
  NamesRegistrarCommitmentExists: rule(
    'COMMITMENT_EXISTS',
    'That commitment is already recorded.',
    'commitment',
    'expiresAt',
  ),
  NamesRegistrarCommitmentNotFound: rule('COMMITMENT_NOT_FOUND', 'No commitment matches; commit first.', 'commitment'),
  NamesRegistrarCommitmentTooNew: rule(
    'COMMITMENT_TOO_NEW',
    'The commitment is too recent; wait.',
    'commitment',
    'readyAt',
  ),
  NamesRegistrarCommitmentTooOld: rule(
    'COMMITMENT_TOO_OLD',
    'The commitment has lapsed; commit again.',
    'commitment',
    'expiredAt',
  ),
  NamesRegistrarDurationTooShort: rule(
    'DURATION_TOO_SHORT',
    'The registration period is too short.',
    'duration',
    'minimum',
  ),
  NamesRegistrarDurationTooLong: rule('DURATION_TOO_LONG', 'That would end too far in the future.', 'expiry', 'latest'),
  NamesRegistrarInsufficientValue: rule('INSUFFICIENT_VALUE', 'Not enough was paid.', 'required', 'sent'),
  DnsWireMalformed: rule('RECORD_INVALID', 'The DNS record data is malformed.', 'offset'),
  DnsWireOutsideZone: rule('RECORD_INVALID', 'A DNS record is outside the name it is set on.', 'offset'),
  DnsWireUnsupportedClass: rule('RECORD_INVALID', 'Only class IN DNS records are accepted.', 'offset', 'class'),
  NamesResolverInvalidAddress: rule('RECORD_INVALID', 'That address has the wrong length.', 'coinType', 'length'),
  NamesResolverMixedRRset: rule('RECORD_INVALID', 'An RRset mixes deletions and records.', 'offset'),
  NamesResolverInvalidRdata: rule(
    'RECORD_INVALID',
    'An A or AAAA record has the wrong length.',
    'offset',
    'type',
    'length',
  ),
  NamesDisputesAlreadyOpen: rule('DISPUTE_ALREADY_OPEN', 'That name already has an open dispute.', 'node', 'id'),
  NamesDisputesCoolingDown: rule('DISPUTE_COOLING_DOWN', 'That name cannot be disputed again yet.', 'node', 'until'),
  NamesDisputesWrongDeposit: rule('DISPUTE_WRONG_DEPOSIT', 'Send exactly the dispute deposit.', 'required', 'sent'),
  NamesDisputesWrongStage: rule(
    'DISPUTE_WRONG_STAGE',
    'The dispute is not at a stage that allows this.',
    'id',
    'stage',
  ),
  NamesDisputesDeadlinePassed: rule('DISPUTE_DEADLINE_PASSED', 'The deadline for this has passed.', 'id', 'deadline'),
  NamesDisputesNotParty: rule('DISPUTE_NOT_PARTY', 'Only the filer or the holder can appeal.', 'id', 'account'),
  NamesDisputesNotFinal: rule('DISPUTE_NOT_FINAL', 'The dispute cannot be closed yet.', 'id', 'readyAt'),
  NamesDisputesInvalidRemedy: rule(
    'REMEDY_INVALID',
    'A transfer needs a recipient; other remedies none.',
    'remedy',
    'recipient',
  ),
  NamesDisputesNothingToWithdraw: rule('NOTHING_TO_WITHDRAW', 'There is nothing to withdraw.', 'account'),
  NamesCouncilNotMember: rule('COUNCIL_NOT_MEMBER', 'That account is not a council member.', 'account'),
  NamesCouncilAlreadyMember: rule('COUNCIL_ALREADY_MEMBER', 'That account is already a member.', 'account'),
  NamesCouncilGroupFull: rule('COUNCIL_GROUP_FULL', 'That stakeholder group has no free seat.', 'group', 'seats'),
  NamesCouncilUnknownGroup: rule('COUNCIL_UNKNOWN_GROUP', 'There is no such stakeholder group.', 'group'),
  NamesCouncilLastMember: rule('COUNCIL_LAST_MEMBER', 'The last member cannot be removed.', 'account'),
  NamesCouncilSeatsBelowMembers: rule('INVALID_ARGUMENT', 'Fewer seats than seated members.', 'group', 'members'),
  NamesCouncilAlreadyVoted: rule('ALREADY_VOTED', 'You already voted on this proposal.', 'id', 'voter'),
  NamesCouncilNotEligible: rule('NOT_ELIGIBLE_TO_VOTE', 'You joined after this proposal was made.', 'id', 'voter'),
  NamesCouncilUnknownProposal: rule('PROPOSAL_NOT_FOUND', 'There is no such proposal.', 'id'),
  NamesCouncilWrongState: rule(
    'PROPOSAL_WRONG_STATE',
    'The proposal is not in a state that allows this.',
    'id',
    'state',
  ),
  NamesCouncilNotReady: rule('PROPOSAL_NOT_READY', 'The timelock delay has not passed yet.', 'id', 'readyAt'),
  NamesCouncilNotProposer: rule('NOT_PROPOSER', 'Only the proposer can cancel a proposal.', 'id', 'caller'),
  NamesCouncilInvalidProposal: rule('INVALID_ARGUMENT', 'A proposal needs matching, non-empty actions.'),
  NamesCouncilInvalidParameters: rule('INVALID_ARGUMENT', 'Invalid voting period or quorum.'),
  NamesCouncilInvalidSetup: rule('INVALID_ARGUMENT', 'Invalid council groups or members.'),
  NamesDisputesInvalidParameters: rule('INVALID_ARGUMENT', 'Dispute periods must be positive.'),
  NamesRegistrarInvalidCommitmentAges: rule('INVALID_ARGUMENT', 'Commitment ages must be 0 < min < max.', 'min', 'max'),
  NamesRegistrarInvalidPeriods: rule('INVALID_ARGUMENT', 'Registration periods must be 0 < min <= max.', 'min', 'max'),
  NamesRegistryInvalidRoot: rule('INVALID_ARGUMENT', 'The root name is not valid.'),
  NamesRegistryZeroAddress: rule('INVALID_ARGUMENT', 'The zero address is not allowed here.'),
  NamesRegistryUnauthorised: rule('UNAUTHORISED', 'Only the registrar or disputes contract can do this.', 'caller'),
  NamesCouncilOnlyTimelock: rule('UNAUTHORISED', 'Only the timelock (a passed proposal) can do this.', 'caller'),
  OwnableUnauthorizedAccount: rule('UNAUTHORISED', 'Only governance (the timelock) can do this.', 'account'),
  AccessControlUnauthorizedAccount: rule('UNAUTHORISED', 'That account lacks the timelock role.', 'account', 'role'),
  TimelockUnauthorizedCaller: rule('UNAUTHORISED', 'Only the timelock itself can do this.', 'caller'),
  TimelockInsufficientDelay: rule('INVALID_ARGUMENT', 'The delay is below the timelock minimum.', 'delay', 'minDelay'),
  TimelockUnexpectedOperationState: rule('PROPOSAL_NOT_READY', 'The timelock operation is not ready.', 'operationId'),
}

/** Every error of every contract, so a revert that bubbled up from another contract still decodes. */
const errorsAbi: Abi = [
  namesRegistryArtifact,
  namesRegistrarArtifact,
  namesResolverArtifact,
  namesDisputesArtifact,
  namesCouncilArtifact,
  namesTimelockArtifact,
].flatMap((artifact) => artifact.abi.filter((item) => item.type === 'error'))

/** The custom error name and arguments in revert data, or undefined when it is not one of ours. */
export function decodeRevert(data: Hex): { errorName: string; args: readonly unknown[] } | undefined {
  try {
    const decoded = decodeErrorResult({ abi: errorsAbi, data })
    return { errorName: decoded.errorName, args: decoded.args ?? [] }
  } catch {
    return undefined
  }
}

/**
 * Turns anything a viem call threw into a {@link NamesError}: contract reverts by their custom error, network
 * failures as `CHAIN_UNAVAILABLE`, anything else as `TRANSACTION_FAILED` (with the original as `cause`).
 */
export function toNamesError(error: unknown): NamesError {
  if (error instanceof NamesError) return error
  const data = revertData(error)
  const decoded = data ? decodeRevert(data) : undefined
  const matched = decoded ? revertRules[decoded.errorName] : undefined
  if (decoded && matched) return fromRule(matched, decoded.errorName, decoded.args, error)
  if (error instanceof BaseError) {
    if (decoded || error.walk((e) => e instanceof ContractFunctionRevertedError)) {
      return new NamesError(
        'TRANSACTION_FAILED',
        error.shortMessage,
        { errorName: decoded?.errorName },
        { cause: error },
      )
    }
    const network = error.walk(
      (e) => e instanceof BaseError && /HttpRequestError|WebSocketRequestError|TimeoutError/.test(e.name),
    )
    if (network) return new NamesError('CHAIN_UNAVAILABLE', 'The chain RPC is not reachable.', {}, { cause: error })
    return new NamesError('TRANSACTION_FAILED', error.shortMessage, {}, { cause: error })
  }
  const message = error instanceof Error ? error.message : String(error)
  return new NamesError('TRANSACTION_FAILED', message, {}, { cause: error })
}

/** The revert data carried anywhere in an error's cause chain (a call's or a deployment's). */
function revertData(error: unknown): Hex | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (e instanceof ContractFunctionRevertedError && e.raw) return e.raw
    const data = (e as { data?: unknown }).data
    if (typeof data === 'string' && /^0x[0-9a-fA-F]{8}/.test(data)) return data as Hex
  }
  return undefined
}

function fromRule(matched: RevertRule, errorName: string, args: readonly unknown[], cause: unknown): NamesError {
  const details: Record<string, string | number | bigint | boolean | undefined> = { errorName }
  matched.fields.forEach((field, i) => {
    const value = args[i]
    if (
      typeof value === 'string' ||
      typeof value === 'bigint' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    ) {
      details[field] = value
    }
  })
  return new NamesError(matched.code, matched.message, details, { cause })
}
