import type { WithKnownSources } from '../input.ts'
import type { UseCase } from '../schema.ts'

/** Numbers and routing, certificates and append-only logs: blockchain proposals and their references. */
export const trustUseCases = [
  {
    id: 'rpki',
    name: 'RPKI (reference)',
    summary:
      'Certificates that follow the allocation of IP addresses and AS numbers, used to check who may originate a route.',
    approach: 'non-blockchain',
    issues: ['ip-numbers-routing', 'security-integrity'],
    region: 'global',
    claimedContribution: {
      text: 'Lets networks verify that a route is originated by an autonomous system authorised by the holder of the addresses, using certificates issued along the existing allocation hierarchy.',
      citations: [{ source: 'rfc6480' }],
    },
    statusHistory: [
      {
        status: 'specified',
        date: '2012',
        note: 'Architecture published as RFC 6480 (Informational); deployment is not measured in this dataset.',
        citations: [{ source: 'rfc6480' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'This dataset holds the architecture only; deployment figures were not verified.',
      citations: [{ source: 'rfc6480' }],
    },
    problems: [],
    related: ['learn'],
  },
  {
    id: 'ipchain',
    name: 'IPchain (IP allocations on a blockchain)',
    summary: 'A research proposal to record IP address allocations and delegations on a proof-of-stake blockchain.',
    approach: 'blockchain',
    issues: ['ip-numbers-routing', 'security-integrity'],
    region: 'global',
    claimedContribution: {
      text: 'Easier deployment of secure inter-domain routing, with more flexible trust models and simpler management than existing systems.',
      citations: [{ source: 'ipchain-2018' }],
    },
    statusHistory: [
      {
        status: 'proposal',
        date: '2017-07',
        note: 'First version of an Internet-Draft analysing blockchain for IP address allocation and delegation.',
        citations: [{ source: 'ipchain-2018' }],
      },
      {
        status: 'proposal',
        date: '2018-05-11',
        note: 'Paper describing the IPchain design and a prototype.',
        citations: [{ source: 'ipchain-2018' }],
      },
    ],
    evidence: {
      strength: 'claimed',
      summary:
        'The authors’ own prototype evaluation stored about 150,000 prefixes in a 1 GB chain; no independent evaluation or deployment was found.',
      citations: [{ source: 'ipchain-2018' }],
    },
    problems: [
      {
        text: 'The Internet-Draft expired in 2018 without becoming an RFC, so the proposal has no standing in the IETF.',
        citations: [{ source: 'ipchain-2018' }],
      },
    ],
    alternative: {
      useCase: 'rpki',
      text: 'The RPKI certifies the same allocations along the existing registry hierarchy, without a blockchain.',
      citations: [{ source: 'rfc6480' }],
    },
    related: ['learn', 'assess'],
  },
  {
    id: 'certcoin',
    name: 'Certcoin (decentralised PKI)',
    summary: 'A research design for a public-key infrastructure without certificate authorities, built on Namecoin.',
    approach: 'blockchain',
    issues: ['web-pki-trust', 'digital-identity'],
    region: 'global',
    claimedContribution: {
      text: 'Identity retention without a central authority: nobody can register a key under an identity someone else already holds.',
      citations: [{ source: 'certcoin-2014' }],
    },
    statusHistory: [
      {
        status: 'proposal',
        date: '2014-10-06',
        note: 'Paper submitted to the IACR ePrint archive.',
        citations: [{ source: 'certcoin-2014' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'A design paper; no deployment or results were found.',
      citations: [{ source: 'certcoin-2014' }],
    },
    problems: [
      {
        text: 'It builds on Namecoin’s namespace, which an empirical study later found to be almost entirely squatted.',
        citations: [{ source: 'certcoin-2014' }, { source: 'kalodner-namecoin-2015' }],
      },
    ],
    alternative: {
      useCase: 'certificate-transparency',
      text: 'Certificate Transparency keeps certificate authorities but makes every issued certificate publicly auditable in append-only logs.',
      citations: [{ source: 'rfc6962' }, { source: 'rfc9162' }],
    },
    related: ['learn'],
  },
  {
    id: 'certificate-transparency',
    name: 'Certificate Transparency logs (reference)',
    summary: 'Public append-only Merkle-tree logs of TLS certificates: a transparency log without a blockchain.',
    approach: 'non-blockchain',
    issues: ['web-pki-trust', 'security-integrity'],
    region: 'global',
    claimedContribution: {
      text: 'Anyone can audit which certificates were issued, so mis-issuance can be detected, with logs that prove they only append.',
      citations: [{ source: 'rfc6962' }, { source: 'rfc9162' }],
    },
    statusHistory: [
      {
        status: 'specified',
        date: '2013-06',
        note: 'RFC 6962 published (Experimental).',
        citations: [{ source: 'rfc6962' }],
      },
      {
        status: 'specified',
        date: '2021-12',
        note: 'Version 2.0 published as RFC 9162 (Experimental), obsoleting RFC 6962.',
        citations: [{ source: 'rfc9162' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'This dataset holds the specifications only; deployment figures were not verified.',
      citations: [{ source: 'rfc9162' }],
    },
    problems: [],
    related: ['learn'],
  },
  {
    id: 'estonia-ksi',
    name: 'KSI in Estonian e-government',
    summary:
      'Guardtime’s Keyless Signature Infrastructure, described as a blockchain, protecting government data integrity.',
    approach: 'blockchain',
    issues: ['public-registries', 'security-integrity'],
    region: 'europe-central-asia',
    claimedContribution: {
      text: 'Protection of the integrity of government data, with KSI integrated in Estonia’s digital infrastructure.',
      citations: [{ source: 'ksi-estonia-ioe' }],
    },
    statusHistory: [
      {
        status: 'production',
        date: null,
        note: 'Described as integrated in Estonia’s digital infrastructure; the start date was not verified.',
        citations: [{ source: 'ksi-estonia-ioe' }],
      },
    ],
    evidence: {
      strength: 'claimed',
      summary:
        'The only source checked is a European Commission case study based on interviews with the operators; no independent evaluation was found.',
      citations: [{ source: 'ksi-estonia-ioe' }],
    },
    problems: [],
    alternative: {
      useCase: 'certificate-transparency',
      text: 'Append-only, publicly auditable Merkle-tree logs of the kind standardised for certificates give the same integrity check without a blockchain.',
      citations: [{ source: 'rfc9162' }],
    },
    related: ['assess'],
  },
] satisfies readonly WithKnownSources<UseCase>[]
