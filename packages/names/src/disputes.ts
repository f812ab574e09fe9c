import { namesDisputesArtifact } from '@blockgov/names-contracts'
import { type Address, type Hex, parseEventLogs } from 'viem'
import type { NamesContext } from './context.ts'
import { NamesError } from './errors.ts'
import { namehash, secondLevelLabel } from './namehash.ts'
import { read, type TxResult, transact, txResult } from './transact.ts'

/** Where a dispute is. */
export type DisputeStage = 'none' | 'filed' | 'decided' | 'appealed' | 'closed'
/** What a decision does: dismiss (nothing), suspend resolution, or transfer the name. */
export type Remedy = 'dismiss' | 'suspend' | 'transfer'
/** How a dispute ended. */
export type DisputeOutcome = 'pending' | 'lapsed' | 'dismissed' | 'suspended' | 'transferred'

const STAGES: readonly DisputeStage[] = ['none', 'filed', 'decided', 'appealed', 'closed']
const REMEDIES: readonly Remedy[] = ['dismiss', 'suspend', 'transfer']
const OUTCOMES: readonly DisputeOutcome[] = ['pending', 'lapsed', 'dismissed', 'suspended', 'transferred']
const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'

/** The contract's number for a remedy. */
export function remedyCode(remedy: Remedy): number {
  return REMEDIES.indexOf(remedy)
}

/** One dispute. Deadlines are Unix seconds (0 when not reached yet). */
export interface DisputeInfo {
  id: bigint
  node: Hex
  filer: Address
  stage: DisputeStage
  remedy: Remedy
  outcome: DisputeOutcome
  recipient: Address | null
  deposit: bigint
  decisionDeadline: number
  appealDeadline: number
  appealDecisionDeadline: number
}

/** One entry of the public docket, from the contract's events. */
export interface DocketEntry {
  event: 'DisputeFiled' | 'DisputeDecided' | 'DisputeAppealed' | 'DisputeAppealDecided' | 'DisputeClosed'
  id: bigint
  blockNumber: bigint
  transactionHash: Hex
  args: Readonly<Record<string, unknown>>
}

/** Disputes: filing, appeal, finalisation and the docket. Decisions are council proposals (see the council API). */
export function disputesApi(context: NamesContext) {
  const { clients, deployment } = context
  const disputes = { address: deployment.disputes, abi: namesDisputesArtifact.abi } as const

  const api = {
    /** Files a dispute about `name` (directly under the root), freezing its transfers and record changes. */
    async file(
      name: string,
      options: { reason: string; evidenceUri: string },
    ): Promise<TxResult & { id: bigint; decisionDeadline: number }> {
      const label = secondLevelLabel(name, deployment.rootName)
      const { deposit } = await api.parameters()
      const receipt = await transact(clients, (w) =>
        w.writeContract({
          ...disputes,
          functionName: 'file',
          args: [label, options.reason, options.evidenceUri],
          value: deposit,
        }),
      )
      const [event] = parseEventLogs({ abi: disputes.abi, logs: receipt.logs, eventName: 'DisputeFiled' })
      if (!event) throw new NamesError('TRANSACTION_FAILED', 'No DisputeFiled event in the receipt.')
      return { ...txResult(receipt), id: event.args.id, decisionDeadline: event.args.decisionDeadline }
    },

    /** Appeals the decision on dispute `id` (the filer or the holder, within the appeal window). */
    async appeal(id: bigint, options: { reason: string; evidenceUri: string }): Promise<TxResult> {
      const receipt = await transact(clients, (w) =>
        w.writeContract({ ...disputes, functionName: 'appeal', args: [id, options.reason, options.evidenceUri] }),
      )
      return txResult(receipt)
    },

    /** Closes dispute `id` once final (lapsed, unappealed, or appeal not decided in time), applying the remedy. */
    async finalise(id: bigint): Promise<TxResult> {
      return txResult(
        await transact(clients, (w) => w.writeContract({ ...disputes, functionName: 'finalise', args: [id] })),
      )
    },

    /** Withdraws deposits refunded to this account. */
    async withdraw(): Promise<TxResult> {
      return txResult(await transact(clients, (w) => w.writeContract({ ...disputes, functionName: 'withdraw' })))
    },

    /** Dispute `id`; `NOT_FOUND`-like state `none` when there is no such dispute. */
    async get(id: bigint): Promise<DisputeInfo> {
      const d = await read(() =>
        clients.publicClient.readContract({ ...disputes, functionName: 'dispute', args: [id] }),
      )
      return {
        id,
        node: d.node,
        filer: d.filer,
        stage: STAGES[d.stage] ?? 'none',
        remedy: REMEDIES[d.remedy] ?? 'dismiss',
        outcome: OUTCOMES[d.outcome] ?? 'pending',
        recipient: d.recipient === ZERO_ADDRESS ? null : d.recipient,
        deposit: d.deposit,
        decisionDeadline: d.decisionDeadline,
        appealDeadline: d.appealDeadline,
        appealDecisionDeadline: d.appealDecisionDeadline,
      }
    },

    /** The open dispute about `name`, or null. */
    async openDisputeFor(name: string): Promise<bigint | null> {
      const id = await read(() =>
        clients.publicClient.readContract({ ...disputes, functionName: 'openDispute', args: [namehash(name)] }),
      )
      return id === 0n ? null : id
    },

    /** Periods (seconds) and deposit (wei) for new disputes. */
    async parameters(): Promise<{
      decisionPeriod: number
      appealWindow: number
      appealDecisionPeriod: number
      cooldown: number
      deposit: bigint
    }> {
      return read(() => clients.publicClient.readContract({ ...disputes, functionName: 'parameters' }))
    },

    /** Every docket event since deployment (or `fromBlock`), oldest first. */
    async docket(options: { fromBlock?: bigint } = {}): Promise<DocketEntry[]> {
      const logs = await read(() =>
        clients.publicClient.getContractEvents({ ...disputes, fromBlock: options.fromBlock ?? deployment.deployBlock }),
      )
      const entries: DocketEntry[] = []
      for (const log of logs) {
        if (
          log.eventName === 'ParametersChanged' ||
          log.eventName === 'DepositWithdrawn' ||
          log.eventName === 'OwnershipTransferred'
        )
          continue
        entries.push({
          event: log.eventName,
          id: log.args.id ?? 0n,
          blockNumber: log.blockNumber,
          transactionHash: log.transactionHash,
          args: log.args,
        })
      }
      return entries
    },
  }
  return api
}

/** The disputes part of the client. */
export type DisputesApi = ReturnType<typeof disputesApi>
