import { describe, expect, it } from 'vitest'
import { privacyMap } from '../dataset.ts'
import { CheckAnswers } from './answers.ts'
import { type CheckReport, type Level, runCheck } from './evaluate.ts'
import { checkExamples } from './examples.ts'

function example(id: string): CheckReport {
  const found = checkExamples.find((e) => e.id === id)
  if (found === undefined) throw new Error(`no example ${id}`)
  return runCheck(found.answers)
}

const levelOf = (report: CheckReport, node: string): Level | undefined =>
  report.findings.find((f) => f.node === node)?.level
const mitigationIds = (report: CheckReport) => report.mitigations.map((m) => m.node)
const provisionsOf = (report: CheckReport, jurisdiction: string) =>
  report.jurisdictions.find((j) => j.jurisdiction === jurisdiction)?.provisions ?? []

describe('runCheck: public land registry with names in clear', () => {
  const report = example('public-registry')

  it('rates erasure, rectification, transfers and controllership as high', () => {
    for (const node of [
      'tension-immutability-erasure',
      'tension-immutability-rectification',
      'tension-replication-transfers',
      'tension-controllership',
      'threat-disclosure',
      'obligation-dpia',
    ])
      expect(levelOf(report, node), node).toBe('high')
  })

  it('leads with moving the data off chain, with advice specific to the answers', () => {
    expect(report.mitigations[0]?.node).toBe('mitigation-offchain-storage')
    expect(report.mitigations[0]?.advice.join(' ')).toMatch(/salted commitment/)
    expect(mitigationIds(report)).toContain('mitigation-permissioned-ledger')
  })

  it('lists the EU and Brazilian erasure and transfer provisions', () => {
    expect(provisionsOf(report, 'eu-eea')).toEqual(expect.arrayContaining(['eu-erasure', 'eu-transfers', 'eu-dpia']))
    expect(provisionsOf(report, 'brazil')).toEqual(expect.arrayContaining(['br-erasure', 'br-transfers']))
  })

  it('does not raise automated decisions it was not told about', () => {
    expect(levelOf(report, 'tension-automated-execution')).toBeUndefined()
  })
})

describe('runCheck: consortium diploma register with salted hashes', () => {
  const report = example('diploma-consortium')

  it('flags hashing as pseudonymisation, at medium on a private ledger', () => {
    expect(levelOf(report, 'tension-hashing-not-anonymisation')).toBe('medium')
  })

  it('does not claim that clear-text erasure problems or worldwide transfers apply', () => {
    expect(levelOf(report, 'tension-immutability-erasure')).toBeUndefined()
    expect(levelOf(report, 'tension-replication-transfers')).toBe('low')
    expect(levelOf(report, 'obligation-transfers')).toBeUndefined()
  })

  it('asks the members to settle roles between them', () => {
    expect(levelOf(report, 'tension-controllership')).toBe('medium')
    expect(levelOf(report, 'obligation-joint-arrangement')).toBe('medium')
    expect(mitigationIds(report)).toContain('mitigation-controller-designation')
  })

  it('cites no Indian transfer provision, since transfers are only a low concern here', () => {
    expect(provisionsOf(report, 'india')).not.toContain('in-transfers')
  })
})

describe('runCheck: immutable refund contract with pseudonymous payers', () => {
  const report = example('payments-dapp')

  it('rates pseudonymous keys, linking and automated execution as high', () => {
    expect(levelOf(report, 'tension-pseudonymous-keys')).toBe('high')
    expect(levelOf(report, 'threat-linking')).toBe('high')
    expect(levelOf(report, 'tension-automated-execution')).toBe('high')
    expect(levelOf(report, 'tension-governance')).toBe('high')
  })

  it('rates erasure lower than for data written in clear', () => {
    expect(levelOf(report, 'tension-immutability-erasure')).toBe('medium')
  })

  it('suggests fresh addresses, zero-knowledge proofs and a human review path', () => {
    expect(mitigationIds(report)).toEqual(
      expect.arrayContaining([
        'mitigation-fresh-addresses',
        'mitigation-zero-knowledge-proofs',
        'mitigation-human-review',
      ]),
    )
  })

  it('lists the Chinese transfer and impact-assessment rules and the Californian definition', () => {
    expect(provisionsOf(report, 'china')).toEqual(expect.arrayContaining(['cn-transfers', 'cn-impact-assessment']))
    expect(provisionsOf(report, 'california')).toContain('ca-personal-information')
  })
})

describe('runCheck: private ledger without personal data', () => {
  const report = example('supply-chain')

  it('finds nothing above low and asks the reader to double-check signing keys', () => {
    expect(report.findings.every((f) => f.level === 'low')).toBe(true)
    expect(report.caveats.join(' ')).toMatch(/keys/)
    expect(provisionsOf(report, 'eu-eea')).toEqual([])
  })
})

describe('runCheck: general properties', () => {
  it('the examples produce four different reports', () => {
    const signatures = checkExamples.map((e) =>
      JSON.stringify(runCheck(e.answers).findings.map((f) => [f.node, f.level])),
    )
    expect(new Set(signatures).size).toBe(checkExamples.length)
  })

  it('every example is valid input', () => {
    for (const e of checkExamples) expect(CheckAnswers.safeParse(e.answers).success, e.id).toBe(true)
  })

  it('every finding, mitigation and provision refers to something in the map', () => {
    const nodes = new Set(privacyMap.nodes.map((n) => n.id))
    const provisions = new Set(privacyMap.jurisdictions.flatMap((j) => j.provisions.map((p) => p.id)))
    for (const e of checkExamples) {
      const report = runCheck(e.answers)
      for (const f of report.findings) expect(nodes.has(f.node), f.node).toBe(true)
      for (const m of report.mitigations) {
        expect(privacyMap.nodes.find((n) => n.id === m.node)?.kind, m.node).toBe('mitigation')
        for (const a of m.addresses) expect(nodes.has(a), a).toBe(true)
      }
      for (const p of report.jurisdictions.flatMap((j) => j.provisions)) expect(provisions.has(p), p).toBe(true)
    }
  })

  it('findings are sorted from high to low', () => {
    const order = { high: 0, medium: 1, low: 2 }
    const levels = example('public-registry').findings.map((f) => order[f.level])
    expect(levels).toEqual([...levels].sort((a, b) => a - b))
  })

  it('ignores an unknown jurisdiction with a caveat instead of failing', () => {
    const base = checkExamples[0]?.answers
    if (base === undefined) throw new Error('no examples')
    const report = runCheck({ ...base, jurisdictions: ['atlantis'] })
    expect(report.jurisdictions).toEqual([])
    expect(report.caveats).toContain('Unknown jurisdiction "atlantis" was ignored.')
  })

  it('rejects "none" combined with personal data', () => {
    const base = checkExamples[3]?.answers
    expect(CheckAnswers.safeParse({ ...base, onChain: ['none', 'hashes'] }).success).toBe(false)
  })
})
