import type { NodeInput } from '../input.ts'

/** Legal and technical concepts the tensions turn on. */
export const conceptNodes = [
  {
    id: 'concept-personal-data',
    kind: 'concept',
    label: 'Personal data',
    summary: 'Any information relating to an identified or identifiable natural person.',
    explanation:
      'GDPR Art. 4(1) defines personal data broadly, and Recital 26 says identifiability is judged by the means reasonably likely to be used, by the controller or by anyone else, taking account of cost, time and available technology. Other laws draw the line in similar places: Brazil’s LGPD does not treat anonymised data as personal unless the anonymisation can be reversed with reasonable effort, and China’s PIPL excludes anonymised information.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 4(1)' },
      { source: 'gdpr', pinpoint: 'Recital 26' },
      { source: 'lgpd', pinpoint: 'Art. 12' },
      { source: 'pipl', pinpoint: 'Art. 4' },
    ],
  },
  {
    id: 'concept-pseudonymisation',
    kind: 'concept',
    label: 'Pseudonymisation',
    summary:
      'Processing data so they can no longer be attributed to a person without additional information kept separately.',
    explanation:
      'GDPR Art. 4(5) defines pseudonymisation, and Recital 26 says pseudonymised data that can be attributed to a person with additional information remain information on an identifiable person. The EDPB’s 2025 guidelines present pseudonymisation as a safeguard supporting data protection by design and security, not as a way out of the GDPR.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 4(5)' },
      { source: 'gdpr', pinpoint: 'Recital 26' },
      { source: 'edpb-0125', note: 'Consultation version.' },
    ],
  },
  {
    id: 'concept-anonymisation',
    kind: 'concept',
    label: 'Anonymisation',
    summary:
      'Processing that makes data no longer relate to an identifiable person, taking them outside data protection law.',
    explanation:
      'The GDPR does not apply to anonymous information (Recital 26). The Article 29 Working Party tests anonymisation against singling out, linkability and inference, and holds that pseudonymisation is not anonymisation. Brazil’s LGPD and China’s PIPL also exclude anonymised data, the LGPD only for as long as the anonymisation cannot be reversed with reasonable effort.',
    citations: [
      { source: 'gdpr', pinpoint: 'Recital 26' },
      { source: 'wp29-wp216' },
      { source: 'lgpd', pinpoint: 'Art. 12' },
      { source: 'pipl', pinpoint: 'Art. 4' },
    ],
  },
  {
    id: 'concept-relative-identifiability',
    kind: 'concept',
    label: 'Identifiability depends on who holds what',
    summary:
      'The same identifier can be personal data for one party and not for another, depending on the means each can reasonably use.',
    explanation:
      'In Breyer the CJEU held that a dynamic IP address is personal data for a website operator with legal means to obtain identifying information from a third party (under Directive 95/46/EC). In EDPS v SRB (2025) the Court accepted that pseudonymised data may not be personal data for a recipient without reasonable means of re-identification, while remaining personal for the party that can re-identify.',
    designObservation:
      'On a public ledger the recipient is everyone: any analyst, exchange or authority able to connect an address to a person. Data that are anonymous to one reader are rarely anonymous to all.',
    citations: [
      { source: 'cjeu-breyer', note: 'Decided under Directive 95/46/EC.' },
      { source: 'cjeu-edps-srb', note: 'Interprets Regulation (EU) 2018/1725.' },
    ],
  },
  {
    id: 'concept-public-ledger',
    kind: 'concept',
    label: 'Permissionless (public) ledger',
    summary: 'A blockchain that anyone can read, write to and help validate without asking permission.',
    explanation:
      'NIST distinguishes permissionless networks, in which anyone may publish blocks, from permissioned ones, in which only authorised users may. The Bitcoin design announces every transaction publicly.',
    designObservation:
      'Whoever writes to a public ledger cannot choose who reads it, where its copies are kept, or for how long.',
    citations: [{ source: 'nistir-8202' }, { source: 'nakamoto-2008', pinpoint: 'Sec. 10' }],
  },
  {
    id: 'concept-immutability',
    kind: 'concept',
    label: 'Append-only history (immutability)',
    summary: 'Blocks are chained by hashes, so changing a past record is detectable and, in practice, very costly.',
    explanation:
      'NIST describes how each block header contains the hash of the previous block, so altering a past block changes every later hash and the network detects it. The EDPB’s consultation guidelines treat the resulting difficulty of modifying or deleting recorded data as a risk inherent to blockchains.',
    citations: [{ source: 'nistir-8202' }, { source: 'edpb-0225', note: 'Consultation version.' }],
  },
  {
    id: 'concept-replication',
    kind: 'concept',
    label: 'Replication to every full node',
    summary: 'Each full node keeps its own complete copy of the ledger, wherever in the world it runs.',
    explanation:
      'In the Bitcoin design new transactions and blocks are broadcast to all nodes, and NIST describes full nodes as keeping a copy of the whole blockchain.',
    designObservation:
      'On a permissionless network the set of copies changes every day and nobody can list where they are; on a permissioned network the members can.',
    citations: [{ source: 'nakamoto-2008' }, { source: 'nistir-8202' }],
  },
] satisfies NodeInput[]
