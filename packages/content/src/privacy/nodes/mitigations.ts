import type { NodeInput } from '../input.ts'

/** Design measures, each with what it solves and what it leaves unsolved. */
export const mitigationNodes = [
  {
    id: 'mitigation-offchain-storage',
    kind: 'mitigation',
    label: 'Off-chain storage with salted commitments on chain',
    summary:
      'Keep personal data in an erasable store and put on chain only a salted hash or commitment that proves integrity.',
    explanation:
      'The EDPB’s consultation guidelines recommend storing personal data off chain where possible, with only what is necessary on chain, and name commitments and hashing among the techniques to use while minding their limits. The Article 29 Working Party’s position that pseudonymisation is not anonymisation means the on-chain value stays personal data while the off-chain data and salt exist.',
    designObservation:
      'Deleting the off-chain record and its secret salt leaves an on-chain value that nobody without a copy can link to the person; this is the most common way to make erasure possible by design.',
    solves: [
      'Makes erasure and rectification possible: change or delete the off-chain record.',
      'Keeps personal data out of the replicated copies, easing minimisation and transfer concerns for the data itself.',
      'Limits what readers of a public ledger learn to an opaque value.',
    ],
    doesNotSolve: [
      'The on-chain commitment remains personal data while the off-chain data or salt exist (pseudonymisation, not anonymisation).',
      'An unsalted or low-entropy hash can be reversed by guessing; the salt must be secret and random.',
      'Whoever runs the off-chain store becomes a controller or processor with ordinary obligations, and the store is a central point of failure.',
      'Addresses and metadata of the transaction that writes the commitment are still public.',
    ],
    citations: [
      { source: 'edpb-0225', note: 'Consultation version.' },
      { source: 'wp29-wp216' },
      { source: 'edpb-0125', note: 'Consultation version.' },
    ],
  },
  {
    id: 'mitigation-encryption-key-destruction',
    kind: 'mitigation',
    label: 'Encryption with key destruction',
    summary: 'Store only ciphertext on chain and destroy the key when the data must be erased.',
    explanation:
      'The EDPB’s consultation guidelines list encryption among the techniques that reduce exposure of on-chain data while warning about its limits. Encrypted data remain personal data for anyone who can decrypt them (GDPR Recital 26; EDPS v SRB).',
    solves: [
      'Readers without the key see only ciphertext.',
      'Destroying every copy of the key is a practical route to making the data unreadable when erasure is due.',
    ],
    doesNotSolve: [
      'Whether destroying the key counts as erasure in law is not settled by the sources listed here.',
      'Ciphertext stays on every node forever; a leaked key or a future break of the algorithm exposes it.',
      'Key management (who holds keys, how destruction is proven) becomes a critical, centralised duty.',
      'Transaction metadata and addresses are not encrypted.',
    ],
    citations: [
      { source: 'edpb-0225', note: 'Consultation version.' },
      { source: 'gdpr', pinpoint: 'Recital 26' },
      { source: 'cjeu-edps-srb', note: 'Interprets Regulation (EU) 2018/1725.' },
    ],
  },
  {
    id: 'mitigation-permissioned-ledger',
    kind: 'mitigation',
    label: 'Permissioned ledger',
    summary: 'Limit who may run nodes, validate and read to known, contracted members.',
    explanation:
      'NIST distinguishes permissioned networks, where only authorised users publish blocks and access can be restricted, from permissionless ones. The CNIL’s recommendations for groups of participants (a designated controller or a legal entity) and GDPR Arts 26 and 28 arrangements can be put in place between known members; commentators report that the EDPB’s consultation guidelines favour permissioned designs for a clearer allocation of responsibilities.',
    solves: [
      'Node operators are known, so roles, contracts (Arts 26 and 28) and transfer safeguards can be agreed.',
      'Where nodes sit can be decided and restricted to chosen jurisdictions.',
      'Read access can be limited, so data are not exposed to an indefinite number of people.',
    ],
    doesNotSolve: [
      'Data written to every member’s copy are still hard to erase or rectify; immutability remains.',
      'Members still see each other’s data unless it is also kept off chain or encrypted.',
      'It gives up openness: trust moves to the members and their governance.',
    ],
    citations: [
      { source: 'nistir-8202' },
      { source: 'cnil-2018' },
      { source: 'gdpr', pinpoint: 'Art. 26' },
      { source: 'gdpr', pinpoint: 'Art. 28' },
      {
        source: 'edpb-0225',
        note: 'Preference for permissioned designs as reported by commentators; consultation version.',
      },
    ],
  },
  {
    id: 'mitigation-zero-knowledge-proofs',
    kind: 'mitigation',
    label: 'Zero-knowledge proofs',
    summary:
      'Prove a statement about data (a payment is valid, a person is over 18) without putting the data on chain.',
    explanation:
      'Zerocash showed that zero-knowledge succinct proofs can let a ledger verify payments whose origin, destination and amount stay hidden. The EDPB’s consultation guidelines name zero-knowledge proofs among the techniques to consider, with their limits.',
    solves: [
      'The chain verifies a claim without seeing the personal data behind it (minimisation).',
      'Can hide links between sender, recipient and amount, reducing linking and identifying threats.',
    ],
    doesNotSolve: [
      'The proof and any public inputs are permanent; what they reveal must be assessed.',
      'Some proof systems need a trusted setup; flaws in the circuit or setup can break the guarantees.',
      'Network metadata (IP addresses, timing) can still identify users.',
      'Does not by itself answer who the controller is or how rights are exercised.',
    ],
    citations: [{ source: 'zerocash-2014' }, { source: 'edpb-0225', note: 'Consultation version.' }],
  },
  {
    id: 'mitigation-redactable-chameleon',
    kind: 'mitigation',
    label: 'Redactable blockchains (chameleon hashes)',
    summary:
      'Chain blocks with chameleon hashes so that holders of a trapdoor key can rewrite a block without breaking the chain.',
    explanation:
      'Ateniese et al. showed how to build a redactable blockchain with chameleon hash functions, whose collisions can be found with a secret trapdoor held by one trusted party or shared among several, naming the right to be forgotten among the motivations.',
    solves: [
      'Allows removal or correction of content recorded in past blocks.',
      'Can give erasure and rectification requests a real effect on the ledger.',
    ],
    doesNotSolve: [
      'Nodes that ignore the redaction, or copies taken before it, keep the original content.',
      'Whoever holds the trapdoor can rewrite history: a concentration of power that needs accountable governance.',
      'Departs from the immutability many applications rely on, and is not available on existing public chains.',
    ],
    citations: [{ source: 'ateniese-2017' }],
  },
  {
    id: 'mitigation-layer2-channels',
    kind: 'mitigation',
    label: 'Payment channels and other layer-2 designs',
    summary: 'Exchange most transactions off chain between the parties and settle only the net result on chain.',
    explanation:
      'The Lightning Network proposal describes payment channels in which two parties exchange signed transactions off chain and broadcast only the opening and settling transactions, which remain enforceable on chain if a party cheats.',
    solves: [
      'Intermediate transactions never reach the public ledger, so far less transaction data is replicated.',
      'Reduces how much of a person’s activity is permanently public.',
    ],
    doesNotSolve: [
      'Opening and closing transactions, with their addresses and amounts, are still public and permanent.',
      'Channel partners and routing nodes see the off-chain transactions and are processors or controllers in their own right.',
      'Does not help data that must be on chain for the application to work.',
    ],
    citations: [{ source: 'lightning-network' }],
  },
  {
    id: 'mitigation-fresh-addresses',
    kind: 'mitigation',
    label: 'A new key pair for each transaction',
    summary: 'Avoid address reuse so that transactions are harder to link to one owner.',
    explanation:
      'The Bitcoin design recommends a new key pair for each transaction to keep transactions from being linked to a common owner, while noting that multi-input transactions still reveal common ownership. Later research clustered addresses by such evidence of shared control.',
    solves: ['Makes linking a person’s transactions harder for casual observers.'],
    doesNotSolve: [
      'Clustering heuristics still link many addresses, and one identified address can expose the rest.',
      'Addresses remain pseudonymous personal data, not anonymous data.',
      'Does nothing for personal data written in payloads.',
    ],
    citations: [{ source: 'nakamoto-2008', pinpoint: 'Sec. 10' }, { source: 'meiklejohn-2013' }],
  },
  {
    id: 'mitigation-controller-designation',
    kind: 'mitigation',
    label: 'Designate a controller or set up a legal entity',
    summary: 'Decide, and write down, who answers for the processing before going live.',
    explanation:
      'The CNIL recommends that participants who process personal data on a blockchain for a common purpose create a legal entity to act as controller or designate one participant as controller, failing which all may be joint controllers; joint controllers need an arrangement under GDPR Art. 26. The EDPB asks for roles to be assessed during the design of the processing.',
    solves: [
      'People know whom to address their requests to.',
      'Obligations such as the DPIA, transfer safeguards and processor contracts have an owner.',
    ],
    doesNotSolve: [
      'Hard to achieve on a permissionless network whose node operators are unknown.',
      'A designated controller still needs technical means (off-chain storage, key destruction) to honour erasure and rectification.',
    ],
    citations: [
      { source: 'cnil-2018' },
      { source: 'gdpr', pinpoint: 'Art. 26' },
      { source: 'edpb-0225', note: 'Consultation version.' },
    ],
  },
  {
    id: 'mitigation-human-review',
    kind: 'mitigation',
    label: 'A human review path for automated outcomes',
    summary:
      'Give people a way to obtain human intervention, state their view and contest what a smart contract decided.',
    explanation:
      'Where solely automated decisions with significant effects are allowed, GDPR Art. 22(3) requires at least the right to obtain human intervention, to express one’s point of view and to contest the decision; Brazil’s LGPD gives a right to request review of solely automated decisions (Art. 20).',
    designObservation:
      'On a ledger this means designing in an accountable party able to suspend or reverse the contract’s effect, or keeping the decision itself off chain and using the chain only to record it.',
    solves: [
      'Gives people the safeguards the law requires when automated decisions are permitted.',
      'Creates an accountable point for contesting outcomes.',
    ],
    doesNotSolve: [
      'A party able to override the contract must be trusted and governed; this reintroduces central control.',
      'Does not make the recorded decision or its data erasable.',
    ],
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 22(3)' },
      { source: 'lgpd', pinpoint: 'Art. 20' },
    ],
  },
  {
    id: 'mitigation-necessity-assessment',
    kind: 'mitigation',
    label: 'Decide first whether a blockchain is needed at all',
    summary: 'Assess necessity and alternatives in a DPIA before choosing a blockchain, and document the choice.',
    explanation:
      'The EDPB says a DPIA should precede processing through blockchain technologies where high risk is likely, and commentators report that its consultation guidelines ask controllers to demonstrate why a blockchain is necessary and to document the alternatives considered. GDPR Art. 35 makes the DPIA a legal duty for likely high-risk processing.',
    solves: [
      'Avoids the tensions entirely where a conventional database would do.',
      'Produces the documentation accountability requires.',
    ],
    doesNotSolve: ['If a blockchain is chosen, every other tension still has to be handled by design.'],
    citations: [
      { source: 'edpb-0225', note: 'Necessity and documentation as reported by commentators; consultation version.' },
      { source: 'gdpr', pinpoint: 'Art. 35' },
    ],
  },
] satisfies NodeInput[]
