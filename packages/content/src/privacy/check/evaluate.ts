import { privacyMap } from '../dataset.ts'
import type { NodeId, PrivacyMap } from '../schema.ts'
import type { CheckAnswers } from './answers.ts'

/** How strongly a consideration applies to the described application. */
export type Level = 'high' | 'medium' | 'low'
const levels: readonly Level[] = ['high', 'medium', 'low']

/** One map node that applies, with the reasons drawn from the answers. */
export interface Finding {
  readonly node: NodeId
  readonly level: Level
  readonly reasons: readonly string[]
}

/** A mitigation worth considering, the applicable nodes it addresses, and advice specific to the answers. */
export interface MitigationAdvice {
  readonly node: NodeId
  readonly addresses: readonly NodeId[]
  readonly advice: readonly string[]
}

/** The provisions of one selected jurisdiction that bear on the findings. */
export interface JurisdictionProvisions {
  readonly jurisdiction: NodeId
  readonly provisions: readonly NodeId[]
}

export interface CheckReport {
  readonly answers: CheckAnswers
  /** Tensions, threats, duties and rights that apply, most serious first. */
  readonly findings: readonly Finding[]
  readonly mitigations: readonly MitigationAdvice[]
  readonly jurisdictions: readonly JurisdictionProvisions[]
  /** Things the answers leave open that the reader should check. */
  readonly caveats: readonly string[]
}

/** Collects findings, keeping the highest level and every reason for a node. */
class Findings {
  private readonly byNode = new Map<NodeId, { level: Level; reasons: string[] }>()
  private readonly advice = new Map<NodeId, string[]>()

  add(node: NodeId, level: Level, reason: string): void {
    const current = this.byNode.get(node)
    if (current === undefined) {
      this.byNode.set(node, { level, reasons: [reason] })
      return
    }
    if (levels.indexOf(level) < levels.indexOf(current.level)) current.level = level
    if (!current.reasons.includes(reason)) current.reasons.push(reason)
  }

  advise(mitigation: NodeId, text: string): void {
    const list = this.advice.get(mitigation) ?? []
    if (!list.includes(text)) list.push(text)
    this.advice.set(mitigation, list)
  }

  findings(): Finding[] {
    return [...this.byNode.entries()]
      .map(([node, { level, reasons }]) => ({ node, level, reasons }))
      .sort((a, b) => levels.indexOf(a.level) - levels.indexOf(b.level))
  }

  adviceFor(mitigation: NodeId): string[] {
    return this.advice.get(mitigation) ?? []
  }

  advisedMitigations(): NodeId[] {
    return [...this.advice.keys()]
  }
}

/**
 * The guided check: from answers about an application to the considerations and mitigations of the map
 * that apply, with the provisions of the selected jurisdictions. Pure; nothing is stored.
 *
 * @example
 * runCheck({ ledger: 'private-permissioned', onChain: ['none'], operators: 'single-organisation',
 *   locations: 'one-country', code: 'single-organisation', automatedDecisions: false, jurisdictions: ['eu-eea'] })
 */
export function runCheck(answers: CheckAnswers, map: PrivacyMap = privacyMap): CheckReport {
  const f = new Findings()
  const caveats: string[] = []
  const has = (kind: CheckAnswers['onChain'][number]) => answers.onChain.includes(kind)
  const personal = !has('none')
  const publicRead = answers.ledger !== 'private-permissioned'
  const openNetwork = answers.ledger === 'public-permissionless' || answers.operators === 'anyone'
  const exposure: Level = publicRead ? 'high' : 'medium'

  if (has('cleartext')) {
    const why = 'Personal data are written in clear to an append-only ledger.'
    f.add('tension-immutability-erasure', 'high', why)
    f.add('tension-immutability-rectification', 'high', why)
    f.add('tension-storage-limitation', 'high', why)
    f.add(
      'threat-disclosure',
      exposure,
      publicRead ? 'Anyone who reads the ledger can read the data.' : 'Every member node can read the data.',
    )
    f.add('tension-transparency-minimisation', exposure, 'Readable personal data are replicated to every node.')
    f.advise(
      'mitigation-offchain-storage',
      'Move the personal data to an erasable store and keep only a salted commitment on chain.',
    )
  }
  if (has('encrypted')) {
    f.add(
      'tension-immutability-erasure',
      'medium',
      'Ciphertext stays on every copy; only destroying keys can make it unreadable.',
    )
    f.add(
      'threat-disclosure',
      'medium',
      'Ciphertext is disclosed to every node and may be decrypted later if a key leaks or the algorithm is broken.',
    )
    f.advise(
      'mitigation-encryption-key-destruction',
      'Plan key destruction as your erasure route, and record how you prove it happened.',
    )
  }
  if (has('hashes')) {
    f.add(
      'tension-hashing-not-anonymisation',
      exposure,
      'Hashes of personal data are pseudonymised data, not anonymous data.',
    )
    f.add('threat-linking', 'medium', 'Identical inputs give identical hashes, which link records to each other.')
    f.advise(
      'mitigation-offchain-storage',
      'Use a secret random salt per record, kept off chain, and delete it when the data must be erased.',
    )
  }
  if (has('addresses')) {
    f.add('tension-pseudonymous-keys', exposure, 'Addresses belonging to individuals are recorded on chain.')
    f.add('threat-linking', publicRead ? 'high' : 'low', 'Transactions by the same key can be linked.')
    f.add(
      'threat-identifying',
      publicRead ? 'high' : 'low',
      'One address tied to a person exposes every transaction linked to it.',
    )
    f.add(
      'tension-immutability-erasure',
      'medium',
      'Addresses and their transaction history cannot be removed from the ledger.',
    )
    if (publicRead) {
      f.advise('mitigation-fresh-addresses', 'Have wallets use a fresh address for each transaction.')
      f.advise('mitigation-zero-knowledge-proofs', 'Consider shielded transactions or proofs that hide who paid whom.')
    }
  }
  if (has('pointers')) {
    f.add(
      'threat-detecting',
      'medium',
      'A pointer shows that a record about someone exists, even if its content is off chain.',
    )
    f.advise(
      'mitigation-offchain-storage',
      'Make pointers opaque (random identifiers), not names, e-mail addresses or guessable paths.',
    )
  }
  if (!personal) {
    caveats.push(
      'You said no personal data go on chain. Check the keys that sign your transactions and any metadata: if they belong to individuals, answer "addresses".',
    )
  }

  if (personal) {
    f.add(
      'obligation-dpia',
      has('cleartext') || openNetwork ? 'high' : 'medium',
      'Personal data are processed on a blockchain; assess the risk before you build.',
    )
    f.add(
      'obligation-by-design',
      'medium',
      'Erasure, rectification and minimisation must be designed in; they cannot be added to a ledger later.',
    )
    f.advise(
      'mitigation-necessity-assessment',
      'Record in the DPIA why a blockchain is needed and which alternatives you considered.',
    )
    if (publicRead)
      f.add('threat-unawareness', 'medium', 'Users must be told that what is written is public and permanent.')

    if (openNetwork) {
      f.add('tension-controllership', 'high', 'Anyone can run a node, so the parties that store the data are unknown.')
      f.advise('mitigation-permissioned-ledger', 'If you need to know who holds the data, use a permissioned network.')
      f.advise(
        'mitigation-controller-designation',
        'Name the controller for what your application writes, even if the network has none.',
      )
    } else if (answers.operators === 'known-organisations') {
      f.add(
        'tension-controllership',
        'medium',
        'Several organisations run nodes; decide who is controller and who is processor.',
      )
      f.add(
        'obligation-joint-arrangement',
        'medium',
        'Organisations that decide together are joint controllers unless one is designated.',
      )
      f.advise(
        'mitigation-controller-designation',
        'Designate one controller or set up a legal entity, and sign Art. 26 or Art. 28 terms.',
      )
    } else {
      f.add('role-controller', 'low', 'One organisation runs every node and is likely to decide purposes and means.')
    }

    if (answers.locations === 'worldwide' || answers.locations === 'unknown') {
      const why =
        answers.locations === 'unknown'
          ? 'You cannot say where nodes are, so you cannot check the conditions for transfers.'
          : 'Nodes holding copies run worldwide.'
      f.add('tension-replication-transfers', 'high', why)
      f.add('obligation-transfers', 'high', why)
      f.advise('mitigation-permissioned-ledger', 'A permissioned network lets members restrict where nodes run.')
    } else if (answers.locations === 'several-known-countries') {
      f.add('tension-replication-transfers', 'medium', 'Nodes in several countries hold copies.')
      f.add('obligation-transfers', 'medium', 'Each country outside your users’ jurisdiction needs a transfer basis.')
    } else {
      f.add(
        'tension-replication-transfers',
        'low',
        'Nodes are in one country; if users are elsewhere, writing to the chain may still transfer their data there.',
      )
    }
  }

  const codeReason: Record<CheckAnswers['code'], [Level, string]> = {
    'open-community': [
      'high',
      'Changes depend on the community adopting them; nobody can commit to ship a compliance fix.',
    ],
    nobody: ['high', 'The code cannot be changed, so a data-handling error cannot be corrected.'],
    consortium: ['medium', 'Members decide changes together; who answers for them must be agreed.'],
    'single-organisation': ['low', 'One organisation controls changes: it can fix problems, and it answers for them.'],
  }
  const [codeLevel, codeWhy] = codeReason[answers.code]
  f.add('tension-governance', personal ? codeLevel : 'low', codeWhy)
  if (answers.code === 'consortium')
    f.advise('mitigation-controller-designation', 'Write down who decides and answers for code changes.')

  if (answers.automatedDecisions) {
    const level: Level = answers.code === 'nobody' ? 'high' : 'medium'
    f.add('tension-automated-execution', level, 'Contracts take decisions that significantly affect people.')
    f.add(
      'right-automated-decisions',
      level,
      'People may be entitled to human intervention and to contest the outcome.',
    )
    f.advise('mitigation-human-review', 'Design an appeal path and a party able to suspend or reverse the outcome.')
  }

  const findings = f.findings()
  const applicable = new Set(findings.filter((x) => x.level !== 'low').map((x) => x.node))
  const mitigationIds = new Set([
    ...f.advisedMitigations(),
    ...map.edges.filter((e) => e.type === 'mitigation' && applicable.has(e.to)).map((e) => e.from),
  ])
  const mitigations = [...mitigationIds]
    .map((node) => ({
      node,
      addresses: map.edges
        .filter((e) => e.type === 'mitigation' && e.from === node && applicable.has(e.to))
        .map((e) => e.to),
      advice: f.adviceFor(node),
    }))
    .sort((a, b) => b.addresses.length - a.addresses.length || b.advice.length - a.advice.length)

  const known = new Set(map.jurisdictions.map((j) => j.id))
  for (const id of answers.jurisdictions.filter((id) => !known.has(id)))
    caveats.push(`Unknown jurisdiction "${id}" was ignored.`)
  const jurisdictions = map.jurisdictions
    .filter((j) => answers.jurisdictions.includes(j.id))
    .map((j) => ({
      jurisdiction: j.id,
      provisions: j.provisions.filter((p) => p.nodes.some((n) => applicable.has(n))).map((p) => p.id),
    }))

  return { answers, findings, mitigations, jurisdictions, caveats }
}
