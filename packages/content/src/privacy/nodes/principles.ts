import type { NodeInput } from '../input.ts'

/** The processing principles of GDPR Art. 5, which Convention 108+ and most of the map's laws share in substance. */
export const principleNodes = [
  {
    id: 'principle-lawfulness-transparency',
    kind: 'principle',
    label: 'Lawfulness, fairness and transparency',
    summary: 'Personal data must be processed lawfully, fairly and in a transparent manner.',
    explanation:
      'This is the first principle of GDPR Art. 5(1)(a); Convention 108+ has a separate transparency article (Art. 8). Summaries of the EDPB’s consultation guidelines report a recommendation to tell people clearly why a blockchain is used and how they can exercise their rights.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 5(1)(a)' },
      { source: 'coe-108plus', pinpoint: 'Art. 8' },
      { source: 'edpb-0225', note: 'Recommendation as reported in secondary summaries of the annex.' },
    ],
  },
  {
    id: 'principle-purpose-limitation',
    kind: 'principle',
    label: 'Purpose limitation',
    summary:
      'Data are collected for specified, explicit and legitimate purposes and not further processed incompatibly.',
    explanation: 'GDPR Art. 5(1)(b) sets out purpose limitation.',
    designObservation:
      'Once data are on a public ledger, anyone can reuse them for any purpose; the writer can limit its own use but not everyone else’s.',
    citations: [{ source: 'gdpr', pinpoint: 'Art. 5(1)(b)' }],
  },
  {
    id: 'principle-minimisation',
    kind: 'principle',
    label: 'Data minimisation',
    summary: 'Personal data must be adequate, relevant and limited to what is necessary for the purpose.',
    explanation:
      'GDPR Art. 5(1)(c) sets out data minimisation. The EDPB’s consultation guidelines apply it to blockchains: only process what is necessary and, as a general rule, avoid storing personal data in a blockchain where that conflicts with data protection principles.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 5(1)(c)' },
      { source: 'edpb-0225', note: 'Consultation version.' },
    ],
  },
  {
    id: 'principle-accuracy',
    kind: 'principle',
    label: 'Accuracy',
    summary:
      'Personal data must be accurate and kept up to date; inaccurate data are to be erased or rectified without delay.',
    explanation:
      'GDPR Art. 5(1)(d) sets out the accuracy principle, which the right to rectification (Art. 16) puts in the hands of the person concerned.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 5(1)(d)' },
      { source: 'gdpr', pinpoint: 'Art. 16' },
    ],
  },
  {
    id: 'principle-storage-limitation',
    kind: 'principle',
    label: 'Storage limitation',
    summary: 'Data that identify people must be kept no longer than necessary for the purpose.',
    explanation:
      'GDPR Art. 5(1)(e) sets out storage limitation. Summaries of the EDPB’s consultation guidelines report a recommendation to set retention periods and the means of deletion at the design stage.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 5(1)(e)' },
      { source: 'edpb-0225', note: 'Retention recommendation as reported in secondary summaries of the annex.' },
    ],
  },
  {
    id: 'principle-integrity-confidentiality',
    kind: 'principle',
    label: 'Integrity and confidentiality',
    summary: 'Personal data must be protected by appropriate security against unauthorised processing, loss or damage.',
    explanation: 'GDPR Art. 5(1)(f) sets out integrity and confidentiality (security).',
    designObservation:
      'Blockchains are built for integrity: tampering is detectable. Confidentiality is not a default; on a public ledger it has to be added by encryption, off-chain storage or zero-knowledge techniques.',
    citations: [{ source: 'gdpr', pinpoint: 'Art. 5(1)(f)' }],
  },
  {
    id: 'principle-accountability',
    kind: 'principle',
    label: 'Accountability',
    summary: 'The controller is responsible for compliance and must be able to demonstrate it.',
    explanation:
      'GDPR Art. 5(2) makes the controller accountable. Summaries of the EDPB’s consultation guidelines report a first recommendation to document why a blockchain is used, which type, and which technical measures protect personal data.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 5(2)' },
      { source: 'edpb-0225', note: 'Documentation recommendation as reported in secondary summaries of the annex.' },
    ],
  },
] satisfies NodeInput[]
