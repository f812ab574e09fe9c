import {
  namesCouncilArtifact,
  namesDisputesArtifact,
  namesRegistrarArtifact,
  namesTimelockArtifact,
} from '@blockgov/names-contracts'
import { type Address, encodeFunctionData, getAddress, type Hex, parseEventLogs } from 'viem'
import type { NamesContext } from './context.ts'
import type { DisputeParameters, NamesDeployment } from './deploy.ts'
import { type Remedy, remedyCode } from './disputes.ts'
import { NamesError } from './errors.ts'
import { read, type TxResult, transact, txResult } from './transact.ts'

/** One call the timelock makes when a proposal is executed, with a line for people. */
export interface CouncilAction {
  target: Address
  value: bigint
  data: Hex
  summary: string
}

/** A member's vote. */
export type Support = 'against' | 'for' | 'abstain'
/** Where a proposal is. */
export type ProposalState = 'active' | 'defeated' | 'succeeded' | 'queued' | 'executed' | 'canceled'

const SUPPORTS: readonly Support[] = ['against', 'for', 'abstain']
const STATES: readonly ProposalState[] = ['active', 'defeated', 'succeeded', 'queued', 'executed', 'canceled']

/** A proposal with its per-group tallies. */
export interface ProposalInfo {
  id: bigint
  proposer: Address
  state: ProposalState
  voteEnd: number
  quorum: number
  votes: number
  /** Indexes of the groups that had members at creation: each needs more for than against. */
  groupsVoting: number[]
  tallies: { group: number; for: number; against: number; abstain: number }[]
  actions: { target: Address; value: bigint; data: Hex }[]
}

/**
 * Builders for what the council can decide. Each returns one action; pass several to `propose` to batch them.
 *
 * @example council.propose([councilActions(deployment).setReserved(['nic'], true)], 'Reserve nic')
 */
export function councilActions(deployment: NamesDeployment) {
  const action = (target: Address, data: Hex, summary: string): CouncilAction => ({ target, value: 0n, data, summary })
  const registrar = namesRegistrarArtifact.abi
  const disputes = namesDisputesArtifact.abi
  const council = namesCouncilArtifact.abi
  return {
    setReserved: (labels: readonly string[], reserved: boolean) =>
      action(
        deployment.registrar,
        encodeFunctionData({ abi: registrar, functionName: 'setReserved', args: [labels, reserved] }),
        `${reserved ? 'Reserve' : 'Release'} ${labels.join(', ')}`,
      ),
    allocate: (label: string, owner: Address, duration: number) =>
      action(
        deployment.registrar,
        encodeFunctionData({
          abi: registrar,
          functionName: 'allocate',
          args: [label, getAddress(owner), BigInt(duration)],
        }),
        `Allocate ${label} to ${owner}`,
      ),
    setAnnualFees: (annualFeesGwei: readonly [number, number, number, number, number]) =>
      action(
        deployment.registrar,
        encodeFunctionData({ abi: registrar, functionName: 'setAnnualFees', args: [annualFeesGwei] }),
        `Set annual fees (gwei) to ${annualFeesGwei.join(' / ')}`,
      ),
    withdrawFees: (to: Address, amount: bigint) =>
      action(
        deployment.registrar,
        encodeFunctionData({ abi: registrar, functionName: 'withdraw', args: [getAddress(to), amount] }),
        `Withdraw ${amount} wei of fees to ${to}`,
      ),
    setTimelockDelay: (seconds: number) =>
      action(
        deployment.timelock,
        encodeFunctionData({ abi: namesTimelockArtifact.abi, functionName: 'updateDelay', args: [BigInt(seconds)] }),
        `Set the timelock delay to ${seconds} s`,
      ),
    addMember: (account: Address, group: number) =>
      action(
        deployment.council,
        encodeFunctionData({ abi: council, functionName: 'addMember', args: [getAddress(account), group] }),
        `Seat ${account} in group ${group}`,
      ),
    removeMember: (account: Address) =>
      action(
        deployment.council,
        encodeFunctionData({ abi: council, functionName: 'removeMember', args: [getAddress(account)] }),
        `Unseat ${account}`,
      ),
    setSeats: (group: number, seats: number) =>
      action(
        deployment.council,
        encodeFunctionData({ abi: council, functionName: 'setSeats', args: [group, seats] }),
        `Give group ${group} ${seats} seats`,
      ),
    setVotingRules: (votingPeriod: number, quorumBps: number) =>
      action(
        deployment.council,
        encodeFunctionData({ abi: council, functionName: 'setVotingRules', args: [BigInt(votingPeriod), quorumBps] }),
        `Voting period ${votingPeriod} s, quorum ${quorumBps / 100}%`,
      ),
    decideDispute: (id: bigint, remedy: Remedy, recipient?: Address) =>
      action(
        deployment.disputes,
        encodeFunctionData({
          abi: disputes,
          functionName: 'decide',
          args: [id, remedyCode(remedy), recipientOf(remedy, recipient)],
        }),
        `Dispute ${id}: ${remedy}${recipient ? ` to ${recipient}` : ''}`,
      ),
    decideAppeal: (id: bigint, remedy: Remedy, recipient?: Address) =>
      action(
        deployment.disputes,
        encodeFunctionData({
          abi: disputes,
          functionName: 'decideAppeal',
          args: [id, remedyCode(remedy), recipientOf(remedy, recipient)],
        }),
        `Appeal of dispute ${id}: ${remedy}${recipient ? ` to ${recipient}` : ''}`,
      ),
    setDisputeParameters: (p: DisputeParameters) =>
      action(
        deployment.disputes,
        encodeFunctionData({ abi: disputes, functionName: 'setParameters', args: [p] }),
        `Dispute periods ${p.decisionPeriod}/${p.appealWindow}/${p.appealDecisionPeriod}/${p.cooldown} s, deposit ${p.deposit} wei`,
      ),
  }
}

function recipientOf(remedy: Remedy, recipient: Address | undefined): Address {
  if (remedy === 'transfer' && !recipient) throw new NamesError('REMEDY_INVALID', 'A transfer needs a recipient.')
  return recipient ? getAddress(recipient) : '0x0000000000000000000000000000000000000000'
}

/** The council: membership, proposals, votes, and execution through the timelock. */
export function councilApi(context: NamesContext) {
  const { clients, deployment } = context
  const council = { address: deployment.council, abi: namesCouncilArtifact.abi } as const

  const api = {
    /** Builders for proposal actions on this deployment. */
    actions: councilActions(deployment),

    /** The stakeholder groups with their seats and members. */
    async groups(): Promise<{ index: number; name: string; seats: number; members: number }[]> {
      const groups = await read(() => clients.publicClient.readContract({ ...council, functionName: 'groups' }))
      return groups.map((g, index) => ({ index, name: g.name, seats: g.seats, members: g.members }))
    },

    /** The group of `account`, or null if it is not a member. */
    async memberGroup(account: Address): Promise<number | null> {
      const [isMember, group] = await read(() =>
        clients.publicClient.readContract({ ...council, functionName: 'memberOf', args: [getAddress(account)] }),
      )
      return isMember ? group : null
    },

    /** Opens a proposal (members only). */
    async propose(actions: readonly CouncilAction[], description: string): Promise<TxResult & { id: bigint }> {
      const receipt = await transact(clients, (w) =>
        w.writeContract({
          ...council,
          functionName: 'propose',
          args: [actions.map((a) => a.target), actions.map((a) => a.value), actions.map((a) => a.data), description],
        }),
      )
      const [event] = parseEventLogs({ abi: council.abi, logs: receipt.logs, eventName: 'ProposalCreated' })
      if (!event) throw new NamesError('TRANSACTION_FAILED', 'No ProposalCreated event in the receipt.')
      return { ...txResult(receipt), id: event.args.id }
    },

    /** Votes on proposal `id`. */
    async vote(id: bigint, support: Support): Promise<TxResult> {
      const receipt = await transact(clients, (w) =>
        w.writeContract({ ...council, functionName: 'castVote', args: [id, SUPPORTS.indexOf(support)] }),
      )
      return txResult(receipt)
    },

    /** Schedules a passed proposal on the timelock; returns when it can be executed (Unix seconds). */
    async queue(id: bigint): Promise<TxResult & { readyAt: number }> {
      const receipt = await transact(clients, (w) => w.writeContract({ ...council, functionName: 'queue', args: [id] }))
      const [event] = parseEventLogs({ abi: council.abi, logs: receipt.logs, eventName: 'ProposalQueued' })
      return { ...txResult(receipt), readyAt: event ? Number(event.args.readyAt) : 0 }
    },

    /** Executes a queued proposal once the timelock delay has passed. */
    async execute(id: bigint): Promise<TxResult> {
      return txResult(
        await transact(clients, (w) => w.writeContract({ ...council, functionName: 'execute', args: [id] })),
      )
    },

    /** Withdraws an open proposal (its proposer only). */
    async cancel(id: bigint): Promise<TxResult> {
      return txResult(
        await transact(clients, (w) => w.writeContract({ ...council, functionName: 'cancel', args: [id] })),
      )
    },

    /** Proposal `id` with its state and tallies. */
    async proposal(id: bigint): Promise<ProposalInfo> {
      const [p, state, groups] = await read(() =>
        Promise.all([
          clients.publicClient.readContract({ ...council, functionName: 'proposal', args: [id] }),
          clients.publicClient.readContract({ ...council, functionName: 'state', args: [id] }),
          clients.publicClient.readContract({ ...council, functionName: 'groups' }),
        ]),
      )
      const tallies = await read(() =>
        Promise.all(
          groups.map((_, g) => clients.publicClient.readContract({ ...council, functionName: 'tally', args: [id, g] })),
        ),
      )
      return {
        id,
        proposer: p.proposer,
        state: STATES[state] ?? 'active',
        voteEnd: p.voteEnd,
        quorum: p.quorum,
        votes: p.votes,
        groupsVoting: groups.map((_, g) => g).filter((g) => (p.groupMask & (1 << g)) !== 0),
        tallies: tallies.map((t, group) => ({
          group,
          for: t.forVotes,
          against: t.againstVotes,
          abstain: t.abstainVotes,
        })),
        actions: p.targets.map((target, i) => ({ target, value: p.values[i] ?? 0n, data: p.calldatas[i] ?? '0x' })),
      }
    },

    /** How many proposals exist (ids run from 1). */
    async proposalCount(): Promise<bigint> {
      return read(() => clients.publicClient.readContract({ ...council, functionName: 'proposalCount' }))
    },
  }
  return api
}

/** The council part of the client. */
export type CouncilApi = ReturnType<typeof councilApi>
