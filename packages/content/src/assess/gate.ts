import type { GateFlow } from './schema.ts'

const wustGervais = { source: 'wust-gervais', note: 'Decision flowchart of the paper.' } as const

/**
 * The gate: "do you need a blockchain?", following the decision flowchart of Wüst & Gervais. NISTIR 8202, GAO's
 * technology assessment and the ACT-IAC playbook each contain a comparable screening tool; they are cited where
 * this flow matches their general approach, not as the origin of each question. The evaluation continues
 * whatever the outcome; the path and the outcome go into the report.
 */
export const gateFlow = {
  start: 'store-state',
  nodes: [
    {
      id: 'store-state',
      kind: 'question',
      text: 'Does the initiative need to store data (state) that changes over time?',
      help: 'For example a register of titles, credentials or transactions. If nothing is stored, there is no ledger to keep.',
      yes: 'multiple-writers',
      no: 'no-storage-needed',
      citations: [
        wustGervais,
        {
          source: 'nistir-8202',
          note: 'NISTIR 8202 contains a "Do you need a blockchain?" flowchart of its own; its figure was not checked question by question.',
        },
      ],
    },
    {
      id: 'multiple-writers',
      kind: 'question',
      text: 'Do several independent organisations or people need to write to those records?',
      help: 'Writers are parties that add or change records, not parties that only read them.',
      yes: 'trusted-third-party',
      no: 'central-database',
      citations: [wustGervais],
    },
    {
      id: 'trusted-third-party',
      kind: 'question',
      text: 'Could an always-available party that all writers trust (for example the responsible agency) keep the records?',
      help: 'In most public services the agency responsible by law is such a party. If yes, a conventional database it runs does the job.',
      yes: 'central-database',
      no: 'writers-known',
      citations: [
        wustGervais,
        {
          source: 'act-iac-playbook',
          note: 'The Phase 1 scorecard counts an existing trusted system against a blockchain.',
        },
      ],
    },
    {
      id: 'writers-known',
      kind: 'question',
      text: 'Are all the writers known in advance?',
      help: 'Known writers can be admitted by the operators (a permissioned network); unknown ones cannot.',
      yes: 'writers-trusted',
      no: 'permissionless',
      citations: [wustGervais],
    },
    {
      id: 'writers-trusted',
      kind: 'question',
      text: 'Do all the writers trust one another not to misbehave?',
      help: 'If they do, they can share a conventional replicated database without a consensus protocol.',
      yes: 'central-database',
      no: 'public-verifiability',
      citations: [wustGervais],
    },
    {
      id: 'public-verifiability',
      kind: 'question',
      text: 'Must the public (not only the writers) be able to verify the records?',
      help: 'Public verifiability means anyone can read and check the ledger, even if only admitted parties write.',
      yes: 'public-permissioned',
      no: 'private-permissioned',
      citations: [wustGervais],
    },
    {
      id: 'no-storage-needed',
      kind: 'outcome',
      label: 'No ledger needed',
      explanation: 'Nothing needs to be stored, so neither a database nor a blockchain is called for.',
      blockchainIndicated: false,
      citations: [wustGervais],
    },
    {
      id: 'central-database',
      kind: 'outcome',
      label: 'A conventional database fits',
      explanation:
        'A single writer, or writers who share a trusted party or trust each other, can keep records in a conventional database with better performance and simpler governance.',
      blockchainIndicated: false,
      citations: [
        wustGervais,
        { source: 'gao-22-104625', note: 'GAO’s assessment includes a flowchart on whether a blockchain fits.' },
      ],
    },
    {
      id: 'permissionless',
      kind: 'outcome',
      label: 'A permissionless blockchain may fit',
      explanation:
        'Several writers who are not known in advance and share no trusted party: the situation permissionless blockchains were designed for.',
      blockchainIndicated: true,
      citations: [wustGervais],
    },
    {
      id: 'public-permissioned',
      kind: 'outcome',
      label: 'A public permissioned blockchain may fit',
      explanation:
        'Known writers who do not fully trust each other, and records the public must be able to verify: admitted parties write, anyone may read and check.',
      blockchainIndicated: true,
      citations: [wustGervais],
    },
    {
      id: 'private-permissioned',
      kind: 'outcome',
      label: 'A private permissioned blockchain may fit',
      explanation:
        'Known writers who do not fully trust each other, and no need for public verification: admitted parties write and read.',
      blockchainIndicated: true,
      citations: [wustGervais],
    },
  ],
} as const satisfies GateFlow
