import type { NodeInput } from '../input.ts'

/** The GDPR roles that answer for processing, as explained by the EDPB and the CJEU. */
export const roleNodes = [
  {
    id: 'role-controller',
    kind: 'role',
    label: 'Controller',
    summary: 'The party that determines the purposes and means of processing personal data and answers for compliance.',
    explanation:
      'The EDPB’s guidelines on controller and processor explain how to identify the party that decides why and how personal data are processed. That party is responsible for complying with the principles of GDPR Art. 5 and must be able to demonstrate it (accountability, Art. 5(2)).',
    citations: [{ source: 'edpb-0720' }, { source: 'gdpr', pinpoint: 'Art. 5(2)' }],
  },
  {
    id: 'role-joint-controller',
    kind: 'role',
    label: 'Joint controllers',
    summary: 'Two or more parties that determine purposes and means together.',
    explanation:
      'Joint controllers must set out their respective responsibilities in an arrangement, and people may exercise their rights against each of them (GDPR Art. 26). The CJEU read joint control broadly in Wirtschaftsakademie (a fan-page administrator together with Facebook) and limited it in Fashion ID to the operations each party actually co-determines. Both judgments interpret Directive 95/46/EC.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 26' },
      { source: 'cjeu-wirtschaftsakademie', note: 'Decided under Directive 95/46/EC.' },
      { source: 'cjeu-fashionid', note: 'Decided under Directive 95/46/EC.' },
    ],
  },
  {
    id: 'role-processor',
    kind: 'role',
    label: 'Processor',
    summary: 'A party that processes personal data on a controller’s behalf and instructions.',
    explanation:
      'Processing by a processor must be governed by a contract or other legal act containing the terms listed in GDPR Art. 28(3). The EDPB’s guidelines explain how to tell a processor from a controller.',
    citations: [{ source: 'gdpr', pinpoint: 'Art. 28' }, { source: 'edpb-0720' }],
  },
] satisfies NodeInput[]
