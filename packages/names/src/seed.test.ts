import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Anvil, startAnvil } from './anvil.ts'
import { anvilAccount, type ChainClients, connectChain } from './chain.ts'
import { createNamesClient } from './client.ts'
import { deployNames, type NamesDeployment } from './deploy.ts'
import { demoDeployOptions, seedDemo } from './seed.ts'

let anvil: Anvil
let clients: ChainClients
let deployment: NamesDeployment

beforeAll(async () => {
  anvil = await startAnvil()
  clients = await connectChain({ rpcUrl: anvil.rpcUrl })
  const deployer = await connectChain({ rpcUrl: anvil.rpcUrl, account: anvilAccount(0) })
  deployment = await deployNames(deployer, demoDeployOptions())
})
afterAll(async () => {
  await anvil?.stop()
})

describe('seedDemo', () => {
  it('seats one member per stakeholder group', async () => {
    const groups = await createNamesClient(clients, deployment).council.groups()
    expect(groups.map((g) => g.members)).toEqual([1, 1, 1, 1, 1])
  })

  it('registers example.blockgov.alt with A, AAAA and TXT records that resolve, and is idempotent', async () => {
    const seeded = await seedDemo(clients, deployment)
    expect(seeded.names).toEqual(['example.blockgov.alt', 'council.blockgov.alt', 'sprint.blockgov.alt'])
    const names = createNamesClient(clients, deployment)
    expect((await names.getDnsRecords('example.blockgov.alt', 'A'))[0]?.data).toBe('192.0.2.10')
    expect((await names.getDnsRecords('example.blockgov.alt', 'AAAA'))[0]?.data).toBe('2001:db8::10')
    expect((await names.getDnsRecords('example.blockgov.alt', 'TXT'))[0]?.data).toEqual([Buffer.from('v=spf1 -all')])
    expect(await names.resolveDns('www.example.blockgov.alt', 'CNAME')).toMatchObject({
      zone: 'www.example.blockgov.alt',
      records: [{ data: 'example.blockgov.alt' }],
    })
    expect(await names.resolveDns('mail.example.blockgov.alt', 'A')).toMatchObject({
      zone: 'example.blockgov.alt',
      records: [{ data: '192.0.2.25' }],
    })
    expect(await names.resolveDns('nothing.blockgov.alt', 'A')).toBeNull()
    expect(await names.available('nic.blockgov.alt')).toBe(false)
    expect((await seedDemo(clients, deployment)).names).toEqual([])
  })

  it('gives read-only clients a NO_ACCOUNT error on writes', async () => {
    const names = createNamesClient(clients, deployment)
    await expect(names.transfer('example.blockgov.alt', anvilAccount(1).address)).rejects.toMatchObject({
      code: 'NO_ACCOUNT',
    })
  })
})
