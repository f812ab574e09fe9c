import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { namehash } from '../namehash.ts'
import { contracts, expectRevert, type Fixture, startFixture, TEST_RULES } from './fixture.ts'

let f: Fixture
let snapshot: `0x${string}`

beforeAll(async () => {
  f = await startFixture()
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

const registry = () => ({ address: f.deployment.registry, abi: contracts.registry })

describe('NamesRegistry root and wiring', () => {
  it('roots the namespace at namehash(blockgov.alt) and is wired to the other contracts', async () => {
    const read = f.clients.publicClient
    expect(await read.readContract({ ...registry(), functionName: 'rootNode' })).toBe(namehash('blockgov.alt'))
    expect(await read.readContract({ ...registry(), functionName: 'gracePeriod' })).toBe(BigInt(TEST_RULES.gracePeriod))
    expect(await read.readContract({ ...registry(), functionName: 'wiring' })).toEqual([
      f.deployment.registrar,
      f.deployment.disputes,
      f.deployment.resolver,
    ])
    expect(await read.readContract({ ...registry(), functionName: 'owner' })).toBe(f.deployment.timelock)
  })

  it('lets only the timelock rewire it, and refuses the zero address', async () => {
    for (const functionName of ['setRegistrar', 'setDisputes', 'setDefaultResolver']) {
      await expectRevert(f.send(1, { ...registry(), functionName, args: [f.address(1)] }), 'OwnableUnauthorizedAccount')
      await expectRevert(
        f.send(f.deployment.timelock, {
          ...registry(),
          functionName,
          args: ['0x0000000000000000000000000000000000000000'],
        }),
        'NamesRegistryZeroAddress',
      )
    }
    await f.send(f.deployment.timelock, { ...registry(), functionName: 'setDefaultResolver', args: [f.address(9)] })
    const name = await f.register('rewired')
    expect((await f.as(0).nameInfo(name)).resolver).toBe(f.address(9))
  })

  it('keeps registration, renewal, freezing, suspension and forced transfer to the registrar and disputes', async () => {
    const node = namehash('x.blockgov.alt')
    const calls: [string, unknown[]][] = [
      ['register', ['x', f.address(1), 2n ** 39n]],
      ['renew', [node, 2n ** 39n]],
      ['freeze', [node, 1n]],
      ['suspend', [node]],
      ['forceTransfer', [node, f.address(1)]],
    ]
    for (const [functionName, args] of calls) {
      await expectRevert(f.send(1, { ...registry(), functionName, args }), 'NamesRegistryUnauthorised')
    }
  })

  it('cannot be deployed with an invalid root', async () => {
    const { namesRegistryArtifact } = await import('@blockgov/names-contracts')
    const { transact } = await import('../transact.ts')
    for (const labels of [[], ['Blockgov', 'alt'], ['', 'alt']]) {
      await expectRevert(
        transact(f.clients, (w) =>
          w.deployContract({
            abi: namesRegistryArtifact.abi,
            bytecode: namesRegistryArtifact.bytecode,
            args: [labels, 1n, f.address(0)],
          }),
        ),
        'NamesRegistryInvalidRoot',
      )
    }
  })
})

describe('NamesRegistry transfers', () => {
  it('transfers to a new holder, bumps the version and emits NameTransferred', async () => {
    const name = await f.register('moving')
    const result = await f.as(0).transfer(name, f.address(2))
    expect(await f.as(0).nameInfo(name)).toMatchObject({ owner: f.address(2), version: 2, status: 'active' })
    expect(await f.events(result.hash, 'NameTransferred')).toEqual([
      { node: namehash(name), owner: f.address(2), version: 2 },
    ])
  })

  it('refuses transfers by others, to the zero address, and of unregistered names', async () => {
    const name = await f.register('guarded')
    await expectRevert(f.as(1).transfer(name, f.address(1)), 'NamesRegistryNotOwner')
    await expectRevert(f.as(0).transfer(name, '0x0000000000000000000000000000000000000000'), 'NamesRegistryZeroAddress')
    await expectRevert(f.as(0).transfer('nobody.blockgov.alt', f.address(1)), 'NamesRegistryNotOwner')
  })

  it('ENS-compatible views: owner, resolver and recordExists follow registration and expiry', async () => {
    const name = await f.register('views')
    const node = namehash(name)
    const read = (functionName: 'owner' | 'resolver' | 'recordExists') =>
      f.clients.publicClient.readContract({ ...registry(), functionName, args: [node] })
    expect(await read('owner')).toBe(f.address(0))
    expect(await read('resolver')).toBe(f.deployment.resolver)
    expect(await read('recordExists')).toBe(true)
    const { expiry } = await f.as(0).nameInfo(name)
    await f.mineAt(expiry + TEST_RULES.gracePeriod + 1)
    expect(await read('owner')).toBe('0x0000000000000000000000000000000000000000')
    expect(await read('resolver')).toBe('0x0000000000000000000000000000000000000000')
    expect(await read('recordExists')).toBe(false)
  })
})

describe('NamesRegistry subnames', () => {
  it('lets the holder of the parent create, reassign and release subnames', async () => {
    const parent = await f.register('parent')
    const created = await f.as(0).setSubnameOwner(parent, 'www', f.address(3))
    expect(await f.as(0).nameInfo(`www.${parent}`)).toMatchObject({
      owner: f.address(3),
      version: 1,
      parent: namehash(parent),
    })
    expect(await f.events(created.hash, 'SubnameChanged')).toEqual([
      { parent: namehash(parent), node: namehash(`www.${parent}`), label: 'www', owner: f.address(3), version: 1 },
    ])
    await f.as(3).setAddress(`www.${parent}`, f.address(3))
    await f.as(0).setSubnameOwner(parent, 'www', f.address(4))
    expect(await f.as(0).nameInfo(`www.${parent}`)).toMatchObject({ owner: f.address(4), version: 2 })
    expect(await f.as(0).getAddress(`www.${parent}`)).toBeNull()
    await f.as(0).setSubnameOwner(parent, 'www', '0x0000000000000000000000000000000000000000')
    expect((await f.as(0).nameInfo(`www.${parent}`)).status).toBe('unregistered')
  })

  it('refuses subnames from anyone but the parent holder, and invalid labels', async () => {
    const parent = await f.register('strict')
    await expectRevert(f.as(1).setSubnameOwner(parent, 'www', f.address(1)), 'NamesRegistryNotOwner')
    await expectRevert(
      f.send(0, { ...registry(), functionName: 'setSubnodeOwner', args: [namehash(parent), 'Bad', f.address(1)] }),
      'LabelInvalid',
    )
    await expectRevert(f.as(0).setSubnameOwner('blockgov.alt', 'root', f.address(1)), 'NamesRegistryNotOwner')
  })

  it('drops subnames (and their records) when the parent changes hands', async () => {
    const parent = await f.register('sold')
    const www = `www.${parent}`
    await f.as(0).setSubnameOwner(parent, 'www', f.address(0))
    await f.as(0).setAddress(www, f.address(0))
    await f.as(0).transfer(parent, f.address(5))
    expect(await f.as(0).nameInfo(www)).toMatchObject({ status: 'unregistered', owner: null, resolver: null })
    expect(await f.as(0).getAddress(www)).toBeNull()
    await expectRevert(f.as(0).setAddress(www, f.address(1)), 'NamesRegistryNameExpired')
    await f.as(5).setSubnameOwner(parent, 'www', f.address(5))
    expect(await f.as(0).nameInfo(www)).toMatchObject({ owner: f.address(5), version: 2, status: 'active' })
    expect(await f.as(0).getAddress(www)).toBeNull()
  })

  it('gives subnames their parent’s expiry and grace', async () => {
    const parent = await f.register('family')
    const child = `a.${parent}`
    await f.as(0).setSubnameOwner(parent, 'a', f.address(1))
    const { expiry } = await f.as(0).nameInfo(parent)
    expect((await f.as(0).nameInfo(child)).expiry).toBe(expiry)
    await f.mineAt(expiry + 1)
    expect((await f.as(0).nameInfo(child)).status).toBe('grace')
    await f.mineAt(expiry + TEST_RULES.gracePeriod + 1)
    expect((await f.as(0).nameInfo(child)).status).toBe('unregistered')
  })
})

describe('NamesRegistry resolver choice', () => {
  it('uses a chosen resolver for the current version only, and the default after a transfer', async () => {
    const name = await f.register('custom')
    const result = await f.as(0).setResolver(name, f.address(8))
    expect(await f.events(result.hash, 'ResolverChanged')).toEqual([
      { node: namehash(name), resolver: f.address(8), version: 1 },
    ])
    expect((await f.as(0).nameInfo(name)).resolver).toBe(f.address(8))
    await f.as(0).transfer(name, f.address(1))
    expect((await f.as(0).nameInfo(name)).resolver).toBe(f.deployment.resolver)
    await expectRevert(f.as(0).setResolver(name, f.address(8)), 'NamesRegistryNotOwner')
  })
})
