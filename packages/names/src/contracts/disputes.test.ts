import type { Address } from 'viem'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Remedy } from '../disputes.ts'
import { remedyCode } from '../disputes.ts'
import { namehash } from '../namehash.ts'
import { contracts, DAY, expectRevert, type Fixture, startFixture, TEST_MEMBERS, TEST_RULES, YEAR } from './fixture.ts'

let f: Fixture
let snapshot: `0x${string}`
let name: string

const rules = TEST_RULES.disputes
const reason = { reason: 'Impersonates a registered charity', evidenceUri: 'ipfs://evidence' }
const ZERO: Address = '0x0000000000000000000000000000000000000000'

beforeAll(async () => {
  f = await startFixture()
  name = await f.register('contested')
  await f.as(0).setDnsRecords(name, [{ name, type: 'A', ttl: 300, data: '192.0.2.1' }])
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

const disputes = () => ({ address: f.deployment.disputes, abi: contracts.disputes })

/** The council's decision, sent as the timelock would send it after a passed proposal. */
function decide(id: bigint, remedy: Remedy, recipient: Address = ZERO, functionName = 'decide') {
  return f.send(f.deployment.timelock, { ...disputes(), functionName, args: [id, remedyCode(remedy), recipient] })
}

function file() {
  return f.as(9).disputes.file(name, reason)
}

describe('NamesDisputes filing', () => {
  it('files on the public docket and freezes transfers and record changes, but not resolution or renewal', async () => {
    const filed = await file()
    expect(filed.id).toBe(1n)
    const [event] = await f.events(filed.hash, 'DisputeFiled')
    expect(event).toMatchObject({
      id: 1n,
      node: namehash(name),
      filer: f.address(9),
      label: 'contested',
      reason: reason.reason,
    })
    const info = await f.as(0).nameInfo(name)
    expect(info).toMatchObject({ frozen: true, frozenUntil: filed.decisionDeadline })
    await expectRevert(f.as(0).transfer(name, f.address(1)), 'NamesRegistryNameFrozen')
    await expectRevert(f.as(0).setAddress(name, f.address(1)), 'NamesRegistryNameFrozen')
    await expectRevert(f.as(0).setSubnameOwner(name, 'www', f.address(1)), 'NamesRegistryNameFrozen')
    expect((await f.as(0).getDnsRecords(name, 'A'))[0]?.data).toBe('192.0.2.1')
    await f.as(0).renew(name, YEAR)
    expect(await f.as(0).disputes.openDisputeFor(name)).toBe(1n)
    expect((await f.as(0).disputes.docket()).map((e) => e.event)).toEqual(['DisputeFiled'])
  })

  it('refuses unregistered names, a second open dispute and the wrong deposit', async () => {
    await expectRevert(f.as(9).disputes.file('nobody.blockgov.alt', reason), 'NamesDisputesNameNotRegistered')
    await file()
    await expectRevert(file(), 'NamesDisputesAlreadyOpen')
    await f.register('other')
    await expectRevert(
      f.send(9, { ...disputes(), functionName: 'file', args: ['other', 'r', 'e'], value: 1n }),
      'NamesDisputesWrongDeposit',
    )
  })

  it('takes a deposit when governance sets one, and refunds it when the dispute lapses', async () => {
    const params = { ...rules, deposit: 10n ** 16n }
    await f.send(f.deployment.timelock, { ...disputes(), functionName: 'setParameters', args: [params] })
    const filed = await file()
    expect((await f.as(0).disputes.get(filed.id)).deposit).toBe(10n ** 16n)
    await f.mineAt(filed.decisionDeadline + 1)
    await f.as(0).disputes.finalise(filed.id)
    const withdrawable = { ...disputes(), functionName: 'withdrawable', args: [f.address(9)] } as const
    expect(await f.clients.publicClient.readContract(withdrawable)).toBe(10n ** 16n)
    await f.as(9).disputes.withdraw()
    await expectRevert(f.as(9).disputes.withdraw(), 'NamesDisputesNothingToWithdraw')
  })
})

describe('NamesDisputes deadlines', () => {
  it('lapses on its own after the deadline: the freeze ends without anyone acting', async () => {
    const filed = await file()
    await f.mineAt(filed.decisionDeadline)
    expect((await f.as(0).nameInfo(name)).frozen).toBe(true)
    await f.mineAt(filed.decisionDeadline + 1)
    expect((await f.as(0).nameInfo(name)).frozen).toBe(false)
    await f.as(0).setAddress(name, f.address(0))
    await expectRevert(decide(filed.id, 'suspend'), 'NamesDisputesDeadlinePassed')
  })

  it('closes a lapsed dispute on finalise and then cools the name down before it can be disputed again', async () => {
    const filed = await file()
    await expectRevert(f.as(0).disputes.finalise(filed.id), 'NamesDisputesNotFinal')
    await f.mineAt(filed.decisionDeadline + 1)
    const closed = await f.as(0).disputes.finalise(filed.id)
    expect(await f.events(closed.hash, 'DisputeClosed')).toEqual([{ id: filed.id, node: namehash(name), outcome: 1 }])
    expect(await f.as(0).disputes.get(filed.id)).toMatchObject({ stage: 'closed', outcome: 'lapsed' })
    await expectRevert(file(), 'NamesDisputesCoolingDown')
    const read = f.clients.publicClient
    const until = await read.readContract({ ...disputes(), functionName: 'cooldownUntil', args: [namehash(name)] })
    expect(until).toBe(BigInt((await f.now()) + rules.cooldown))
    expect(await read.readContract({ ...disputes(), functionName: 'disputeCount' })).toBe(1n)
    await f.advance(rules.cooldown)
    await file()
    await expectRevert(f.as(0).disputes.finalise(filed.id), 'NamesDisputesWrongStage')
  })
})

describe('NamesDisputes decisions and appeals', () => {
  it('suspends after an unappealed window: resolution stops, the name cannot be renewed', async () => {
    const filed = await file()
    const decided = await decide(filed.id, 'suspend')
    const [event] = await f.events(decided.transactionHash, 'DisputeDecided')
    const appealDeadline = Number(event?.appealDeadline)
    expect(appealDeadline).toBe(Number((await f.as(0).disputes.get(filed.id)).appealDeadline))
    await expectRevert(f.as(0).disputes.finalise(filed.id), 'NamesDisputesNotFinal')
    await f.mineAt(appealDeadline + 1)
    expect((await f.as(0).nameInfo(name)).frozen).toBe(true)
    await f.as(3).disputes.finalise(filed.id)
    expect(await f.as(0).nameInfo(name)).toMatchObject({ status: 'suspended', frozen: false, resolver: null })
    expect(await f.as(0).getDnsRecords(name, 'A')).toEqual([])
    await expectRevert(f.as(0).renew(name, YEAR), 'NamesRegistrarNameSuspended')
    await expectRevert(f.as(0).setAddress(name, f.address(0)), 'NamesRegistryNameSuspended')
    expect(await f.as(0).disputes.get(filed.id)).toMatchObject({ outcome: 'suspended' })
  })

  it('transfers to the recipient, who starts without the old records', async () => {
    const filed = await file()
    await decide(filed.id, 'transfer', f.address(9))
    await f.advance(rules.appealWindow + 1)
    await f.as(0).disputes.finalise(filed.id)
    const info = await f.as(0).nameInfo(name)
    expect(info).toMatchObject({ owner: f.address(9), version: 2, status: 'active', frozen: false })
    expect(await f.as(0).getDnsRecords(name, 'A')).toEqual([])
    await f.as(9).setAddress(name, f.address(9))
  })

  it('dismisses: the holder keeps the name, the deposit goes to the treasury, the name cools down', async () => {
    await f.send(f.deployment.timelock, {
      ...disputes(),
      functionName: 'setParameters',
      args: [{ ...rules, deposit: 5n }],
    })
    const filed = await file()
    await decide(filed.id, 'dismiss')
    await f.advance(rules.appealWindow + 1)
    await f.as(0).disputes.finalise(filed.id)
    expect(await f.as(0).nameInfo(name)).toMatchObject({ owner: f.address(0), frozen: false })
    const treasury = { ...disputes(), functionName: 'withdrawable', args: [f.deployment.timelock] } as const
    expect(await f.clients.publicClient.readContract(treasury)).toBe(5n)
    await expectRevert(file(), 'NamesDisputesCoolingDown')
  })

  it('lets the holder or the filer appeal within the window, and the council decide the appeal in time', async () => {
    const filed = await file()
    await decide(filed.id, 'transfer', f.address(9))
    await expectRevert(f.as(5).disputes.appeal(filed.id, reason), 'NamesDisputesNotParty')
    await f.as(0).disputes.appeal(filed.id, { reason: 'I hold a trademark', evidenceUri: 'ipfs://tm' })
    await expectRevert(f.as(9).disputes.appeal(filed.id, reason), 'NamesDisputesWrongStage')
    const overturned = await decide(filed.id, 'dismiss', ZERO, 'decideAppeal')
    expect(await f.events(overturned.transactionHash, 'DisputeAppealDecided')).toHaveLength(1)
    expect(await f.as(0).nameInfo(name)).toMatchObject({ owner: f.address(0), frozen: false })
    expect(await f.as(0).disputes.get(filed.id)).toMatchObject({ stage: 'closed', outcome: 'dismissed' })
    const events = (await f.as(0).disputes.docket()).map((e) => e.event)
    expect(events).toEqual([
      'DisputeFiled',
      'DisputeDecided',
      'DisputeAppealed',
      'DisputeAppealDecided',
      'DisputeClosed',
    ])
  })

  it('closes the appeal window and lets the decision stand when an appeal is not decided in time', async () => {
    const late = await file()
    await decide(late.id, 'suspend')
    await f.advance(rules.appealWindow + 1)
    await expectRevert(f.as(0).disputes.appeal(late.id, reason), 'NamesDisputesDeadlinePassed')
    await f.revert(snapshot)
    snapshot = await f.snapshot()
    const filed = await file()
    await decide(filed.id, 'suspend')
    await f.as(9).disputes.appeal(filed.id, reason)
    const { appealDecisionDeadline } = await f.as(0).disputes.get(filed.id)
    await expectRevert(f.as(0).disputes.finalise(filed.id), 'NamesDisputesNotFinal')
    await f.mineAt(appealDecisionDeadline + 1)
    await expectRevert(decide(filed.id, 'dismiss', ZERO, 'decideAppeal'), 'NamesDisputesDeadlinePassed')
    await f.as(0).disputes.finalise(filed.id)
    expect((await f.as(0).nameInfo(name)).status).toBe('suspended')
  })

  it('accepts decisions only from the timelock, at the right stage, with a coherent remedy', async () => {
    const filed = await file()
    await expectRevert(
      f.send(1, { ...disputes(), functionName: 'decide', args: [filed.id, 1, ZERO] }),
      'OwnableUnauthorizedAccount',
    )
    await expectRevert(decide(filed.id, 'transfer'), 'NamesDisputesInvalidRemedy')
    await expectRevert(decide(filed.id, 'suspend', f.address(1)), 'NamesDisputesInvalidRemedy')
    await expectRevert(decide(filed.id, 'suspend', ZERO, 'decideAppeal'), 'NamesDisputesWrongStage')
    await expectRevert(decide(99n, 'suspend'), 'NamesDisputesWrongStage')
    await expectRevert(
      f.send(f.deployment.timelock, {
        ...disputes(),
        functionName: 'setParameters',
        args: [{ ...rules, decisionPeriod: 0 }],
      }),
      'NamesDisputesInvalidParameters',
    )
  })

  it('runs a whole case through a council proposal and the timelock', async () => {
    const filed = await file()
    const council = f.as(1).council
    const { id } = await council.propose([council.actions.decideDispute(filed.id, 'transfer', f.address(9))], 'Case 1')
    for (const m of TEST_MEMBERS) await f.as(m.index).council.vote(id, 'for')
    await f.advance(TEST_RULES.votingPeriod + 1)
    await council.queue(id)
    await f.advance(TEST_RULES.timelockDelay)
    await council.execute(id)
    expect(await f.as(0).disputes.get(filed.id)).toMatchObject({
      stage: 'decided',
      remedy: 'transfer',
      recipient: f.address(9),
    })
    await f.advance(rules.appealWindow + DAY)
    await f.as(9).disputes.finalise(filed.id)
    expect((await f.as(0).nameInfo(name)).owner).toBe(f.address(9))
  })
})
