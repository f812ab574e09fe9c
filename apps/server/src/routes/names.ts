import { anvilAccount, NamesError, type NamesErrorDetails, toNamesError } from '@blockgov/names'
import { ErrorBody } from '@blockgov/protocol'
import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod'
import { BaseError } from 'viem'
import { z } from 'zod'
import { DEV_ACCOUNT_COUNT, isNamesChain, type NamesBackend, type NamesChain } from '../names/names-chain.ts'
import { transactionBuilder } from '../names/prepare.ts'
import { RRsetInput, rrsetChange } from '../names/record-input.ts'
import { commitmentAges, councilView, docketView, fullName, nameView, recordsView } from '../names/views.ts'
import { ApiError } from '../plugins/errors.ts'

export interface NamesRoutesOptions {
  /** The running name system, or why there is none; absent means the server runs without one. */
  readonly backend?: NamesBackend
}

const YEAR = 365 * 86_400
const errors = {
  400: ErrorBody,
  402: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  502: ErrorBody,
  503: ErrorBody,
}
const NameParams = z.object({ name: z.string().min(1).max(253) })
const Address = z.string().regex(/^0x[0-9a-fA-F]{40}$/) as z.ZodType<`0x${string}`>
const Secret = z.string().regex(/^0x[0-9a-fA-F]{64}$/) as z.ZodType<`0x${string}`>
const DevAccount = z
  .number()
  .int()
  .min(0)
  .max(DEV_ACCOUNT_COUNT - 1)
const Years = z.number().int().min(1).max(10)
const TxBody = z.object({ to: z.string(), data: z.string(), value: z.string() })
const TxSent = { 200: z.object({ transactionHash: z.string() }), ...errors }

const NameView = z.object({
  name: z.string(),
  available: z.boolean().nullable(),
  status: z.enum(['unregistered', 'active', 'grace', 'suspended']),
  owner: z.string().nullable(),
  expiry: z.number().nullable(),
  graceEndsAt: z.number().nullable(),
  frozen: z.boolean(),
  frozenUntil: z.number().nullable(),
  openDispute: z.string().nullable(),
})
const RecordsView = z.object({
  name: z.string(),
  address: z.string().nullable(),
  texts: z.array(z.object({ key: z.string(), value: z.string() })),
  dns: z.array(z.object({ name: z.string(), type: z.string(), ttl: z.number(), data: z.string() })),
})
const DisputeView = z.object({
  id: z.string(),
  name: z.string(),
  filer: z.string(),
  reason: z.string(),
  evidenceUri: z.string(),
  stage: z.string(),
  remedy: z.string(),
  outcome: z.string(),
  decisionDeadline: z.number(),
  appealDeadline: z.number(),
  history: z.array(z.object({ event: z.string(), blockNumber: z.string(), transactionHash: z.string() })),
})
const Tally = z.object({
  group: z.number(),
  name: z.string(),
  voting: z.boolean(),
  for: z.number(),
  against: z.number(),
  abstain: z.number(),
})
const CouncilView = z.object({
  groups: z.array(z.object({ index: z.number(), name: z.string(), seats: z.number(), members: z.number() })),
  proposals: z.array(
    z.object({
      id: z.string(),
      proposer: z.string(),
      description: z.string(),
      state: z.string(),
      voteEnd: z.number(),
      quorum: z.number(),
      votes: z.number(),
      tallies: z.array(Tally),
    }),
  ),
})
const Overview = z.object({
  kind: z.enum(['embedded', 'rpc']),
  chainId: z.number(),
  rootName: z.string(),
  /** The dev chain's endpoint, for adding it to a wallet; hidden for a configured RPC (it may carry a key). */
  rpcUrl: z.string().nullable(),
  devAccounts: z.array(z.object({ index: z.number(), address: z.string() })),
  commitmentAge: z.object({ min: z.number(), max: z.number() }),
  contracts: z.record(z.string(), z.string()),
})

/**
 * The Names API: look-ups, records, the dispute docket and council proposals on any chain; writes signed with an
 * anvil dev account on the embedded chain only; unsigned transactions for a browser wallet on any chain. Chain
 * failures keep the client's stable codes (docs/errors.md).
 */
export const namesRoutes: FastifyPluginAsyncZod<NamesRoutesOptions> = async (app, { backend }) => {
  function chain(): NamesChain {
    if (isNamesChain(backend)) return backend
    throw new ApiError(backend?.code ?? 'NAMES_OFF', backend?.message)
  }
  function devChain(): NamesChain {
    const running = chain()
    if (running.kind !== 'embedded') throw new ApiError('NAMES_WALLET_REQUIRED')
    return running
  }
  const tx = () => transactionBuilder(chain())

  app.get(
    '/names',
    { schema: { summary: 'The name system on this server', tags: ['names'], response: { 200: Overview, ...errors } } },
    () =>
      guard(async () => {
        const running = chain()
        const { deployment } = running
        const embedded = running.kind === 'embedded'
        return {
          kind: running.kind,
          chainId: deployment.chainId,
          rootName: deployment.rootName,
          rpcUrl: embedded ? running.rpcUrl : null,
          devAccounts: embedded
            ? Array.from({ length: DEV_ACCOUNT_COUNT }, (_, index) => ({ index, address: anvilAccount(index).address }))
            : [],
          commitmentAge: await commitmentAges(running),
          contracts: {
            registry: deployment.registry,
            registrar: deployment.registrar,
            resolver: deployment.resolver,
            disputes: deployment.disputes,
            council: deployment.council,
            timelock: deployment.timelock,
          },
        }
      }),
  )

  app.get(
    '/names/lookup/:name',
    {
      schema: {
        summary: 'Availability, holder, expiry, grace and dispute state of a name (a bare label is under the root)',
        tags: ['names'],
        params: NameParams,
        response: { 200: NameView, ...errors },
      },
    },
    (request) => guard(() => nameView(chain(), request.params.name)),
  )

  app.get(
    '/names/records/:name',
    {
      schema: {
        summary: 'Address, text and DNS records a name serves now',
        tags: ['names'],
        params: NameParams,
        response: { 200: RecordsView, ...errors },
      },
    },
    (request) => guard(() => recordsView(chain(), request.params.name)),
  )

  app.get(
    '/names/disputes',
    {
      schema: {
        summary: 'The public dispute docket, newest first',
        tags: ['names'],
        response: { 200: z.object({ disputes: z.array(DisputeView) }), ...errors },
      },
    },
    () => guard(async () => ({ disputes: await docketView(chain()) })),
  )

  app.get(
    '/names/council',
    {
      schema: {
        summary: 'Council groups and proposals with per-group tallies',
        tags: ['names'],
        response: { 200: CouncilView, ...errors },
      },
    },
    () => guard(() => councilView(chain())),
  )

  // Dev-chain writes: signed here with a public anvil key the user picks. Never offered on another chain.
  app.post(
    '/names/dev/commit',
    {
      schema: {
        summary: 'Dev chain: commit to registering a name as a dev account (step 1 of 2)',
        tags: ['names'],
        body: z.object({ name: z.string().min(1).max(253), account: DevAccount }),
        response: {
          200: z.object({ name: z.string(), secret: z.string(), readyAt: z.number(), expiresAt: z.number() }),
          ...errors,
        },
      },
    },
    ({ body }) =>
      guard(() =>
        devChain().withDevAccount(body.account, async (client) => {
          const made = await client.commit(fullName(body.name, client.rootName))
          return { name: made.name, secret: made.secret, readyAt: made.readyAt, expiresAt: made.expiresAt }
        }),
      ),
  )

  app.post(
    '/names/dev/register',
    {
      schema: {
        summary: 'Dev chain: register a name as a dev account',
        description:
          'With `secret`, reveals that earlier commitment (COMMITMENT_TOO_NEW says how many seconds to wait). Without, commits and registers at once, moving the dev chain’s clock past the commitment wait.',
        tags: ['names'],
        body: z.object({
          name: z.string().min(1).max(253),
          account: DevAccount,
          years: Years,
          secret: Secret.optional(),
        }),
        response: { 200: z.object({ name: z.string(), owner: z.string(), expiry: z.number() }), ...errors },
      },
    },
    ({ body }) =>
      guard(() =>
        devChain().withDevAccount(body.account, async (client, advanceTime) => {
          const name = fullName(body.name, client.rootName)
          const owner = anvilAccount(body.account).address
          const duration = body.years * YEAR
          const registered =
            body.secret === undefined
              ? await client.registerName(name, { duration, advanceTime })
              : await client.register({ name, owner, secret: body.secret }, { duration })
          return { name, owner, expiry: registered.expiry }
        }),
      ),
  )

  const DevWrite = z.object({ name: z.string().min(1).max(253), account: DevAccount })
  app.put(
    '/names/dev/dns',
    {
      schema: {
        summary: 'Dev chain: replace (or, with no values, remove) one DNS RRset of a name',
        tags: ['names'],
        body: DevWrite.extend({ rrset: RRsetInput }),
        response: TxSent,
      },
    },
    ({ body }) =>
      guard(() =>
        devChain().withDevAccount(body.account, async (client) => {
          const zone = fullName(body.name, client.rootName)
          const change = rrsetChange(zone, body.rrset)
          const result =
            change.kind === 'set'
              ? await client.setDnsRecords(zone, change.records)
              : await client.deleteDnsRecords(zone, [change])
          return { transactionHash: result.hash }
        }),
      ),
  )

  app.put(
    '/names/dev/address',
    {
      schema: {
        summary: 'Dev chain: set the Ethereum address record of a name',
        tags: ['names'],
        body: DevWrite.extend({ address: Address }),
        response: TxSent,
      },
    },
    ({ body }) =>
      guard(() =>
        devChain().withDevAccount(body.account, async (client) => {
          const result = await client.setAddress(fullName(body.name, client.rootName), body.address)
          return { transactionHash: result.hash }
        }),
      ),
  )

  app.put(
    '/names/dev/text',
    {
      schema: {
        summary: 'Dev chain: set (or, with an empty value, remove) a text record of a name',
        tags: ['names'],
        body: DevWrite.extend({ key: z.string().min(1).max(64), value: z.string().max(1024) }),
        response: TxSent,
      },
    },
    ({ body }) =>
      guard(() =>
        devChain().withDevAccount(body.account, async (client) => {
          const result = await client.setText(fullName(body.name, client.rootName), body.key, body.value)
          return { transactionHash: result.hash }
        }),
      ),
  )

  // Browser-wallet path: unsigned transactions for the wallet to sign; works on any chain.
  app.post(
    '/names/tx/commit',
    {
      schema: {
        summary: 'Wallet: the commit transaction for registering a name (the secret is made in the browser)',
        tags: ['names'],
        body: z.object({ name: z.string().min(1).max(253), owner: Address, secret: Secret }),
        response: { 200: TxBody.extend({ commitment: z.string() }), ...errors },
      },
    },
    ({ body }) => guard(() => tx().commit(body.name, body.owner, body.secret)),
  )

  app.post(
    '/names/tx/register',
    {
      schema: {
        summary: 'Wallet: the register transaction revealing a commitment',
        tags: ['names'],
        body: z.object({ name: z.string().min(1).max(253), owner: Address, secret: Secret, years: Years }),
        response: { 200: TxBody, ...errors },
      },
    },
    ({ body }) => guard(() => tx().register(body.name, body.owner, body.secret, body.years * YEAR)),
  )

  app.post(
    '/names/tx/dns',
    {
      schema: {
        summary: 'Wallet: the transaction replacing (or removing) one DNS RRset',
        tags: ['names'],
        body: z.object({ name: z.string().min(1).max(253), rrset: RRsetInput }),
        response: { 200: TxBody, ...errors },
      },
    },
    ({ body }) => guard(() => tx().dnsRecords(body.name, body.rrset)),
  )

  app.post(
    '/names/tx/address',
    {
      schema: {
        summary: 'Wallet: the transaction setting the Ethereum address record',
        tags: ['names'],
        body: z.object({ name: z.string().min(1).max(253), address: Address }),
        response: { 200: TxBody, ...errors },
      },
    },
    ({ body }) => guard(() => tx().address(body.name, body.address)),
  )
}

/** Runs a handler, turning chain failures into API errors that keep the client's stable code. */
async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    // Chain failures keep their code; anything else is a bug, left for the 500 handler to log.
    if (!(error instanceof NamesError || error instanceof BaseError)) throw error
    const names = toNamesError(error)
    throw new ApiError(names.code, names.message, jsonDetails(names.details))
  }
}

/** Details as JSON: timestamps and amounts are bigints in the client. */
function jsonDetails(details: NamesErrorDetails): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {}
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined) continue
    out[key] =
      typeof value === 'bigint' ? (value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString()) : value
  }
  return out
}
