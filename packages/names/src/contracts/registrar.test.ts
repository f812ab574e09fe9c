import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { namehash } from '../namehash.ts'
import { transact } from '../transact.ts'
import { contracts, DAY, expectRevert, type Fixture, startFixture, TEST_RULES, YEAR } from './fixture.ts'

let f: Fixture
let snapshot: `0x${string}`

beforeAll(async () => {
  f = await startFixture({ reserved: ['nic'] })
})
afterAll(async () => {
  await f?.stop()
})
beforeEach(async () => {
  snapshot = await f.snapshot()
})
afterEach(async () => {
  await f.revert(snapshot)
})

const { min, max } = TEST_RULES.commitmentAge

describe('NamesRegistrar commit–reveal', () => {
  it('registers a committed name to its owner and emits the registration events', async () => {
    const names = f.as(0)
    const made = await names.commit('example.blockgov.alt')
    await f.advance(min)
    const result = await names.register(made, { duration: YEAR })
    const info = await names.nameInfo('example.blockgov.alt')
    expect(info).toMatchObject({ owner: f.address(0), status: 'active', version: 1 })
    expect(info.expiry).toBe(result.expiry)
    const [registered] = await f.events(result.hash, 'NameRegistered')
    expect(registered).toMatchObject({ label: 'example', owner: f.address(0), version: 1 })
    expect(await names.available('example.blockgov.alt')).toBe(false)
  })

  it('refuses a reveal one second before the minimum age and accepts it exactly at it', async () => {
    const names = f.as(0)
    const made = await names.commit('edge.blockgov.alt')
    await f.setNextTimestamp(made.readyAt - 1)
    const details = await expectRevert(names.register(made, { duration: YEAR }), 'NamesRegistrarCommitmentTooNew')
    expect(details.readyAt).toBe(BigInt(made.readyAt))
    expect(details.secondsToWait).toBeGreaterThanOrEqual(0)
    await f.setNextTimestamp(made.readyAt)
    await names.register(made, { duration: YEAR })
    expect((await names.nameInfo('edge.blockgov.alt')).status).toBe('active')
  })

  it('accepts a reveal exactly at the maximum age and refuses it one second later', async () => {
    const names = f.as(0)
    const late = await names.commit('late.blockgov.alt')
    await f.setNextTimestamp(late.expiresAt + 1)
    const details = await expectRevert(names.register(late, { duration: YEAR }), 'NamesRegistrarCommitmentTooOld')
    expect(details.expiredAt).toBe(BigInt(late.expiresAt))
    const onTime = await names.commit('ontime.blockgov.alt')
    await f.setNextTimestamp(onTime.expiresAt)
    await names.register(onTime, { duration: YEAR })
    expect(onTime.expiresAt - onTime.readyAt).toBe(max - min)
  })

  it('refuses a reveal without a matching commitment (other owner or other secret)', async () => {
    const names = f.as(0)
    const made = await names.commit('mine.blockgov.alt')
    await f.advance(min)
    await expectRevert(
      names.register({ ...made, owner: f.address(9) }, { duration: YEAR }),
      'NamesRegistrarCommitmentNotFound',
    )
    const otherSecret = `0x${'11'.repeat(32)}` as const
    await expectRevert(
      names.register({ ...made, secret: otherSecret }, { duration: YEAR }),
      'NamesRegistrarCommitmentNotFound',
    )
  })

  it('consumes a commitment, so the same reveal cannot register twice', async () => {
    const names = f.as(0)
    const made = await names.commit('once.blockgov.alt')
    await f.advance(min)
    await names.register(made, { duration: YEAR })
    await expectRevert(names.register(made, { duration: YEAR }), 'NamesRegistrarCommitmentNotFound')
  })

  it('refuses to overwrite a live commitment but allows it once it lapsed', async () => {
    const names = f.as(0)
    const made = await names.commit('again.blockgov.alt')
    await expectRevert(names.commit('again.blockgov.alt', { secret: made.secret }), 'NamesRegistrarCommitmentExists')
    await f.advance(max + 1)
    const again = await names.commit('again.blockgov.alt', { secret: made.secret })
    expect(again.commitment).toBe(made.commitment)
  })

  it('refuses names that are taken, reserved or not lower-case LDH', async () => {
    await f.register('taken')
    const names = f.as(1)
    const taken = await names.commit('taken.blockgov.alt')
    const reserved = await names.commit('nic.blockgov.alt')
    await f.advance(min)
    await expectRevert(names.register(taken, { duration: YEAR }), 'NamesRegistryNameUnavailable')
    await expectRevert(names.register(reserved, { duration: YEAR }), 'NamesRegistrarNameReserved')
    expect(await names.available('nic.blockgov.alt')).toBe(false)
  })

  it('reverts with LabelInvalid when a committed label is not lower-case LDH', async () => {
    const registrar = { address: f.deployment.registrar, abi: contracts.registrar }
    const secret = `0x${'22'.repeat(32)}` as const
    const labels = ['-lead', 'trail-', 'ab--cd', 'under_score', 'UPPER', '']
    for (const label of labels) {
      const commitment = await f.clients.publicClient.readContract({
        ...registrar,
        functionName: 'makeCommitment',
        args: [label, f.address(1), secret],
      })
      await f.send(1, { ...registrar, functionName: 'commit', args: [commitment] })
    }
    await f.advance(min)
    for (const label of labels) {
      await expectRevert(
        f.send(1, { ...registrar, functionName: 'register', args: [label, f.address(1), BigInt(YEAR), secret] }),
        'LabelInvalid',
      )
    }
  })

  it('validates labels in the registry: hyphen rules, R-LDH except xn--, length', async () => {
    const registry = { address: f.deployment.registry, abi: contracts.registry }
    const valid = async (label: string) =>
      f.clients.publicClient.readContract({
        ...registry,
        functionName: 'isValidLabel',
        args: [label],
      }) as Promise<boolean>
    expect(await valid('xn--bcher-kva')).toBe(true)
    expect(await valid('a'.repeat(63))).toBe(true)
    expect(await valid('0-9')).toBe(true)
    for (const bad of ['', 'a'.repeat(64), '-a', 'a-', 'ab--c', 'A', 'a_b', 'a.b', 'é'])
      expect(await valid(bad)).toBe(false)
    const names = f.as(0)
    const made = await names.commit('ab--cd.blockgov.alt').catch((e: unknown) => e)
    expect(made).toMatchObject({ code: 'NAME_INVALID' })
  })

  it('refuses durations below the minimum and expiries beyond the maximum', async () => {
    const names = f.as(0)
    const made = await names.commit('period.blockgov.alt')
    await f.advance(min)
    await expectRevert(names.register(made, { duration: 28 * DAY - 1 }), 'NamesRegistrarDurationTooShort')
    await expectRevert(names.register(made, { duration: 10 * YEAR + 1 }), 'NamesRegistrarDurationTooLong')
    await names.register(made, { duration: 10 * YEAR })
    await expectRevert(names.renew('period.blockgov.alt', DAY), 'NamesRegistrarDurationTooLong')
  })
})

describe('NamesRegistrar fees', () => {
  it('is free by default', async () => {
    expect(await f.as(0).rentPrice('free.blockgov.alt', YEAR)).toBe(0n)
  })

  it('charges by label length when governance sets fees, refunds excess and refuses too little', async () => {
    const priced = await startFixture({ annualFeesGwei: [5_000_000, 4_000_000, 3_000_000, 2_000_000, 1_000_000] })
    try {
      const names = priced.as(0)
      expect(await names.rentPrice('abc.blockgov.alt', YEAR)).toBe(3_000_000n * 10n ** 9n)
      expect(await names.rentPrice('abcdefgh.blockgov.alt', YEAR / 2)).toBe(500_000n * 10n ** 9n)
      const made = await names.commit('abcdefgh.blockgov.alt')
      await priced.advance(min)
      const price = 1_000_000n * 10n ** 9n
      await expectRevert(names.register(made, { duration: YEAR, value: price - 1n }), 'NamesRegistrarInsufficientValue')
      const before = await priced.clients.publicClient.getBalance({ address: priced.deployment.registrar })
      await names.register(made, { duration: YEAR, value: price * 3n })
      const after = await priced.clients.publicClient.getBalance({ address: priced.deployment.registrar })
      expect(after - before).toBe(price)
      await expectRevert(names.renew('abcdefgh.blockgov.alt', YEAR, { value: 0n }), 'NamesRegistrarInsufficientValue')
      await names.renew('abcdefgh.blockgov.alt', YEAR)
      expect(await priced.clients.publicClient.getBalance({ address: priced.deployment.registrar })).toBe(after + price)
    } finally {
      await priced.stop()
    }
  })
})

describe('NamesRegistrar renewal and grace', () => {
  it('lets anyone renew before expiry and extends from the old expiry', async () => {
    const name = await f.register('renewme')
    const before = await f.as(0).nameInfo(name)
    const result = await f.as(5).renew(name, YEAR)
    expect(result.expiry).toBe(before.expiry + YEAR)
    expect((await f.as(0).nameInfo(name)).version).toBe(before.version)
  })

  it('in the grace period: only the holder renews, the name still resolves, its records are read-only', async () => {
    const name = await f.register('graceful')
    await f.as(0).setAddress(name, f.address(0))
    const { expiry } = await f.as(0).nameInfo(name)
    await f.mineAt(expiry + 1)
    await expectRevert(f.as(3).renew(name, YEAR), 'NamesRegistrarGraceOwnerOnly')
    expect((await f.as(0).nameInfo(name)).status).toBe('grace')
    expect(await f.as(0).getAddress(name)).toBe(f.address(0))
    await expectRevert(f.as(0).setAddress(name, f.address(1)), 'NamesRegistryNameExpired')
    await expectRevert(f.as(0).transfer(name, f.address(1)), 'NamesRegistryNameExpired')
    await f.as(0).renew(name, YEAR)
    expect((await f.as(0).nameInfo(name)).status).toBe('active')
  })

  it('at the last second of grace the holder can still renew; one second later nobody can', async () => {
    const name = await f.register('lastcall')
    const { expiry } = await f.as(0).nameInfo(name)
    const snap = await f.snapshot()
    await f.setNextTimestamp(expiry + TEST_RULES.gracePeriod)
    await f.as(0).renew(name, YEAR)
    await f.revert(snap)
    await f.setNextTimestamp(expiry + TEST_RULES.gracePeriod + 1)
    await expectRevert(f.as(0).renew(name, YEAR), 'NamesRegistrarNameNotRegistered')
  })

  it('past grace the name is available, resolves nothing, and a new registrant starts with no records', async () => {
    const name = await f.register('lapsed')
    await f.as(0).setAddress(name, f.address(0))
    await f.as(0).setText(name, 'url', 'https://old.example/')
    const { expiry } = await f.as(0).nameInfo(name)
    await f.advance(expiry + TEST_RULES.gracePeriod + 1 - (await f.now()))
    expect(await f.as(0).available(name)).toBe(true)
    expect(await f.as(0).getAddress(name)).toBeNull()
    expect(await f.as(0).nameInfo(name)).toMatchObject({ status: 'unregistered', owner: null, resolver: null })
    await f.register('lapsed', 4)
    const info = await f.as(0).nameInfo(name)
    expect(info).toMatchObject({ owner: f.address(4), version: 2, status: 'active' })
    expect(await f.as(0).getAddress(name)).toBeNull()
    expect(await f.as(0).getText(name, 'url')).toBeNull()
    expect(info.node).toBe(namehash(name))
  })
})

describe('NamesRegistrar governance', () => {
  it('reserves, releases, allocates and withdraws only for the owner (the timelock)', async () => {
    const registrar = { address: f.deployment.registrar, abi: contracts.registrar }
    await expectRevert(
      f.send(1, { ...registrar, functionName: 'setReserved', args: [['x'], true] }),
      'OwnableUnauthorizedAccount',
    )
    await expectRevert(
      f.send(1, { ...registrar, functionName: 'setAnnualFees', args: [[1, 1, 1, 1, 1]] }),
      'OwnableUnauthorizedAccount',
    )
    await expectRevert(
      f.send(1, { ...registrar, functionName: 'withdraw', args: [f.address(1), 0n] }),
      'OwnableUnauthorizedAccount',
    )
    const timelock = f.deployment.timelock
    await f.send(timelock, { ...registrar, functionName: 'setReserved', args: [['nic'], false] })
    expect(await f.as(0).available('nic.blockgov.alt')).toBe(true)
    await f.send(timelock, { ...registrar, functionName: 'setReserved', args: [['gov'], true] })
    await f.send(timelock, { ...registrar, functionName: 'allocate', args: ['gov', f.address(2), BigInt(YEAR)] })
    expect((await f.as(0).nameInfo('gov.blockgov.alt')).owner).toBe(f.address(2))
    await f.send(timelock, { ...registrar, functionName: 'setAnnualFees', args: [[0, 0, 0, 0, 7]] })
    const fees = await f.clients.publicClient.readContract({ ...registrar, functionName: 'annualFees' })
    expect(fees).toEqual([0, 0, 0, 0, 7])
    const read = f.clients.publicClient
    expect(await read.readContract({ ...registrar, functionName: 'isReserved', args: ['gov'] })).toBe(true)
    expect(await read.readContract({ ...registrar, functionName: 'isReserved', args: ['nic'] })).toBe(false)
    const paid = await f.as(0).commit('paidup.blockgov.alt')
    expect(await read.readContract({ ...registrar, functionName: 'commitmentTime', args: [paid.commitment] })).toBe(
      BigInt(paid.readyAt - min),
    )
    await f.advance(min)
    await f.as(0).register(paid, { duration: YEAR })
    const balance = await read.getBalance({ address: f.deployment.registrar })
    expect(balance).toBeGreaterThan(0n)
    await f.send(timelock, { ...registrar, functionName: 'withdraw', args: [f.address(7), balance] })
    expect(await read.getBalance({ address: f.deployment.registrar })).toBe(0n)
  })

  it('cannot be deployed with a zero minimum commitment age or inverted periods', async () => {
    const { namesRegistrarArtifact } = await import('@blockgov/names-contracts')
    const attempt = (ages: [bigint, bigint], periods: [bigint, bigint]) =>
      transact(f.clients, (w) =>
        w.deployContract({
          abi: namesRegistrarArtifact.abi,
          bytecode: namesRegistrarArtifact.bytecode,
          args: [f.deployment.registry, ages[0], ages[1], periods[0], periods[1], f.address(0)],
        }),
      )
    await expectRevert(attempt([0n, 60n], [1n, 2n]), 'NamesRegistrarInvalidCommitmentAges')
    await expectRevert(attempt([60n, 60n], [1n, 2n]), 'NamesRegistrarInvalidCommitmentAges')
    await expectRevert(attempt([1n, 60n], [2n, 1n]), 'NamesRegistrarInvalidPeriods')
  })
})
