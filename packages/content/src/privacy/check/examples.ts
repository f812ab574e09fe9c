import type { CheckAnswers } from './answers.ts'

/** A worked example for the guided check: the tests use them, and the web offers them as starting points. */
export interface CheckExample {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly answers: CheckAnswers
}

export const checkExamples: readonly CheckExample[] = [
  {
    id: 'public-registry',
    title: 'Land registry on a public blockchain',
    description:
      'Owners’ names and parcel details written in clear to a public chain that anyone can run, for users in the EU and Brazil.',
    answers: {
      ledger: 'public-permissionless',
      onChain: ['cleartext', 'addresses'],
      operators: 'anyone',
      locations: 'worldwide',
      code: 'open-community',
      automatedDecisions: false,
      jurisdictions: ['eu-eea', 'brazil'],
    },
  },
  {
    id: 'diploma-consortium',
    title: 'Diploma register run by a university consortium',
    description:
      'Salted hashes of diplomas on a private ledger run by member universities in one country, for users in India.',
    answers: {
      ledger: 'private-permissioned',
      onChain: ['hashes'],
      operators: 'known-organisations',
      locations: 'one-country',
      code: 'consortium',
      automatedDecisions: false,
      jurisdictions: ['india'],
    },
  },
  {
    id: 'payments-dapp',
    title: 'Refund contract on a public chain',
    description:
      'Customers pay from their own addresses; an immutable contract decides refunds. Users in California and China.',
    answers: {
      ledger: 'public-permissionless',
      onChain: ['addresses'],
      operators: 'anyone',
      locations: 'worldwide',
      code: 'nobody',
      automatedDecisions: true,
      jurisdictions: ['california', 'china'],
    },
  },
  {
    id: 'supply-chain',
    title: 'Internal supply-chain ledger without personal data',
    description: 'One company records batch numbers on a private ledger in one country. No personal data on chain.',
    answers: {
      ledger: 'private-permissioned',
      onChain: ['none'],
      operators: 'single-organisation',
      locations: 'one-country',
      code: 'single-organisation',
      automatedDecisions: false,
      jurisdictions: ['eu-eea'],
    },
  },
]
