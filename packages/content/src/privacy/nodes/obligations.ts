import type { NodeInput } from '../input.ts'

/** Duties that fall on controllers (and processors) when they design and run processing. */
export const obligationNodes = [
  {
    id: 'obligation-by-design',
    kind: 'obligation',
    label: 'Data protection by design and by default',
    summary:
      'Build the principles into the design; by default, do not make personal data accessible to an indefinite number of people.',
    explanation:
      'GDPR Art. 25 requires appropriate technical and organisational measures from the time the means of processing are determined, and by default personal data must not be made accessible to an indefinite number of natural persons without the individual’s intervention. The EDPB’s announcement of its blockchain guidelines repeats both points. Convention 108+ requires the principles to be applied at all stages of processing, including design (Art. 10).',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 25' },
      { source: 'edpb-0225', note: 'Consultation version.' },
      { source: 'coe-108plus', pinpoint: 'Art. 10' },
    ],
  },
  {
    id: 'obligation-dpia',
    kind: 'obligation',
    label: 'Data protection impact assessment (DPIA)',
    summary:
      'Assess the impact before processing that is likely to result in a high risk, especially with new technologies.',
    explanation:
      'GDPR Art. 35 requires a DPIA before processing likely to result in a high risk to people’s rights and freedoms, in particular when using new technologies. The EDPB says organisations should carry out a DPIA before processing personal data through blockchain technologies where that risk is likely. China’s PIPL requires a comparable assessment in advance, for example before publicising personal information or providing it abroad (Art. 55).',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 35' },
      { source: 'edpb-0225', note: 'Consultation version.' },
      { source: 'pipl', pinpoint: 'Art. 55' },
    ],
  },
  {
    id: 'obligation-transfers',
    kind: 'obligation',
    label: 'Rules on international transfers',
    summary:
      'Personal data may leave the jurisdiction only on a recognised basis: adequacy, appropriate safeguards or narrow derogations.',
    explanation:
      'GDPR Chapter V (Arts 44–49) allows transfers to third countries on the basis of an adequacy decision (Art. 45), appropriate safeguards such as binding corporate rules (Arts 46–47) or derogations for specific situations (Art. 49). Brazil (LGPD Art. 33), South Africa (POPIA s. 72), China (PIPL Art. 38) and Convention 108+ (Art. 14) have their own transfer rules.',
    citations: [
      { source: 'gdpr', pinpoint: 'Arts 44–49' },
      { source: 'lgpd', pinpoint: 'Art. 33' },
      { source: 'popia', pinpoint: 's. 72' },
      { source: 'pipl', pinpoint: 'Art. 38' },
      { source: 'coe-108plus', pinpoint: 'Art. 14' },
    ],
  },
  {
    id: 'obligation-joint-arrangement',
    kind: 'obligation',
    label: 'Arrangement between joint controllers',
    summary:
      'Joint controllers must agree and publish the essence of who does what, including who answers people’s requests.',
    explanation:
      'GDPR Art. 26 requires joint controllers to determine their respective responsibilities in an arrangement, whose essence is made available to the people concerned, and lets people exercise their rights against each controller.',
    citations: [{ source: 'gdpr', pinpoint: 'Art. 26' }],
  },
  {
    id: 'obligation-processor-contract',
    kind: 'obligation',
    label: 'Processor contract',
    summary: 'A controller may use a processor only under a contract or legal act with the terms the law lists.',
    explanation:
      'GDPR Art. 28 requires processing by a processor to be governed by a contract or other legal act setting out, among other things, that the processor acts only on documented instructions (Art. 28(3)).',
    citations: [{ source: 'gdpr', pinpoint: 'Art. 28' }],
  },
] satisfies NodeInput[]
