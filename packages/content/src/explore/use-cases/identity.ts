import type { WithKnownSources } from '../input.ts'
import type { Alternative, CitedText, UseCase } from '../schema.ts'

const personalDataOnChain = {
  text: 'Recording personal data, or identifiers linked to people, on a ledger that cannot erase it conflicts with data minimisation and the right to erasure; the EDPB’s draft guidelines advise against storing personal data on-chain.',
  citations: [{ source: 'edpb-0225', note: 'Version for public consultation.' }, { source: 'eprs-finck-2019' }],
} satisfies WithKnownSources<CitedText>

const walletAlternative = {
  useCase: 'eu-digital-identity-wallet',
  text: 'The EU’s digital identity framework provides wallets and electronic attestations of attributes under the eIDAS rules, without requiring a blockchain.',
  citations: [{ source: 'eidas2-2024' }],
} satisfies WithKnownSources<Alternative>

/** Identity and credentials: W3C standards, EBSI, and the EU wallet framework. */
export const identityUseCases = [
  {
    id: 'w3c-dids',
    name: 'W3C Decentralized Identifiers',
    summary: 'A W3C standard for identifiers not issued by a central registry; many DID methods use a ledger.',
    approach: 'ledger-optional',
    issues: ['digital-identity', 'standards-interoperability', 'privacy-data-protection'],
    region: 'global',
    claimedContribution: {
      text: 'Identifiers that their controllers create and manage without a central issuer, each DID method defining how they are created and resolved.',
      citations: [{ source: 'w3c-did' }],
    },
    statusHistory: [
      {
        status: 'specified',
        date: '2022-07-19',
        note: 'DID v1.0 became a W3C Recommendation; a v1.1 draft is in progress.',
        citations: [{ source: 'w3c-did' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'A data model and syntax; this dataset holds no evaluation of deployed DID methods.',
      citations: [{ source: 'w3c-did' }],
    },
    problems: [personalDataOnChain],
    alternative: walletAlternative,
    related: ['privacy-map', 'learn'],
  },
  {
    id: 'w3c-verifiable-credentials',
    name: 'W3C Verifiable Credentials',
    summary: 'A W3C data model for tamper-evident digital credentials; it does not require a blockchain.',
    approach: 'ledger-optional',
    issues: ['digital-identity', 'standards-interoperability'],
    region: 'global',
    claimedContribution: {
      text: 'Credentials (diplomas, licences, attributes) that holders can present and verifiers can check cryptographically.',
      citations: [{ source: 'w3c-vc2' }],
    },
    statusHistory: [
      {
        status: 'specified',
        date: '2025-05-15',
        note: 'Version 2.0 became a W3C Recommendation.',
        citations: [{ source: 'w3c-vc2' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'A data model; this dataset holds no evaluation of deployments.',
      citations: [{ source: 'w3c-vc2' }],
    },
    problems: [],
    alternative: {
      useCase: 'eu-digital-identity-wallet',
      text: 'The data model itself needs no ledger: credentials are checked with the issuer’s signature. The EU framework provides electronic attestations of attributes in wallets.',
      citations: [{ source: 'w3c-vc2' }, { source: 'eidas2-2024' }],
    },
    related: ['privacy-map'],
  },
  {
    id: 'ebsi-identity',
    name: 'EBSI self-sovereign identity (ESSIF)',
    summary:
      'Identity use case of the European Blockchain Services Infrastructure built by the European Blockchain Partnership.',
    approach: 'blockchain',
    issues: ['digital-identity', 'public-registries', 'privacy-data-protection'],
    region: 'europe-central-asia',
    claimedContribution: {
      text: 'Cross-border public services on a shared public-sector blockchain network, starting with self-sovereign identity.',
      citations: [{ source: 'ebsi' }],
    },
    statusHistory: [
      {
        status: 'proposal',
        date: '2018-04-10',
        note: 'European Blockchain Partnership declaration signed by 21 Member States and Norway; later EBSI milestones were not verified here.',
        citations: [{ source: 'ebsi' }],
      },
    ],
    evidence: {
      strength: 'claimed',
      summary:
        'Only official descriptions by the European Commission were checked; no independent evaluation was found.',
      citations: [{ source: 'ebsi' }],
    },
    problems: [personalDataOnChain],
    alternative: walletAlternative,
    related: ['privacy-map', 'assess'],
  },
  {
    id: 'ebsi-diplomas',
    name: 'EBSI diplomas',
    summary: 'Verifying education credentials across borders on the European Blockchain Services Infrastructure.',
    approach: 'blockchain',
    issues: ['digital-identity', 'public-registries', 'capacity-development'],
    region: 'europe-central-asia',
    claimedContribution: {
      text: 'Diplomas that can be verified across borders on a shared public-sector network.',
      citations: [{ source: 'ebsi' }],
    },
    statusHistory: [
      {
        status: 'proposal',
        date: '2018-04-10',
        note: 'Diplomas were among EBSI’s early use cases after the partnership declaration; later milestones were not verified here.',
        citations: [{ source: 'ebsi' }],
      },
    ],
    evidence: {
      strength: 'claimed',
      summary: 'Only official descriptions were checked; no independent evaluation was found.',
      citations: [{ source: 'ebsi' }],
    },
    problems: [personalDataOnChain],
    alternative: {
      useCase: 'w3c-verifiable-credentials',
      text: 'Signed verifiable credentials can be checked against the issuer’s public key without a ledger; the EU framework adds electronic attestations of attributes.',
      citations: [{ source: 'w3c-vc2' }, { source: 'eidas2-2024' }],
    },
    related: ['privacy-map'],
  },
  {
    id: 'eu-digital-identity-wallet',
    name: 'European Digital Identity Wallet (reference)',
    summary:
      'The EU framework requiring Member States to offer digital identity wallets, set by Regulation (EU) 2024/1183.',
    approach: 'non-blockchain',
    issues: ['digital-identity', 'law-accountability', 'privacy-data-protection'],
    region: 'europe-central-asia',
    claimedContribution: {
      text: 'Wallets under user control for identification and electronic attestations of attributes, recognised across the EU.',
      citations: [{ source: 'eidas2-2024' }],
    },
    statusHistory: [
      {
        status: 'specified',
        date: '2024-04-11',
        note: 'Regulation adopted; the roll-out of wallets by Member States was not verified here.',
        citations: [{ source: 'eidas2-2024' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'A legal framework; this dataset holds no evaluation of wallets in use.',
      citations: [{ source: 'eidas2-2024' }],
    },
    problems: [],
    related: ['privacy-map'],
  },
  {
    id: 'eidas-electronic-ledgers',
    name: 'Electronic ledgers as an eIDAS trust service',
    summary: 'Regulation (EU) 2024/1183 adds electronic ledgers to the trust services governed by the eIDAS rules.',
    approach: 'blockchain',
    issues: ['law-accountability', 'public-registries', 'standards-interoperability'],
    region: 'europe-central-asia',
    claimedContribution: {
      text: 'A legal framework for ledgers offered as a trust service, giving recorded data a recognised legal status.',
      citations: [{ source: 'eidas2-2024' }],
    },
    statusHistory: [
      {
        status: 'specified',
        date: '2024-04-11',
        note: 'Adopted as part of the amendment of the eIDAS Regulation; implementing rules were not verified here.',
        citations: [{ source: 'eidas2-2024' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'A legal category; no services or results were checked.',
      citations: [{ source: 'eidas2-2024' }],
    },
    problems: [],
    alternative: {
      useCase: 'certificate-transparency',
      text: 'Other trust services (electronic time stamps, seals) and append-only transparency logs can give records integrity without a ledger shared among many parties.',
      citations: [{ source: 'eidas2-2024' }, { source: 'rfc9162' }],
    },
    related: ['assess', 'privacy-map'],
  },
] satisfies readonly WithKnownSources<UseCase>[]
