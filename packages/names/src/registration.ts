import { namesRegistrarArtifact, namesRegistryArtifact } from '@blockgov/names-contracts'
import { type Address, getAddress, type Hex, parseEventLogs } from 'viem'
import { generatePrivateKey } from 'viem/accounts'
import { type AdvanceTime, chainTime, type NamesContext, waitUntil } from './context.ts'
import { NamesError } from './errors.ts'
import { isValidLabel, namehash, normaliseName, secondLevelLabel } from './namehash.ts'
import { read, requireWallet, type TxResult, transact, txResult } from './transact.ts'

/** Where a name stands, in words. */
export type NameStatus = 'unregistered' | 'active' | 'grace' | 'suspended'
const STATUSES: readonly NameStatus[] = ['unregistered', 'active', 'grace', 'suspended']

/** A name's state as the registry has it. Timestamps are Unix seconds. */
export interface NameInfo {
  name: string
  node: Hex
  /** Holder while registered (also in grace), else null. */
  owner: Address | null
  expiry: number
  /** Record version: bumped on each registration and change of holder. */
  version: number
  status: NameStatus
  /** End of a dispute freeze, 0 when none; frozen while the chain's time is at or before it. */
  frozenUntil: number
  frozen: boolean
  /** Parent node of a subname, null for a second-level name. */
  parent: Hex | null
  /** The resolver to ask, null when the name does not resolve. */
  resolver: Address | null
}

/** A commitment made with {@link RegistrationApi.commit}; keep it (with its secret) until you register. */
export interface Commitment {
  name: string
  owner: Address
  secret: Hex
  commitment: Hex
  /** Earliest chain time at which {@link RegistrationApi.register} accepts it. */
  readyAt: number
  /** Latest chain time at which it is accepted. */
  expiresAt: number
}

const ZERO: Hex = `0x${'0'.repeat(64)}`

/** Registration, renewal and holder changes. Durations are in seconds. */
export function registrationApi(context: NamesContext) {
  const { clients, deployment } = context
  const registrar = { address: deployment.registrar, abi: namesRegistrarArtifact.abi } as const
  const registry = { address: deployment.registry, abi: namesRegistryArtifact.abi } as const
  const label = (name: string) => secondLevelLabel(name, deployment.rootName)
  const signer = () => requireWallet(clients).account.address

  async function commitmentAges(): Promise<{ min: number; max: number }> {
    const [min, max] = await Promise.all([
      clients.publicClient.readContract({ ...registrar, functionName: 'minCommitmentAge' }),
      clients.publicClient.readContract({ ...registrar, functionName: 'maxCommitmentAge' }),
    ])
    return { min: Number(min), max: Number(max) }
  }

  const api = {
    /** The full name of a second-level `label` (`example` → `example.blockgov.alt`). */
    nameFor(labelText: string): string {
      if (!isValidLabel(labelText)) throw new NamesError('NAME_INVALID', `"${labelText}" is not a valid label.`)
      return `${labelText}.${deployment.rootName}`
    },

    /** Whether `name` (directly under the root) can be registered now. */
    available(name: string): Promise<boolean> {
      return read(() =>
        clients.publicClient.readContract({ ...registrar, functionName: 'available', args: [label(name)] }),
      )
    },

    /** Wei due to register or renew `name` for `duration` seconds (0 unless governance set fees). */
    rentPrice(name: string, duration: number): Promise<bigint> {
      return read(() =>
        clients.publicClient.readContract({
          ...registrar,
          functionName: 'rentPrice',
          args: [label(name), BigInt(duration)],
        }),
      )
    },

    /** The registry's view of `name` (any depth). */
    async nameInfo(name: string): Promise<NameInfo> {
      const normal = normaliseName(name)
      const node = namehash(normal)
      const [state, resolver, now] = await read(() =>
        Promise.all([
          clients.publicClient.readContract({ ...registry, functionName: 'nameState', args: [node] }),
          clients.publicClient.readContract({ ...registry, functionName: 'resolver', args: [node] }),
          chainTime(context),
        ]),
      )
      const zero = '0x0000000000000000000000000000000000000000'
      return {
        name: normal,
        node,
        owner: state.owner === zero ? null : state.owner,
        expiry: state.expiry,
        version: state.version,
        status: STATUSES[state.status] ?? 'unregistered',
        frozenUntil: state.frozenUntil,
        frozen: state.frozenUntil !== 0 && now <= state.frozenUntil,
        parent: state.parent === ZERO ? null : state.parent,
        resolver: resolver === zero ? null : resolver,
      }
    },

    /** Step 1 of registration: publishes a hash of (label, owner, secret). Reveal it later with `register`. */
    async commit(name: string, options: { owner?: Address; secret?: Hex } = {}): Promise<Commitment & TxResult> {
      const labelText = label(name)
      const owner = getAddress(options.owner ?? signer())
      // A private-key generator is simply a good source of 32 random bytes.
      const secret = options.secret ?? generatePrivateKey()
      const commitment = await read(() =>
        clients.publicClient.readContract({
          ...registrar,
          functionName: 'makeCommitment',
          args: [labelText, owner, secret],
        }),
      )
      const receipt = await transact(clients, (w) =>
        w.writeContract({ ...registrar, functionName: 'commit', args: [commitment] }),
      )
      const block = await clients.publicClient.getBlock({ blockNumber: receipt.blockNumber })
      const ages = await commitmentAges()
      const at = Number(block.timestamp)
      return {
        ...txResult(receipt),
        name: normaliseName(name),
        owner,
        secret,
        commitment,
        readyAt: at + ages.min,
        expiresAt: at + ages.max,
      }
    },

    /** Step 2: registers a committed name for `duration` seconds, paying the rent price (or `value`). */
    async register(
      commitment: Pick<Commitment, 'name' | 'owner' | 'secret'>,
      options: { duration: number; value?: bigint },
    ): Promise<TxResult & { node: Hex; expiry: number }> {
      const labelText = label(commitment.name)
      const value = options.value ?? (await api.rentPrice(commitment.name, options.duration))
      const receipt = await transact(clients, (w) =>
        w.writeContract({
          ...registrar,
          functionName: 'register',
          args: [labelText, commitment.owner, BigInt(options.duration), commitment.secret],
          value,
        }),
      )
      const [event] = parseEventLogs({ abi: registry.abi, logs: receipt.logs, eventName: 'NameRegistered' })
      return { ...txResult(receipt), node: namehash(commitment.name), expiry: event ? event.args.expiry : 0 }
    },

    /**
     * Commit, wait the minimum commitment age, register. On a dev chain pass `advanceTime` to skip the wait;
     * otherwise this waits in real time (60 s with the default deployment).
     */
    async registerName(
      name: string,
      options: { duration: number; owner?: Address; advanceTime?: AdvanceTime },
    ): Promise<TxResult & { node: Hex; expiry: number; commit: TxResult }> {
      const made = await api.commit(name, options.owner ? { owner: options.owner } : {})
      await waitUntil(context, made.readyAt, options.advanceTime)
      const registered = await api.register(made, { duration: options.duration })
      return { ...registered, commit: { hash: made.hash, blockNumber: made.blockNumber, gasUsed: made.gasUsed } }
    },

    /** Extends `name` by `duration` seconds. Anyone before expiry; only the holder during the grace period. */
    async renew(
      name: string,
      duration: number,
      options: { value?: bigint } = {},
    ): Promise<TxResult & { expiry: number }> {
      const value = options.value ?? (await api.rentPrice(name, duration))
      const receipt = await transact(clients, (w) =>
        w.writeContract({ ...registrar, functionName: 'renew', args: [label(name), BigInt(duration)], value }),
      )
      const [event] = parseEventLogs({ abi: registry.abi, logs: receipt.logs, eventName: 'NameRenewed' })
      return { ...txResult(receipt), expiry: event ? event.args.expiry : 0 }
    },

    /** Hands `name` to `to`. Its records, resolver choice and subnames do not follow (a new record version). */
    async transfer(name: string, to: Address): Promise<TxResult> {
      const receipt = await transact(clients, (w) =>
        w.writeContract({ ...registry, functionName: 'transfer', args: [namehash(name), getAddress(to)] }),
      )
      return txResult(receipt)
    },

    /** Creates or reassigns `label`.`parentName` for `owner`; the zero address releases it. */
    async setSubnameOwner(parentName: string, labelText: string, owner: Address): Promise<TxResult & { node: Hex }> {
      if (!isValidLabel(labelText)) throw new NamesError('NAME_INVALID', `"${labelText}" is not a valid label.`)
      const receipt = await transact(clients, (w) =>
        w.writeContract({
          ...registry,
          functionName: 'setSubnodeOwner',
          args: [namehash(parentName), labelText, owner],
        }),
      )
      return { ...txResult(receipt), node: namehash(`${labelText}.${normaliseName(parentName)}`) }
    },

    /** Points `name` at another resolver contract; the zero address returns it to the default resolver. */
    async setResolver(name: string, resolver: Address): Promise<TxResult> {
      const receipt = await transact(clients, (w) =>
        w.writeContract({ ...registry, functionName: 'setResolver', args: [namehash(name), resolver] }),
      )
      return txResult(receipt)
    },
  }
  return api
}

/** The registration part of the client. */
export type RegistrationApi = ReturnType<typeof registrationApi>
