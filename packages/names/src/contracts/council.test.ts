import { keccak256, stringToHex } from 'viem'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CouncilAction, Support } from '../council.ts'
import { contracts, expectRevert, type Fixture, startFixture, TEST_MEMBERS, TEST_RULES } from './fixture.ts'

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

const council = () => f.as(1).council
const reserve = (label: string): CouncilAction => council().actions.setReserved([label], true)

/** Opens a proposal as account 1 and casts `votes` (account index → support). */
async function proposeAndVote(actions: CouncilAction[], votes: Record<number, Support>): Promise<bigint> {
  const { id } = await council().propose(actions, 'test proposal')
  for (const [index, support] of Object.entries(votes)) await f.as(Number(index)).council.vote(id, support)
  return id
}

const everyoneFor = (): Record<number, Support> => Object.fromEntries(TEST_MEMBERS.map((m) => [m.index, 'for']))

async function closeVote(): Promise<void> {
  await f.advance(TEST_RULES.votingPeriod + 1)
}

/** Passes, queues and executes `actions` with every member for. */
async function enact(actions: CouncilAction[]): Promise<bigint> {
  const id = await proposeAndVote(actions, everyoneFor())
  await closeVote()
  await council().queue(id)
  await f.advance(TEST_RULES.timelockDelay)
  await council().execute(id)
  return id
}

describe('NamesCouncil concurrent majority', () => {
  it('passes with a majority in every group and a quorum, then runs through the timelock after its delay', async () => {
    const id = await proposeAndVote([reserve('alpha')], everyoneFor())
    expect((await council().proposal(id)).state).toBe('active')
    await expectRevert(council().queue(id), 'NamesCouncilWrongState')
    await closeVote()
    expect((await council().proposal(id)).state).toBe('succeeded')
    const { readyAt } = await council().queue(id)
    const details = await expectRevert(council().execute(id), 'NamesCouncilNotReady')
    expect(details.readyAt).toBe(BigInt(readyAt))
    await f.setNextTimestamp(readyAt)
    await council().execute(id)
    expect((await council().proposal(id)).state).toBe('executed')
    expect(await f.as(0).available('alpha.blockgov.alt')).toBe(false)
    await expectRevert(council().execute(id), 'NamesCouncilWrongState')
  })

  it('fails when one group votes against, however large the overall majority', async () => {
    const id = await proposeAndVote([reserve('beta')], { ...everyoneFor(), 2: 'against' })
    await closeVote()
    const p = await council().proposal(id)
    expect(p.state).toBe('defeated')
    expect(p.tallies[1]).toEqual({ group: 1, for: 0, against: 1, abstain: 0 })
    expect(p.tallies[0]).toEqual({ group: 0, for: 3, against: 0, abstain: 0 })
  })

  it('needs more for than against inside a group with several members; abstentions do not count either way', async () => {
    const split = await proposeAndVote([reserve('gamma')], { ...everyoneFor(), 6: 'against', 7: 'against' })
    const tie = await proposeAndVote([reserve('gamma')], { ...everyoneFor(), 6: 'against', 7: 'abstain' })
    const abstaining = await proposeAndVote([reserve('gamma')], { ...everyoneFor(), 6: 'abstain', 7: 'abstain' })
    const narrow = await proposeAndVote([reserve('gamma')], { ...everyoneFor(), 7: 'against' })
    await closeVote()
    expect((await council().proposal(split)).state).toBe('defeated')
    expect((await council().proposal(tie)).state).toBe('defeated')
    expect((await council().proposal(abstaining)).state).toBe('succeeded')
    expect((await council().proposal(narrow)).state).toBe('succeeded')
  })

  it('fails when a group with members does not vote at all', async () => {
    const votes = everyoneFor()
    delete votes[5]
    const id = await proposeAndVote([reserve('delta')], votes)
    await closeVote()
    expect((await council().proposal(id)).state).toBe('defeated')
  })

  it('ignores groups without members', async () => {
    await enact([council().actions.removeMember(f.address(5))])
    const votes = everyoneFor()
    delete votes[5]
    const id = await proposeAndVote([reserve('epsilon')], votes)
    await closeVote()
    const p = await council().proposal(id)
    expect(p.groupsVoting).toEqual([0, 1, 2, 3])
    expect(p.state).toBe('succeeded')
  })

  it('needs a quorum of all members; abstentions count towards it', async () => {
    await enact([council().actions.setVotingRules(TEST_RULES.votingPeriod, 10_000)])
    const short = await proposeAndVote([reserve('zeta')], {
      1: 'for',
      2: 'for',
      3: 'for',
      4: 'for',
      5: 'for',
      6: 'for',
    })
    const full = await proposeAndVote([reserve('zeta')], { ...everyoneFor(), 6: 'abstain', 7: 'abstain' })
    await closeVote()
    const p = await council().proposal(short)
    expect(p).toMatchObject({ quorum: 7, votes: 6, state: 'defeated' })
    expect((await council().proposal(full)).state).toBe('succeeded')
  })
})

describe('NamesCouncil voting rules', () => {
  it('refuses proposals and votes from non-members, double votes, and votes after the end', async () => {
    await expectRevert(f.as(9).council.propose([reserve('x')], 'no'), 'NamesCouncilNotMember')
    await expectRevert(council().propose([], 'empty'), 'NamesCouncilInvalidProposal')
    const id = await proposeAndVote([reserve('x')], { 1: 'for' })
    await expectRevert(f.as(9).council.vote(id, 'for'), 'NamesCouncilNotMember')
    await expectRevert(council().vote(id, 'against'), 'NamesCouncilAlreadyVoted')
    const c = { address: f.deployment.council, abi: contracts.council }
    const read = f.clients.publicClient
    expect(await read.readContract({ ...c, functionName: 'hasVoted', args: [id, f.address(1)] })).toBe(true)
    expect(await read.readContract({ ...c, functionName: 'hasVoted', args: [id, f.address(2)] })).toBe(false)
    expect(await council().proposalCount()).toBe(id)
    await closeVote()
    await expectRevert(f.as(2).council.vote(id, 'for'), 'NamesCouncilWrongState')
    await expectRevert(council().vote(999n, 'for'), 'NamesCouncilUnknownProposal')
  })

  it('does not let members seated after a proposal vote on it', async () => {
    const seat = await proposeAndVote(
      [council().actions.setSeats(1, 2), council().actions.addMember(f.address(8), 1)],
      everyoneFor(),
    )
    await closeVote()
    await council().queue(seat)
    await f.advance(TEST_RULES.timelockDelay - 60)
    const before = await proposeAndVote([reserve('eta')], {})
    await f.advance(60)
    await council().execute(seat)
    expect(await council().memberGroup(f.address(8))).toBe(1)
    expect((await council().proposal(before)).state).toBe('active')
    await expectRevert(f.as(8).council.vote(before, 'for'), 'NamesCouncilNotEligible')
    const after = await proposeAndVote([reserve('eta')], { 8: 'for' })
    expect((await council().proposal(after)).tallies[1]).toMatchObject({ for: 1 })
  })

  it('lets only the proposer cancel, and only during the vote', async () => {
    const id = await proposeAndVote([reserve('theta')], {})
    await expectRevert(f.as(2).council.cancel(id), 'NamesCouncilNotProposer')
    await council().cancel(id)
    expect((await council().proposal(id)).state).toBe('canceled')
    await expectRevert(f.as(2).council.vote(id, 'for'), 'NamesCouncilWrongState')
  })
})

describe('NamesCouncil governance powers', () => {
  it('changes membership and seats only through the timelock, within seats, never below one member', async () => {
    const c = { address: f.deployment.council, abi: contracts.council }
    await expectRevert(
      f.send(1, { ...c, functionName: 'addMember', args: [f.address(8), 0] }),
      'NamesCouncilOnlyTimelock',
    )
    const tl = f.deployment.timelock
    await expectRevert(
      f.send(tl, { ...c, functionName: 'addMember', args: [f.address(8), 0] }),
      'NamesCouncilGroupFull',
    )
    await expectRevert(
      f.send(tl, { ...c, functionName: 'addMember', args: [f.address(8), 9] }),
      'NamesCouncilUnknownGroup',
    )
    await expectRevert(
      f.send(tl, { ...c, functionName: 'addMember', args: [f.address(1), 1] }),
      'NamesCouncilAlreadyMember',
    )
    await expectRevert(f.send(tl, { ...c, functionName: 'setSeats', args: [0, 2] }), 'NamesCouncilSeatsBelowMembers')
    await expectRevert(
      f.send(tl, { ...c, functionName: 'removeMember', args: [f.address(9)] }),
      'NamesCouncilNotMember',
    )
    await expectRevert(
      f.send(tl, { ...c, functionName: 'setVotingRules', args: [0n, 5000] }),
      'NamesCouncilInvalidParameters',
    )
    for (const m of TEST_MEMBERS.slice(1)) {
      await f.send(tl, { ...c, functionName: 'removeMember', args: [f.address(m.index)] })
    }
    await expectRevert(
      f.send(tl, { ...c, functionName: 'removeMember', args: [f.address(1)] }),
      'NamesCouncilLastMember',
    )
    expect(await f.clients.publicClient.readContract({ ...c, functionName: 'memberCount' })).toBe(1n)
  })

  it('surfaces a failing action at execution (seating a member in a full group)', async () => {
    const id = await proposeAndVote([council().actions.addMember(f.address(8), 0)], everyoneFor())
    await closeVote()
    await council().queue(id)
    await f.advance(TEST_RULES.timelockDelay)
    await expectRevert(council().execute(id), 'NamesCouncilGroupFull')
  })

  it('changes the timelock delay, fees and reserved names by proposal', async () => {
    await enact([
      council().actions.setTimelockDelay(7_200),
      council().actions.setAnnualFees([0, 0, 0, 0, 1_000]),
      council().actions.setReserved(['iota'], true),
    ])
    const delay = await f.clients.publicClient.readContract({
      address: f.deployment.timelock,
      abi: (await import('@blockgov/names-contracts')).namesTimelockArtifact.abi,
      functionName: 'getMinDelay',
    })
    expect(delay).toBe(7_200n)
    expect(await f.as(0).rentPrice('iotaaa.blockgov.alt', 365 * 86_400)).toBe(1_000n * 10n ** 9n)
    expect(await f.as(0).available('iota.blockgov.alt')).toBe(false)
  })

  it('cannot be deployed with inconsistent groups, members or rules', async () => {
    const { namesCouncilArtifact } = await import('@blockgov/names-contracts')
    const { transact } = await import('../transact.ts')
    const deploy = (
      groups: string[],
      seats: number[],
      members: `0x${string}`[],
      memberGroups: number[],
      quorum = 5_000,
    ) =>
      transact(f.clients, (w) =>
        w.deployContract({
          abi: namesCouncilArtifact.abi,
          bytecode: namesCouncilArtifact.bytecode,
          args: [f.deployment.timelock, groups, seats, members, memberGroups, 3_600n, quorum],
        }),
      )
    await expectRevert(deploy([], [], [f.address(1)], [0]), 'NamesCouncilInvalidSetup')
    await expectRevert(deploy(['a'], [1, 2], [f.address(1)], [0]), 'NamesCouncilInvalidSetup')
    await expectRevert(deploy(['a'], [1], [], []), 'NamesCouncilInvalidSetup')
    await expectRevert(deploy(['a'], [1], [f.address(1), f.address(2)], [0, 0]), 'NamesCouncilGroupFull')
    await expectRevert(deploy(['a'], [1], [f.address(1)], [0], 10_001), 'NamesCouncilInvalidParameters')
  })

  it('leaves the deployer no power: the council alone proposes to the timelock', async () => {
    const { namesTimelockArtifact } = await import('@blockgov/names-contracts')
    const timelock = { address: f.deployment.timelock, abi: namesTimelockArtifact.abi }
    const hasRole = (role: `0x${string}`, who: `0x${string}`) =>
      f.clients.publicClient.readContract({ ...timelock, functionName: 'hasRole', args: [role, who] })
    const proposer = keccak256(stringToHex('PROPOSER_ROLE'))
    expect(await hasRole(`0x${'0'.repeat(64)}`, f.address(0))).toBe(false)
    expect(await hasRole(proposer, f.address(0))).toBe(false)
    expect(await hasRole(proposer, f.deployment.council)).toBe(true)
    await expectRevert(
      f.send(0, {
        ...timelock,
        functionName: 'schedule',
        args: [f.deployment.registrar, 0n, '0x', `0x${'0'.repeat(64)}`, `0x${'0'.repeat(64)}`, 3_600n],
      }),
      'AccessControlUnauthorizedAccount',
    )
    const groups = await council().groups()
    expect(groups.map((g) => g.name)).toEqual([
      'government',
      'private sector',
      'civil society',
      'technical community',
      'academia',
    ])
  })
})
