import type { NodeInput } from '../input.ts'

const linddun = { source: 'linddun' } as const

/** LINDDUN's seven privacy threat categories, mapped onto blockchain designs. */
export const threatNodes = [
  {
    id: 'threat-linking',
    kind: 'threat',
    label: 'Linking (LINDDUN)',
    summary: 'Data items can be linked as belonging to the same person, even without knowing who that person is.',
    explanation:
      'LINDDUN describes linking as associating data items with each other, for example visits by the same user, which can lead to inference, singling out and identification.',
    onChain:
      'Address reuse, multi-input transactions and repeated hashes link records on a public ledger; research on Bitcoin clustered addresses by shared control.',
    citations: [linddun, { source: 'nakamoto-2008', pinpoint: 'Sec. 10' }, { source: 'meiklejohn-2013' }],
  },
  {
    id: 'threat-identifying',
    kind: 'threat',
    label: 'Identifying (LINDDUN)',
    summary: 'A person can be identified from the data items that relate to them.',
    explanation:
      'LINDDUN describes identifying as linking data items to the identity of the person concerned, for example the sender of a message or the subject of a record.',
    onChain:
      'One address tied to a name at an exchange or in a shop identifies its owner, and through linking the owner’s other transactions; the complete history stays public.',
    citations: [
      linddun,
      { source: 'meiklejohn-2013' },
      { source: 'cjeu-breyer', note: 'Decided under Directive 95/46/EC.' },
    ],
  },
  {
    id: 'threat-non-repudiation',
    kind: 'threat',
    label: 'Non-repudiation (LINDDUN)',
    summary: 'A person cannot deny having done or said something, because evidence ties them to it.',
    explanation:
      'LINDDUN treats non-repudiation as a privacy threat where evidence links a person to an action they may legitimately wish to deny, such as being a customer of a particular shop.',
    onChain:
      'Digital signatures on permanent, public transactions are exactly such evidence: a signed record can be attributed to its key holder indefinitely.',
    citations: [linddun, { source: 'nistir-8202' }],
  },
  {
    id: 'threat-detecting',
    kind: 'threat',
    label: 'Detecting (LINDDUN)',
    summary: 'An observer can deduce that a data item or action exists, even without seeing its content.',
    explanation:
      'LINDDUN describes detecting as learning of the existence of an item of interest without access to its content.',
    onChain:
      'Encrypted or hashed payloads still reveal that a record was written, when, by which address and how often — for example that a diploma or a medical record was registered.',
    citations: [linddun],
  },
  {
    id: 'threat-disclosure',
    kind: 'threat',
    label: 'Disclosure of information (LINDDUN)',
    summary: 'Personal data are exposed to parties who should not have them.',
    explanation:
      'LINDDUN lists disclosure of information as the confidentiality threat among its categories. The GDPR requires appropriate security for personal data (Art. 5(1)(f)) and, by default, no access by an indefinite number of people (Art. 25(2)).',
    onChain:
      'Anything written in clear to a public ledger is disclosed to every node and reader, permanently; ciphertext is disclosed too and may become readable later.',
    citations: [linddun, { source: 'gdpr', pinpoint: 'Art. 5(1)(f)' }, { source: 'gdpr', pinpoint: 'Art. 25(2)' }],
  },
  {
    id: 'threat-unawareness',
    kind: 'threat',
    label: 'Unawareness (LINDDUN)',
    summary: 'People are not sufficiently informed about the processing of their data.',
    explanation:
      'LINDDUN lists unawareness among its threat categories; the GDPR requires transparent processing (Art. 5(1)(a)).',
    onChain:
      'Users are rarely told that what they write is public, permanent and copied worldwide, or that their addresses can be linked to them.',
    citations: [linddun, { source: 'gdpr', pinpoint: 'Art. 5(1)(a)' }],
  },
  {
    id: 'threat-non-compliance',
    kind: 'threat',
    label: 'Non-compliance (LINDDUN)',
    summary: 'Processing does not comply with data protection law, policies or people’s choices.',
    explanation:
      'LINDDUN lists non-compliance among its categories. On blockchains the EDPB’s consultation guidelines stress that technical difficulty is no reason for rights or principles to go unmet and that compliance has to be designed in.',
    onChain:
      'Erasure, rectification, storage limitation and transfer rules cannot be met after launch if the design made them impossible.',
    citations: [linddun, { source: 'edpb-0225', note: 'Consultation version; as reported by commentators.' }],
  },
] satisfies NodeInput[]
