/**
 * Property tests: random sequences of registrations, transfers, record writes, renewals, disputes and clock jumps,
 * with the name system's safety invariants checked after every step.
 */
import fc from 'fast-check'
import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { remedyCode } from '../disputes.ts'
import { NamesError } from '../errors.ts'
import { namehash } from '../namehash.ts'
import { contracts, DAY, type Fixture, startFixture, YEAR } from './fixture.ts'

const LABELS = ['alpha', 'beta'] as const
const ACTORS = [0, 2, 3] as const
/** An actor of `HOLDER` acts as whoever holds the name at that moment, so most holder-only steps get tried. */
const HOLDER = -1
const FILER = 9
const ZERO: Address = '0x0000000000000000000000000000000000000000'

type Label = (typeof LABELS)[number]
type Command =
  | { kind: 'register' | 'setAddr' | 'renew'; label: Label; actor: number }
  | { kind: 'transfer'; label: Label; actor: number; to: number }
  | { kind: 'file' | 'finalise'; label: Label }
  | { kind: 'decide'; label: Label; remedy: 'dismiss' | 'suspend' | 'transfer' }
  | { kind: 'advance'; seconds: number }

const label = fc.constantFrom(...LABELS)
const actor = fc.constantFrom(HOLDER, HOLDER, ...ACTORS)
// Registrations are weighted up so most sequences have names to transfer, dispute and let expire.
const command: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('register' as const), label, actor }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constantFrom('setAddr' as const, 'renew' as const), label, actor }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant('transfer' as const), label, actor, to: fc.constantFrom(...ACTORS) }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constantFrom('file' as const, 'finalise' as const), label }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('decide' as const),
      label,
      remedy: fc.constantFrom('dismiss' as const, 'suspend' as const, 'transfer' as const),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('advance' as const),
      seconds: fc.constantFrom(DAY, 5 * DAY, 100 * DAY, 400 * DAY),
    }),
    weight: 2,
  },
)

let f: Fixture
beforeAll(async () => {
  f = await startFixture()
  // Every run starts from both names registered, so short sequences already reach transfers and disputes.
  await f.register('alpha', 0)
  await f.register('beta', 2)
})
afterAll(async () => {
  await f?.stop()
})

/** Runs one command; expected refusals (NamesError) are part of the game, anything else is a bug. */
/** The account index that holds `l` now (or account 0 when nobody does). */
async function holder(l: Label): Promise<number> {
  const { owner } = await f.as(0).nameInfo(`${l}.blockgov.alt`)
  return [...ACTORS, FILER].find((i) => f.address(i) === owner) ?? 0
}

async function run(command: Command, addrVersion: Map<Label, number>): Promise<void> {
  const filer = f.as(FILER)
  const c =
    'actor' in command && command.actor === HOLDER ? { ...command, actor: await holder(command.label) } : command
  try {
    switch (c.kind) {
      case 'register':
        await f.register(c.label, c.actor)
        return
      case 'setAddr': {
        const names = f.as(c.actor)
        const name = names.nameFor(c.label)
        await names.setAddress(name, f.address(c.actor))
        addrVersion.set(c.label, (await names.nameInfo(name)).version)
        return
      }
      case 'renew':
        await f.as(c.actor).renew(filer.nameFor(c.label), YEAR)
        return
      case 'transfer':
        await f.as(c.actor).transfer(filer.nameFor(c.label), f.address(c.to))
        return
      case 'file':
        await filer.disputes.file(filer.nameFor(c.label), { reason: 'property test', evidenceUri: 'ipfs://x' })
        return
      case 'finalise': {
        const id = await filer.disputes.openDisputeFor(filer.nameFor(c.label))
        if (id !== null) await filer.disputes.finalise(id)
        return
      }
      case 'decide': {
        const id = await filer.disputes.openDisputeFor(filer.nameFor(c.label))
        if (id === null) return
        await f.send(f.deployment.timelock, {
          address: f.deployment.disputes,
          abi: contracts.disputes,
          functionName: 'decide',
          args: [id, remedyCode(c.remedy), c.remedy === 'transfer' ? f.address(FILER) : ZERO],
        })
        return
      }
      case 'advance':
        await f.advance(c.seconds)
        return
    }
  } catch (error) {
    if (!(error instanceof NamesError) || error.code === 'TRANSACTION_FAILED' || error.code === 'CHAIN_UNAVAILABLE')
      throw error
  }
}

interface Observed {
  owner: Address | null
  version: number
  status: string
  frozenUntil: number
}

async function observe(l: Label): Promise<Observed> {
  const info = await f.as(0).nameInfo(`${l}.blockgov.alt`)
  return { owner: info.owner, version: info.version, status: info.status, frozenUntil: info.frozenUntil }
}

/** The invariants, for one name, after a command. */
async function check(l: Label, before: Observed, c: Command, addrVersion: Map<Label, number>): Promise<void> {
  const name = `${l}.blockgov.alt`
  const node = namehash(name)
  const after = await observe(l)
  const registryOwner = await f.clients.publicClient.readContract({
    address: f.deployment.registry,
    abi: contracts.registry,
    functionName: 'owner',
    args: [node],
  })
  // One owner per node: every view of the registry names the same single holder.
  expect(registryOwner).toBe(after.owner ?? ZERO)
  if (after.status !== 'unregistered') expect(after.owner).not.toBeNull()
  // An expired name past grace (or never registered) resolves to nothing.
  if (after.status === 'unregistered' || after.status === 'suspended') {
    expect((await f.as(0).nameInfo(name)).resolver).toBeNull()
    expect(await f.as(0).getAddress(name)).toBeNull()
  }
  // A frozen name cannot change owner (the clock is untouched by every command but `advance`).
  const now = await f.now()
  if (c.kind !== 'advance' && before.frozenUntil > now + 60 && before.status !== 'unregistered') {
    expect(after.owner).toBe(before.owner)
    expect(after.version).toBe(before.version)
  }
  // Records never outlive their version: an address is served only if set since the last change of holder.
  if (addrVersion.get(l) !== after.version) expect(await f.as(0).getAddress(name)).toBeNull()
}

describe('name system invariants under random operations', () => {
  it('keeps one owner per node, resolves nothing past grace, never moves a frozen name, never serves stale records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
        const snapshot = await f.snapshot()
        const addrVersion = new Map<Label, number>()
        try {
          for (const c of commands) {
            const before = new Map<Label, Observed>()
            for (const l of LABELS) before.set(l, await observe(l))
            await run(c, addrVersion)
            for (const l of LABELS) {
              const observed = before.get(l)
              if (observed) await check(l, observed, c, addrVersion)
            }
          }
        } finally {
          await f.revert(snapshot)
        }
      }),
      { numRuns: 30, seed: 20261127 },
    )
  }, 300_000)
})
