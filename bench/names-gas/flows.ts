/**
 * Gas per flow of the blockgov name system, measured on anvil through the real client, beside ENS's figures for
 * the same operations (from /work/shared/research/ens-gas.md: ENS 1.2.2 on anvil 1.7.1).
 */
import {
  anvilAccount,
  anvilTestClient,
  connectChain,
  createNamesClient,
  deployNames,
  startAnvil,
} from '@blockgov/names'

const YEAR = 365 * 86_400

/** ENS's gas for the operations we compare, `null` where ENS has no equivalent. */
export const ENS_GAS = {
  commit: 44_194,
  register: 248_830,
  setAddrFirst: 65_424,
  setAddrOverwrite: 48_312,
  setTextFirst: 63_624,
  setTextOverwrite: 46_524,
  setDnsAFirst: 92_780,
  setDnsAOverwrite: 53_106,
  setDnsTwoAFirst: 167_469,
  renew: 80_918,
  transfer: 37_110,
} as const
export type Operation = keyof typeof ENS_GAS

/** Human labels for the table, in the research document's words. */
export const OPERATION_LABELS: Readonly<Record<Operation, string>> = {
  commit: 'commit',
  register: 'register, 1 year (default resolver, no records)',
  setAddrFirst: 'set address record, first write',
  setAddrOverwrite: 'set address record, overwrite',
  setTextFirst: 'set text `url` (27 bytes), first write',
  setTextOverwrite: 'set text `url` (27 bytes), overwrite',
  setDnsAFirst: 'set DNS, one A record, first write',
  setDnsAOverwrite: 'set DNS, one A record, overwrite',
  setDnsTwoAFirst: 'set DNS, two A records in one call, first write',
  renew: 'renew, 1 year',
  transfer: 'transfer (ENS: NameWrapper ERC-1155 transfer)',
}

/** The reference flows of the target: ENS's totals and the ceiling (0.8 × ENS). */
export const TARGETS = {
  withAddress: { ens: 358_448, ceiling: 286_758 },
  withDnsA: { ens: 385_804, ceiling: 308_643 },
} as const

/** Our gas per operation, and the two reference flows. */
export interface GasReport {
  gas: Record<Operation, bigint>
  flows: { withAddress: bigint; withDnsA: bigint }
}

const URL_27 = 'https://example.blockgov.io' // 27 bytes, as in the ENS measurement

/** Starts anvil, deploys with the default (production) rules, runs every flow once and stops anvil. */
export async function measureGas(): Promise<GasReport> {
  const anvil = await startAnvil()
  try {
    const owner = anvilAccount(0)
    const clients = await connectChain({ rpcUrl: anvil.rpcUrl, account: owner })
    const deployment = await deployNames(clients, { members: [{ address: anvilAccount(1).address, group: 0 }] })
    const names = createNamesClient(clients, deployment)
    const testClient = anvilTestClient(clients)
    const advanceTime = async (seconds: number) => {
      await testClient.increaseTime({ seconds })
      await testClient.mine({ blocks: 1 })
    }
    const register = (label: string) => names.registerName(names.nameFor(label), { duration: YEAR, advanceTime })
    const a = (name: string, ip: string) => ({ name, type: 'A' as const, ttl: 300, data: ip })

    const first = await register('example')
    const example = names.nameFor('example')
    const setAddrFirst = await names.setAddress(example, owner.address)
    const setAddrOverwrite = await names.setAddress(example, anvilAccount(2).address)
    const setTextFirst = await names.setText(example, 'url', URL_27)
    const setTextOverwrite = await names.setText(example, 'url', URL_27.replace('io', 'eu'))
    const setDnsAFirst = await names.setDnsRecords(example, [a(example, '192.0.2.1')])
    const setDnsAOverwrite = await names.setDnsRecords(example, [a(example, '192.0.2.2')])

    const second = names.nameFor('second')
    await register('second')
    const setDnsTwoAFirst = await names.setDnsRecords(second, [a(second, '192.0.2.1'), a(second, '192.0.2.2')])
    const renew = await names.renew(example, YEAR)
    const transfer = await names.transfer(second, anvilAccount(3).address)

    const gas: Record<Operation, bigint> = {
      commit: first.commit.gasUsed,
      register: first.gasUsed,
      setAddrFirst: setAddrFirst.gasUsed,
      setAddrOverwrite: setAddrOverwrite.gasUsed,
      setTextFirst: setTextFirst.gasUsed,
      setTextOverwrite: setTextOverwrite.gasUsed,
      setDnsAFirst: setDnsAFirst.gasUsed,
      setDnsAOverwrite: setDnsAOverwrite.gasUsed,
      setDnsTwoAFirst: setDnsTwoAFirst.gasUsed,
      renew: renew.gasUsed,
      transfer: transfer.gasUsed,
    }
    return {
      gas,
      flows: {
        withAddress: gas.commit + gas.register + gas.setAddrFirst,
        withDnsA: gas.commit + gas.register + gas.setDnsAFirst,
      },
    }
  } finally {
    await anvil.stop()
  }
}
