import type { Address } from 'viem'
import { anvilAccount, anvilTestClient, type ChainClients, withAccount } from './chain.ts'
import { createNamesClient, type NamesClient } from './client.ts'
import type { AdvanceTime } from './context.ts'
import type { DeployOptions, NamesDeployment } from './deploy.ts'

const YEAR = 365 * 86_400

/** Anvil accounts 1–5 seat one member in each default group; account 0 deploys and holds the demo names. */
export function demoCouncilMembers(): DeployOptions['members'] {
  return [1, 2, 3, 4, 5].map((index, group) => ({ address: anvilAccount(index).address, group }))
}

/**
 * Deployment options for a local demo: the default rules, but a short timelock and vote so a proposal can be
 * walked through in minutes, and `nic` and `www` reserved.
 */
export function demoDeployOptions(): DeployOptions {
  return {
    members: demoCouncilMembers(),
    votingPeriod: 600,
    timelockDelay: 300,
    reserved: ['nic', 'www', 'whois'],
  }
}

/** What {@link seedDemo} registered. */
export interface SeededNames {
  owner: Address
  names: string[]
}

/**
 * Registers demo names on a dev chain: `example` (A, AAAA, TXT, MX records, an address and a `url` text record,
 * and a `www` subname), `council` and `sprint`. Uses anvil's clock to skip the commitment wait, so run it on
 * anvil only. Idempotent: names already registered are left alone.
 */
export async function seedDemo(clients: ChainClients, deployment: NamesDeployment): Promise<SeededNames> {
  const owner = anvilAccount(0)
  const names = createNamesClient(withAccount(clients, owner), deployment)
  const testClient = anvilTestClient(clients)
  const advanceTime: AdvanceTime = async (seconds) => {
    await testClient.increaseTime({ seconds })
    await testClient.mine({ blocks: 1 })
  }
  const example = names.nameFor('example')
  const registered: string[] = []
  for (const name of [example, names.nameFor('council'), names.nameFor('sprint')]) {
    if (await names.available(name)) {
      await names.registerName(name, { duration: YEAR, advanceTime })
      registered.push(name)
    }
  }
  if (registered.includes(example)) await seedExampleRecords(names, example, owner.address)
  return { owner: owner.address, names: registered }
}

async function seedExampleRecords(names: NamesClient, example: string, owner: Address): Promise<void> {
  const www = `www.${example}`
  await names.setDnsRecords(example, [
    { name: example, type: 'A', ttl: 300, data: '192.0.2.10' },
    { name: example, type: 'AAAA', ttl: 300, data: '2001:db8::10' },
    { name: example, type: 'TXT', ttl: 300, data: 'v=spf1 -all' },
    { name: example, type: 'MX', ttl: 300, data: { preference: 10, exchange: `mail.${example}` } },
    { name: `mail.${example}`, type: 'A', ttl: 300, data: '192.0.2.25' },
  ])
  await names.setAddress(example, owner)
  await names.setText(example, 'url', `https://${example}/`)
  await names.setSubnameOwner(example, 'www', owner)
  await names.setDnsRecords(www, [{ name: www, type: 'CNAME', ttl: 300, data: example }])
}
