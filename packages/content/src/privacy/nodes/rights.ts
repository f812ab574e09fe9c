import type { NodeInput } from '../input.ts'

/** Rights of the people whose data are processed (GDPR wording; other laws are in the jurisdictions). */
export const rightNodes = [
  {
    id: 'right-erasure',
    kind: 'right',
    label: 'Right to erasure',
    summary: 'People can obtain the deletion of their personal data on listed grounds, subject to exceptions.',
    explanation:
      'GDPR Art. 17 obliges the controller to erase personal data without undue delay where, among other grounds, the data are no longer necessary, consent is withdrawn, the person objects or the processing is unlawful; where the controller has made the data public it must take reasonable steps to inform other controllers processing them (Art. 17(2)). The EDPB’s consultation guidelines stress erasure as a right that must remain effective on blockchains.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 17' },
      { source: 'edpb-0225', note: 'Consultation version.' },
    ],
  },
  {
    id: 'right-rectification',
    kind: 'right',
    label: 'Right to rectification',
    summary: 'People can have inaccurate personal data corrected and incomplete data completed.',
    explanation:
      'GDPR Art. 16 gives people the right to obtain rectification of inaccurate personal data without undue delay and to have incomplete data completed, including by a supplementary statement.',
    citations: [{ source: 'gdpr', pinpoint: 'Art. 16' }],
  },
  {
    id: 'right-object',
    kind: 'right',
    label: 'Right to object',
    summary:
      'People can object to processing based on public interest or legitimate interests; the controller must then stop unless it shows compelling grounds.',
    explanation:
      'GDPR Art. 21 lets a person object, on grounds relating to their situation, to processing based on Art. 6(1)(e) or (f); the controller must stop unless it demonstrates compelling legitimate grounds or needs the data for legal claims. Objection to direct marketing is absolute.',
    citations: [{ source: 'gdpr', pinpoint: 'Art. 21' }],
  },
  {
    id: 'right-automated-decisions',
    kind: 'right',
    label: 'Rights on automated decisions',
    summary:
      'People have the right not to be subject to decisions based solely on automated processing that significantly affect them, save exceptions.',
    explanation:
      'GDPR Art. 22 sets the rule and its exceptions (contract, law, explicit consent); where an exception applies, the controller must at least allow human intervention, let the person express their view and contest the decision. Convention 108+ (Art. 9) and Brazil’s LGPD (Art. 20) have comparable rights.',
    citations: [
      { source: 'gdpr', pinpoint: 'Art. 22' },
      { source: 'coe-108plus', pinpoint: 'Art. 9' },
      { source: 'lgpd', pinpoint: 'Art. 20' },
    ],
  },
] satisfies NodeInput[]
