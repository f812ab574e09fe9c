import type { NodeInput } from '../input.ts'

/** Who takes part in a blockchain application, and the roles regulators have considered for each. */
export const actorNodes = [
  {
    id: 'actor-participant',
    kind: 'actor',
    label: 'Participants who write to the chain',
    summary: 'People and organisations who submit transactions that write data to the ledger.',
    explanation:
      'The CNIL considers that participants who write personal data to a blockchain are controllers when they are legal persons, or natural persons acting for a professional or commercial activity: they decide the purposes and means of that processing.',
    citations: [{ source: 'cnil-2018' }],
  },
  {
    id: 'actor-individual-user',
    kind: 'actor',
    label: 'Individuals acting for themselves',
    summary:
      'Natural persons using a blockchain for purely personal purposes, for example to hold or send their own assets.',
    explanation:
      'The CNIL considers that a natural person writing to a blockchain for purely personal purposes is not a controller. Such users are usually the people whose keys and transactions the ledger records.',
    citations: [{ source: 'cnil-2018' }],
  },
  {
    id: 'actor-node-operator',
    kind: 'actor',
    label: 'Node operators',
    summary: 'Whoever runs a full node and so stores and relays a complete copy of the ledger.',
    explanation:
      'No single role has been settled for every node: the EDPB’s consultation guidelines ask that the roles and responsibilities of each actor be assessed when the processing is designed, and the EPRS study examines how hard it is to identify controllers and processors on public networks.',
    designObservation:
      'On a permissionless network anyone can start a node without asking; operators are often unknown to each other and to the application that wrote the data.',
    citations: [{ source: 'edpb-0225', note: 'Consultation version.' }, { source: 'eprs-finck-2019' }],
  },
  {
    id: 'actor-validator',
    kind: 'actor',
    label: 'Validators and miners',
    summary: 'Nodes that order transactions into blocks and extend the chain under its consensus rules.',
    explanation:
      'The CNIL considers that miners, who validate the transactions submitted by participants, may in some cases be processors acting for those participants, which would call for processor terms under GDPR Art. 28; it said that ways to frame these relationships on public blockchains were still being worked out.',
    citations: [{ source: 'cnil-2018' }, { source: 'gdpr', pinpoint: 'Art. 28' }, { source: 'nistir-8202' }],
  },
  {
    id: 'actor-developer',
    kind: 'actor',
    label: 'Protocol and smart-contract developers',
    summary: 'People who write and change the software the network and its applications run.',
    explanation:
      'The CNIL considers that developers of smart contracts processing personal data on behalf of a participant may be processors. Summaries of the EDPB’s consultation guidelines report a recommendation to document software changes and keep the implementation aligned with its specification: whoever can change the code can change how personal data are processed.',
    citations: [
      { source: 'cnil-2018' },
      { source: 'edpb-0225', note: 'Governance recommendation as reported in secondary summaries of the annex.' },
    ],
  },
  {
    id: 'actor-application-provider',
    kind: 'actor',
    label: 'Application providers',
    summary: 'Organisations that build a service on a blockchain and decide which users’ data are written to it.',
    explanation:
      'An organisation that writes its users’ personal data to a chain as part of its service decides the purposes and means of that processing; in the CNIL’s analysis it is a controller (its examples include a notary recording a client’s title and a bank recording customer data).',
    citations: [{ source: 'cnil-2018' }],
  },
  {
    id: 'actor-consortium',
    kind: 'actor',
    label: 'Consortium or governing body',
    summary: 'Members who jointly run a permissioned ledger and set its rules.',
    explanation:
      'Where several participants decide together to process personal data on a blockchain for a common purpose, the CNIL recommends creating a legal entity to act as controller or designating one participant as controller, failing which they may all be joint controllers. Joint controllers must set out their respective responsibilities in an arrangement.',
    citations: [{ source: 'cnil-2018' }, { source: 'gdpr', pinpoint: 'Art. 26' }],
  },
] satisfies NodeInput[]
