/**
 * `npx tsx bench/names-gas/run.ts`: gas per flow of the name system beside ENS's figures, and the two target
 * flows (commit + register 1 year + first address / DNS A record) against 0.8 × ENS. Gas, not time: the figures
 * are exact and repeatable on any machine.
 */
import { ENS_GAS, measureGas, OPERATION_LABELS, type Operation, TARGETS } from './flows.ts'

const fmt = (n: bigint | number) => n.toLocaleString('en')
const ratio = (ours: bigint, ens: number) => `${(Number(ours) / ens).toFixed(2)}×`

const report = await measureGas()
const rows = (Object.keys(ENS_GAS) as Operation[]).map((op) => {
  const ours = report.gas[op]
  return `| ${OPERATION_LABELS[op]} | ${fmt(ours)} | ${fmt(ENS_GAS[op])} | ${ratio(ours, ENS_GAS[op])} |`
})
const flowRow = (label: string, ours: bigint, target: { ens: number; ceiling: number }) =>
  `| ${label} | ${fmt(ours)} | ${fmt(target.ens)} | ${ratio(ours, target.ens)} | ≤ ${fmt(target.ceiling)} | ${ours <= BigInt(target.ceiling) ? 'met' : 'MISSED'} |`

process.stdout.write(
  [
    '| operation | blockgov gas | ENS gas | ratio |',
    '|---|---:|---:|---:|',
    ...rows,
    '',
    '| flow | blockgov gas | ENS gas | ratio | target (0.8 × ENS) | |',
    '|---|---:|---:|---:|---:|---|',
    flowRow('commit + register 1 y + address record', report.flows.withAddress, TARGETS.withAddress),
    flowRow('commit + register 1 y + DNS A record', report.flows.withDnsA, TARGETS.withDnsA),
    '',
  ].join('\n'),
)
const met =
  report.flows.withAddress <= BigInt(TARGETS.withAddress.ceiling) &&
  report.flows.withDnsA <= BigInt(TARGETS.withDnsA.ceiling)
process.exitCode = met ? 0 : 1
