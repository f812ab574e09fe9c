import type { WithKnownSources } from '../input.ts'
import type { Alternative, CitedText, UseCase } from '../schema.ts'

const collision = {
  text: 'Names that look like DNS names but live in another system can collide with names in the DNS and leave users unsure which system a name belongs to; ICANN’s SSAC has raised this for blockchain-based naming.',
  citations: [{ source: 'sac123' }],
} satisfies WithKnownSources<CitedText>

const dnssecAlternative = {
  useCase: 'dnssec',
  text: 'The DNS with DNSSEC authenticates names and their data without a blockchain; names that are not part of the DNS can live under the reserved .alt label.',
  citations: [{ source: 'rfc4033' }, { source: 'rfc9476' }],
} satisfies WithKnownSources<Alternative>

/** Naming: blockchain name systems, the non-blockchain references, and this project's own prototype. */
export const namingUseCases = [
  {
    id: 'namecoin',
    name: 'Namecoin (.bit)',
    summary: 'The first Bitcoin fork, used as a decentralised registry of .bit names outside the ICANN root.',
    approach: 'blockchain',
    issues: ['naming-dns', 'markets-resources'],
    region: 'global',
    claimedContribution: {
      text: 'A naming system that no single entity controls and that resists censorship, as an alternative to the centrally managed DNS.',
      citations: [{ source: 'kalodner-namecoin-2015' }, { source: 'namecoin' }],
    },
    statusHistory: [
      {
        status: 'production',
        date: '2011-04-18',
        note: 'Genesis of the Namecoin chain (date from secondary sources).',
        citations: [{ source: 'namecoin' }],
      },
    ],
    evidence: {
      strength: 'assessed',
      summary:
        'An empirical study found that of roughly 120,000 registered names only 28 were not squatted and had non-trivial content, and that the market for names was thin to non-existent.',
      citations: [{ source: 'kalodner-namecoin-2015' }],
    },
    problems: [
      {
        text: 'Squatting: almost all registered names were held without meaningful use, which the authors relate to the lack of good mechanisms for allocating names in decentralised namespaces.',
        citations: [{ source: 'kalodner-namecoin-2015' }],
      },
      collision,
    ],
    alternative: dnssecAlternative,
    related: ['names', 'learn'],
  },
  {
    id: 'ens',
    name: 'Ethereum Name Service (.eth)',
    summary: 'Human-readable .eth names for Ethereum addresses and resources, managed by smart contracts.',
    approach: 'blockchain',
    issues: ['naming-dns', 'markets-resources'],
    region: 'global',
    claimedContribution: {
      text: 'Names that their holders control through smart contracts, replacing long machine addresses with readable ones, first allocated by sealed-bid auctions.',
      citations: [{ source: 'ens' }],
    },
    statusHistory: [
      {
        status: 'production',
        date: '2017-05-04',
        note: 'Relaunch with the auction-based registrar, after a first launch on 14 March 2017 was withdrawn because of bugs. Later changes to the registrar were not verified here.',
        citations: [{ source: 'ens' }],
      },
    ],
    evidence: {
      strength: 'claimed',
      summary:
        'The sources verified here are the ENS team’s own launch documents; no independent evaluation of results was checked for this dataset.',
      citations: [{ source: 'ens' }],
    },
    problems: [
      {
        text: 'The first launch had to be withdrawn because of bugs, showing the cost of fixing errors in deployed contracts.',
        citations: [{ source: 'ens' }],
      },
      collision,
    ],
    alternative: dnssecAlternative,
    related: ['names', 'learn'],
  },
  {
    id: 'handshake',
    name: 'Handshake (top-level names)',
    summary: 'A proof-of-work chain that auctions top-level names, as an alternative to the managed DNS root zone.',
    approach: 'blockchain',
    issues: ['naming-dns', 'markets-resources'],
    region: 'global',
    claimedContribution: {
      text: 'A root zone without a central manager: top-level names are allocated by on-chain auctions.',
      citations: [{ source: 'handshake' }],
    },
    statusHistory: [
      {
        status: 'production',
        date: '2020-02',
        note: 'Mainnet launch; the day (3 February 2020) is given by only one source.',
        citations: [{ source: 'handshake' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'Our sources confirm the launch only; no published evaluation of use or results was found.',
      citations: [{ source: 'handshake' }],
    },
    problems: [
      {
        text: 'Top-level names allocated outside ICANN can collide with delegated or future gTLDs; the SSAC has suggested that reviewers of new gTLD applications may consider collisions with widely used alternative naming systems.',
        citations: [{ source: 'sac123' }, { source: 'sac130' }],
      },
    ],
    alternative: {
      useCase: 'alt-tld',
      text: 'Keep the single DNS root for DNS names and put alternative namespaces under the reserved .alt label, which is never delegated.',
      citations: [{ source: 'rfc9476' }],
    },
    related: ['names'],
  },
  {
    id: 'blockgov-names',
    name: 'blockgov Names (this project)',
    summary:
      'This project’s own name system: names under .alt on a local chain, governed by a council of stakeholder groups with a dispute process.',
    approach: 'blockchain',
    issues: ['naming-dns', 'multistakeholder-process'],
    region: 'global',
    claimedContribution: {
      text: 'A live example of the blockchain DNS project named at IGF 2019, built under .alt so that it cannot collide with DNS names.',
      citations: [{ source: 'igf-dc-blockchain' }, { source: 'rfc9476' }],
    },
    statusHistory: [
      {
        status: 'proposal',
        date: '2019',
        note: 'A blockchain DNS is one of the projects listed in the IGF 2019 session report of the Dynamic Coalition on Blockchain Technologies.',
        citations: [{ source: 'igf-dc-blockchain' }],
      },
      {
        status: 'pilot',
        date: '2026',
        note: 'Demonstration in this project, on a development chain, under the .alt label reserved by RFC 9476.',
        citations: [{ source: 'rfc9476' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'A demonstration for workshops; it has no users outside them and no published results.',
      citations: [{ source: 'igf-dc-blockchain' }],
    },
    problems: [collision],
    alternative: dnssecAlternative,
    related: ['names', 'assess'],
  },
  {
    id: 'dnssec',
    name: 'DNSSEC (reference)',
    summary: 'Signatures on DNS data that let resolvers check origin and integrity, without a blockchain.',
    approach: 'non-blockchain',
    issues: ['naming-dns', 'security-integrity'],
    region: 'global',
    claimedContribution: {
      text: 'Data origin authentication and data integrity for the DNS, within its existing delegation hierarchy.',
      citations: [{ source: 'rfc4033' }],
    },
    statusHistory: [
      {
        status: 'specified',
        date: '2005-03',
        note: 'RFC 4033 published on the standards track; deployment is not measured in this dataset.',
        citations: [{ source: 'rfc4033' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'This dataset holds the specification only; deployment figures were not verified.',
      citations: [{ source: 'rfc4033' }],
    },
    problems: [],
    related: ['names'],
  },
  {
    id: 'alt-tld',
    name: 'The .alt special-use name (reference)',
    summary: 'A top-level label reserved for namespaces that are not the DNS, so alternative systems need not collide.',
    approach: 'non-blockchain',
    issues: ['naming-dns', 'standards-interoperability'],
    region: 'global',
    claimedContribution: {
      text: 'Gives alternative naming systems, blockchain-based or not, a place in the name space that is never delegated in the DNS.',
      citations: [{ source: 'rfc9476' }],
    },
    statusHistory: [
      {
        status: 'specified',
        date: '2023-09',
        note: 'RFC 9476 published as a Proposed Standard.',
        citations: [{ source: 'rfc9476' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'A reservation, not a service: there are no results to measure, only adoption by alternative systems.',
      citations: [{ source: 'rfc9476' }],
    },
    problems: [],
    related: ['names'],
  },
  {
    id: 'private-use-tld',
    name: 'Private-use top-level name (reference)',
    summary: 'The SSAC’s advice to reserve one top-level string for private use, like private IP address space.',
    approach: 'non-blockchain',
    issues: ['naming-dns'],
    region: 'global',
    claimedContribution: {
      text: 'A string that will never be delegated, so private networks can use names without colliding with the public DNS.',
      citations: [{ source: 'sac113' }],
    },
    statusHistory: [
      {
        status: 'proposal',
        date: '2020-09-18',
        note: 'SSAC advisory SAC113. What was decided on it afterwards was not verified here.',
        citations: [{ source: 'sac113' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'An advisory; no results to measure.',
      citations: [{ source: 'sac113' }],
    },
    problems: [],
    related: ['names'],
  },
] satisfies readonly WithKnownSources<UseCase>[]
