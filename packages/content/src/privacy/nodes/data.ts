import type { NodeInput } from '../input.ts'

/** Kinds of data a blockchain application may put on chain. */
export const dataNodes = [
  {
    id: 'data-transaction',
    kind: 'data',
    label: 'Transaction data',
    summary: 'The records a blockchain exists to keep: who sent what to whom and when, with any payload attached.',
    explanation:
      'The Bitcoin design requires every transaction to be announced publicly and relies on keeping public keys unlinked to people for privacy. Where a transaction relates to an identified or identifiable natural person it is personal data under the GDPR definition, whatever its encoding.',
    designObservation:
      'Applications often add free-text payloads (memos, metadata fields, token descriptions). Whatever is written is replicated and kept with the same permanence as the payment itself.',
    citations: [
      { source: 'nakamoto-2008', pinpoint: 'Sec. 10' },
      { source: 'gdpr', pinpoint: 'Art. 4(1)' },
      { source: 'nistir-8202' },
    ],
  },
  {
    id: 'data-public-key',
    kind: 'data',
    label: 'Public keys and addresses',
    summary:
      'Pseudonymous identifiers that sign and receive transactions and appear in every transaction that uses them.',
    explanation:
      'The CNIL treats participants’ public keys, and the data recorded on a chain, as personal data when they relate to an identified or identifiable person. The GDPR counts pseudonymised data that can be attributed to a person with additional information as information on an identifiable person, and in Breyer the CJEU held that an identifier can be personal data for whoever has legal means to obtain the information needed to identify the person.',
    designObservation:
      'An address is derived from a public key. Reusing one address builds a public, permanent history that anyone can analyse and, once the owner is known, attribute.',
    citations: [
      { source: 'cnil-2018' },
      { source: 'gdpr', pinpoint: 'Recital 26' },
      { source: 'cjeu-breyer', note: 'Decided under Directive 95/46/EC.' },
      { source: 'nakamoto-2008', pinpoint: 'Sec. 10' },
    ],
  },
  {
    id: 'data-hash',
    kind: 'data',
    label: 'Hashes and commitments',
    summary: 'Fixed-length fingerprints of data written on chain to prove that a document existed or has not changed.',
    explanation:
      'The Article 29 Working Party held that pseudonymisation is not anonymisation: it reduces linkability but the data remain personal. The EDPB’s consultation guidelines name hashing and commitments among the techniques that reduce the exposure of on-chain data and ask controllers to stay mindful of their limits.',
    designObservation:
      'An unsalted hash of a guessable value (a name, a date of birth, an e-mail address) can be reversed by hashing every likely input and comparing. A secret random salt kept off chain prevents this; deleting the salt leaves the on-chain value unlinkable to its input for anyone who did not keep a copy.',
    citations: [
      { source: 'wp29-wp216' },
      { source: 'edpb-0225', note: 'Consultation version.' },
      { source: 'edpb-0125', note: 'Consultation version.' },
    ],
  },
  {
    id: 'data-metadata',
    kind: 'data',
    label: 'Network and timing metadata',
    summary:
      'IP addresses of broadcasting nodes, timestamps and transaction patterns, which can reveal who acted even when payloads are hidden.',
    explanation:
      'In Breyer the CJEU held that a dynamic IP address can be personal data for a website operator that has legal means to identify the user with information held by the access provider. LINDDUN’s “detecting” category covers threats in which an observer learns that an action took place without seeing its content.',
    designObservation:
      'Peer-to-peer nodes learn the IP addresses of the peers that send them transactions and blocks. Timestamps and, on most ledgers, amounts are public even when payloads are encrypted.',
    citations: [{ source: 'cjeu-breyer', note: 'Decided under Directive 95/46/EC.' }, { source: 'linddun' }],
  },
  {
    id: 'data-offchain-pointer',
    kind: 'data',
    label: 'Pointers to off-chain data',
    summary:
      'References (links, content identifiers, record numbers) written on chain while the personal data sit elsewhere.',
    explanation:
      'The EDPB’s consultation guidelines recommend keeping personal data off chain where possible and writing to the chain only what is necessary. A pointer is itself personal data if it relates to an identifiable person, for instance when it allows that person to be singled out.',
    designObservation:
      'A pointer to a store that can delete makes erasure possible off chain. A content-addressed identifier (a hash of the file) is permanent and lets anyone who kept a copy prove it is the file the chain refers to.',
    citations: [
      { source: 'edpb-0225', note: 'Consultation version.' },
      { source: 'gdpr', pinpoint: 'Art. 4(1)' },
      { source: 'gdpr', pinpoint: 'Recital 26' },
    ],
  },
  {
    id: 'data-smart-contract-state',
    kind: 'data',
    label: 'Smart-contract state and event logs',
    summary: 'Variables and logs that on-chain programs store and emit, readable by every node that holds the ledger.',
    explanation:
      'NIST describes smart contracts as code and data deployed on a blockchain and run by its nodes, so what they store is replicated like any other transaction. The CNIL considers that developers of smart contracts processing personal data on behalf of a participant may be processors.',
    designObservation:
      'Declaring a contract variable “private” limits which programs may read it, not who can see it: every full node holds the raw state.',
    citations: [{ source: 'nistir-8202' }, { source: 'cnil-2018' }],
  },
  {
    id: 'data-encrypted-payload',
    kind: 'data',
    label: 'Encrypted personal data on chain',
    summary: 'Ciphertexts of personal data written to the ledger so that only key holders can read them.',
    explanation:
      'Data that can be attributed to a person with additional information, such as a decryption key, are information on an identifiable person under the GDPR. The CJEU in EDPS v SRB accepted that pseudonymised data may not be personal data for a recipient with no reasonable means of re-identification, while they remain personal for whoever can re-identify.',
    designObservation:
      'Ciphertext published today can be copied and kept by anyone and decrypted later if a key leaks or the algorithm is broken; a public ledger offers no way to withdraw it.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 4(5)' },
      { source: 'gdpr', pinpoint: 'Recital 26' },
      { source: 'edpb-0125', note: 'Consultation version.' },
      { source: 'cjeu-edps-srb', note: 'Interprets Regulation (EU) 2018/1725.' },
    ],
  },
] satisfies NodeInput[]
