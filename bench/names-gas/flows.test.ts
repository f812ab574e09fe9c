import { describe, expect, it } from 'vitest'
import { measureGas, TARGETS } from './flows.ts'

describe('names gas flows', () => {
  it('stays within 0.8 × ENS for commit + register + first address or DNS A record', async () => {
    const report = await measureGas()
    expect(report.flows.withAddress).toBeLessThanOrEqual(BigInt(TARGETS.withAddress.ceiling))
    expect(report.flows.withDnsA).toBeLessThanOrEqual(BigInt(TARGETS.withDnsA.ceiling))
    // Overwrites are cheaper than first writes (the version-keyed slots are reused, not re-created).
    expect(report.gas.setAddrOverwrite).toBeLessThan(report.gas.setAddrFirst)
    expect(report.gas.setDnsAOverwrite).toBeLessThan(report.gas.setDnsAFirst)
  }, 120_000)
})
