import type { WithKnownSources } from '../input.ts'
import type { Alternative, UseCase } from '../schema.ts'

const votingAlternative = {
  text: 'Conventional voting methods. The security analyses cited here found that the main risks of internet voting lie in devices, servers and cryptography, which a blockchain does not address.',
  citations: [{ source: 'voatz-usenix' }, { source: 'gaudry-moscow' }],
} satisfies WithKnownSources<Alternative>

/** Content provenance, public registries, e-voting and the IGF's own processes. */
export const societyUseCases = [
  {
    id: 'nyt-news-provenance',
    name: 'New York Times News Provenance Project',
    summary: 'A 2019 proof of concept recording provenance metadata for news photos on Hyperledger Fabric.',
    approach: 'blockchain',
    issues: ['content-integrity'],
    region: 'north-america',
    claimedContribution: {
      text: 'Help audiences judge whether a news photo is authentic by showing where it comes from.',
      citations: [{ source: 'nyt-npp' }],
    },
    statusHistory: [
      {
        status: 'pilot',
        date: '2019-07',
        note: 'Proof of concept announced with IBM Garage and run in the second half of 2019; no successor service was verified.',
        citations: [{ source: 'nyt-npp' }],
      },
    ],
    evidence: {
      strength: 'reported',
      summary: 'Described in news reports; the project’s own findings were not retrieved.',
      citations: [{ source: 'nyt-npp' }],
    },
    problems: [],
    alternative: {
      useCase: 'c2pa',
      text: 'C2PA Content Credentials attach signed provenance metadata to the media itself, relying on certificates rather than a blockchain.',
      citations: [{ source: 'c2pa' }],
    },
    related: ['learn'],
  },
  {
    id: 'c2pa',
    name: 'C2PA Content Credentials (reference)',
    summary: 'Signed, tamper-evident provenance metadata attached to media files, without a blockchain.',
    approach: 'non-blockchain',
    issues: ['content-integrity', 'standards-interoperability'],
    region: 'global',
    claimedContribution: {
      text: 'Provenance that travels with a photo or video and shows who made and edited it, verifiable with signatures.',
      citations: [{ source: 'c2pa' }],
    },
    statusHistory: [
      {
        status: 'specified',
        date: null,
        note: 'Technical specification published (version 2.4 cited); the release dates were not verified.',
        citations: [{ source: 'c2pa' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'This dataset holds the specification only; adoption was not verified.',
      citations: [{ source: 'c2pa' }],
    },
    problems: [],
    related: ['learn'],
  },
  {
    id: 'sweden-land-registry',
    name: 'Lantmäteriet land registry testbed (Sweden)',
    summary: 'Sweden’s land registry and partners tested property transfers on a private blockchain.',
    approach: 'blockchain',
    issues: ['public-registries', 'law-accountability'],
    region: 'europe-central-asia',
    claimedContribution: {
      text: 'Real-estate transactions, including mortgage deeds, recorded as contracts on a private blockchain that a group of public and private parties can run.',
      citations: [{ source: 'lantmateriet-2016' }, { source: 'lantmateriet-2017' }],
    },
    statusHistory: [
      {
        status: 'proposal',
        date: '2016-07',
        note: 'Report of a first project studying blockchain for real-estate transactions, with a technical demo.',
        citations: [{ source: 'lantmateriet-2016' }],
      },
      {
        status: 'pilot',
        date: '2017-03',
        note: 'Testbed report: a private blockchain and an application for contracts, built to understand legal, process and security problems before any launch.',
        citations: [{ source: 'lantmateriet-2017' }],
      },
    ],
    evidence: {
      strength: 'claimed',
      summary: 'The reports are by the project partners; no production service or independent evaluation was verified.',
      citations: [{ source: 'lantmateriet-2017' }],
    },
    problems: [
      {
        text: 'The testbed itself was set up to explore unresolved legal, process and security questions before any launch.',
        citations: [{ source: 'lantmateriet-2017' }],
      },
    ],
    alternative: {
      text: 'Digital registers run by the public authority; the JRC’s review of public-sector blockchain services found mostly incremental rather than transformative changes.',
      citations: [{ source: 'jrc-2019' }],
    },
    related: ['assess'],
  },
  {
    id: 'georgia-land-titles',
    name: 'Georgia land titles (NAPR and Bitfury)',
    summary: 'Georgia’s public registry records land-title registrations in a permissioned chain anchored to Bitcoin.',
    approach: 'blockchain',
    issues: ['public-registries', 'security-integrity'],
    region: 'europe-central-asia',
    claimedContribution: {
      text: 'Transparency and protection against fraud in land titles, according to the registry’s chairman.',
      citations: [{ source: 'coindesk-georgia-2016' }],
    },
    statusHistory: [
      {
        status: 'proposal',
        date: '2016-04-22',
        note: 'Agreement with Bitfury to develop a land-title platform reported.',
        citations: [{ source: 'coindesk-georgia-2016' }],
      },
      {
        status: 'production',
        date: '2017-02',
        note: 'New property registrations and title updates use the blockchain system, according to the head of the registry.',
        citations: [{ source: 'investor-ge-napr-2017' }],
      },
    ],
    evidence: {
      strength: 'reported',
      summary: 'News reports quoting the registry; no independent evaluation of results was found.',
      citations: [{ source: 'investor-ge-napr-2017' }],
    },
    problems: [],
    alternative: {
      text: 'Digital registers run by the public authority; the JRC’s review of public-sector blockchain services found mostly incremental rather than transformative changes.',
      citations: [{ source: 'jrc-2019' }],
    },
    related: ['assess'],
  },
  {
    id: 'voatz',
    name: 'Voatz mobile voting (United States)',
    summary:
      'A mobile internet-voting app using a blockchain, used in U.S. federal elections and then analysed by MIT researchers.',
    approach: 'blockchain',
    issues: ['elections-democracy', 'security-integrity'],
    region: 'north-america',
    claimedContribution: {
      text: 'Secure voting from a smartphone, with votes recorded on a blockchain.',
      citations: [{ source: 'voatz-usenix' }],
    },
    statusHistory: [
      {
        status: 'pilot',
        date: null,
        note: 'Used in U.S. federal elections before the 2020 analysis, as its title says; the dates and places of use were not verified here.',
        citations: [{ source: 'voatz-usenix' }],
      },
    ],
    evidence: {
      strength: 'assessed',
      summary:
        'A peer-reviewed security analysis found attacks that could alter, stop or expose votes, from the device or the server side.',
      citations: [{ source: 'voatz-usenix' }],
    },
    problems: [
      {
        text: 'The blockchain did not protect against server-side attacks: an attacker controlling the server could alter, stop or expose votes.',
        citations: [{ source: 'voatz-usenix' }],
      },
    ],
    alternative: votingAlternative,
    related: ['assess', 'learn'],
  },
  {
    id: 'moscow-2019-evoting',
    name: 'Moscow internet voting, 2019',
    summary: 'An Ethereum-based internet-voting system tested for the September 2019 Moscow City Duma election.',
    approach: 'blockchain',
    issues: ['elections-democracy', 'security-integrity'],
    region: 'europe-central-asia',
    claimedContribution: {
      text: 'Internet voting with ballots encrypted and recorded on a blockchain.',
      citations: [{ source: 'gaudry-moscow' }],
    },
    statusHistory: [
      {
        status: 'pilot',
        date: '2019-09',
        note: 'Used for the September 2019 Moscow City Duma election.',
        citations: [{ source: 'gaudry-moscow' }],
      },
    ],
    evidence: {
      strength: 'assessed',
      summary:
        'Independent cryptanalysis showed the encryption keys were too short and could be broken in about 20 minutes; the revised scheme was also attacked.',
      citations: [{ source: 'gaudry-moscow' }],
    },
    problems: [
      {
        text: 'Ballot encryption used an ElGamal variant with keys under 256 bits, which could be broken in about 20 minutes.',
        citations: [{ source: 'gaudry-moscow' }],
      },
    ],
    alternative: votingAlternative,
    related: ['assess', 'learn'],
  },
  {
    id: 'igf-dc-blockchain-projects',
    name: 'IGF Dynamic Coalition on Blockchain Technologies projects',
    summary:
      'The IGF 2019 session of the coalition set projects for 2020, including a blockchain DNS and public tools.',
    approach: 'blockchain',
    issues: ['multistakeholder-process', 'capacity-development'],
    region: 'global',
    claimedContribution: {
      text: 'Multistakeholder capacity building on blockchain governance: a data-protection map, educational materials, principles for evaluating government initiatives and a blockchain DNS.',
      citations: [{ source: 'igf-dc-blockchain' }],
    },
    statusHistory: [
      {
        status: 'proposal',
        date: '2019',
        note: 'Projects listed in the IGF 2019 session report; what was delivered in 2020 was not verified here.',
        citations: [{ source: 'igf-dc-blockchain' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'A plan of work; no results of the 2020 projects were found.',
      citations: [{ source: 'igf-dc-blockchain' }],
    },
    problems: [],
    alternative: {
      useCase: 'netmundial-guidelines',
      text: 'The projects are about blockchain, but the process itself needs no ledger: multistakeholder principles and guidelines such as NETmundial’s say how to run it openly and accountably.',
      citations: [{ source: 'netmundial-2014' }, { source: 'netmundial10-2024' }],
    },
    related: ['names', 'learn', 'assess', 'privacy-map'],
  },
  {
    id: 'netmundial-guidelines',
    name: 'NETmundial principles and São Paulo guidelines (reference)',
    summary:
      'Non-binding multistakeholder principles (2014) and guidelines for running multistakeholder processes (2024).',
    approach: 'non-blockchain',
    issues: ['multistakeholder-process'],
    region: 'global',
    claimedContribution: {
      text: 'Process principles — multistakeholder, open, participative, transparent, accountable, inclusive — and practical steps for applying them.',
      citations: [{ source: 'netmundial-2014' }, { source: 'netmundial10-2024' }],
    },
    statusHistory: [
      {
        status: 'specified',
        date: '2014-04-24',
        note: 'NETmundial Multistakeholder Statement adopted in São Paulo.',
        citations: [{ source: 'netmundial-2014' }],
      },
      {
        status: 'specified',
        date: '2024-04-30',
        note: 'NETmundial+10 statement with the São Paulo Multistakeholder Guidelines.',
        citations: [{ source: 'netmundial10-2024' }],
      },
    ],
    evidence: {
      strength: 'none',
      summary: 'Principles and guidelines; how far processes follow them was not assessed here.',
      citations: [{ source: 'netmundial10-2024' }],
    },
    problems: [],
    related: ['assess'],
  },
] satisfies readonly WithKnownSources<UseCase>[]
